using System.Collections.Concurrent;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Numerics;

/// <summary>
/// The Hessian spectra of an instance's critical-point types (<see cref="HessianSharpness"/>), block by block
/// (docs/theory.md §4a, §4c). Positions of a type fall into kinds — the same y group, root and layer widths — and blocks
/// of the same pair of kinds are the same matrix, so each is formed once: a type with k distinct kinds costs
/// k(k + 1)/2 small blocks whatever the widths (the values put into them: <see cref="BlockValues"/>). One object per
/// analysis (its caches are its own; thread-safe).
/// </summary>
public sealed class HessianSpectra
{
    /// <summary>Bits of the first approximation.</summary>
    public const int StartBits = 96;

    /// <summary>The most bits tried before λ_max (or a step's stability) is left as enclosed.</summary>
    public const int MaxBits = 768;

    private readonly DmfInstance _instance;
    private readonly CriticalPointTypes _space;
    private readonly BlockValues _values;
    private readonly ConcurrentDictionary<BlockShape, Lazy<HessianBlockForm>> _forms = new();
    private readonly ConcurrentDictionary<(Kind A, Kind C, bool Pair, int Bits), Lazy<BlockSummary>> _blocks = new();

    /// <summary>For the types <paramref name="space"/> of <paramref name="instance"/>.</summary>
    public HessianSpectra(DmfInstance instance, CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        _instance = instance;
        _space = space;
        _values = new BlockValues(instance, space);
    }

    /// <summary>The most distinct blocks an analysis computes (about 1 ms each at L = 3): beyond it the summary is refused before any block.</summary>
    public const long MaxBlocks = 200_000;

    /// <summary>The most distinct blocks computed unless asked for more (about two seconds at L = 3).</summary>
    public const long DefaultBlocks = 2_000;

    /// <summary>The deepest instance whose blocks are formed (a block's form grows fast with L: about a second per block at L = 16).</summary>
    public const int MaxDepth = 16;

    /// <summary>
    /// Why the spectra of <paramref name="types"/> are not computed within <paramref name="budget"/> distinct blocks, or
    /// null when they are: the depth beyond <see cref="MaxDepth"/>, or the blocks beyond the budget. Decided before any block is formed.
    /// </summary>
    public static string? Refusal(DmfInstance instance, CriticalPointTypes space, IEnumerable<CriticalPointType> types, long budget)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Depth > MaxDepth)
        {
            return FormattableString.Invariant($"not computed at depth {instance.Depth} (the blocks are formed up to L = {MaxDepth})");
        }

        long blocks = EstimateBlocks(instance, space, types);
        return blocks <= budget ? null
            : budget < MaxBlocks ? FormattableString.Invariant($"not computed: about {blocks} distinct Hessian blocks, beyond the default {budget} (--sharpness computes up to {MaxBlocks})")
            : FormattableString.Invariant($"not computed: about {blocks} distinct Hessian blocks, beyond {MaxBlocks}");
    }

    /// <summary>
    /// A position kind: its y group (−1 for a hidden-only position, y = 0), its root (null: no active slot) and which
    /// layers have it as a row or column. Positions of one kind have the same blocks.
    /// </summary>
    private readonly record struct Kind(int Group, RootLabel? Label, ulong Rows);

    /// <summary>What the summary needs of one block: its extreme eigenvalues and its counts.</summary>
    private sealed record BlockSummary(RealEnclosure? Largest, RealEnclosure? Smallest, int Positive, int Negative, int Zero, bool ZerosExact, BigRational Radius);

    /// <summary>
    /// At most how many distinct blocks the summaries of <paramref name="types"/> need: U(U + 1)/2 pairs and U single
    /// positions over the U position kinds they hold together. Counted before any block is formed.
    /// </summary>
    public static long EstimateBlocks(DmfInstance instance, CriticalPointTypes space, IEnumerable<CriticalPointType> types)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(types);
        var kinds = new HashSet<Kind>();
        foreach (var type in types)
        {
            kinds.UnionWith(KindsOf(instance, space, type).Select(k => k.Kind));
        }

        long u = kinds.Count;
        return (u * (u + 1) / 2) + u;
    }

    /// <summary>
    /// The summary of <paramref name="type"/>: λ_max to a relative width of about 2^−40 where the values allow (a
    /// certified y's enclosure limits it), and — given <paramref name="step"/> — precise enough to decide λ_max vs 2/η
    /// unless they coincide to <see cref="MaxBits"/> bits.
    /// </summary>
    public HessianSharpness For(CriticalPointType type, BigRational? step = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var kinds = KindsOf(_instance, _space, type);
        HessianSharpness? previous = null;
        for (int bits = StartBits; ; bits *= 2)
        {
            var summary = Summarize(kinds, type, bits);
            bool narrow = summary.Largest.Exact is not null || summary.Largest.Width <= BigRational.Abs(BigRational.Midpoint(summary.Largest.Lower, summary.Largest.Upper)) * BigRational.FromBinary(1, -40);
            bool decided = step is not { } eta || summary.StabilityFor(eta) != LinearStability.Undecided;
            bool stuck = previous is not null && summary.Largest.Width >= previous.Largest.Width / 2;
            if ((narrow && decided) || bits * 2 > MaxBits || stuck)
            {
                return summary;
            }

            previous = summary;
        }
    }

    /// <summary>The type's position kinds, in order of first appearance, with how many positions each has and the first one's index of Y.</summary>
    private static List<(Kind Kind, long Count, int? Index)> KindsOf(DmfInstance instance, CriticalPointTypes space, CriticalPointType type)
    {
        var widths = instance.Widths;
        var positions = HessianBlocks.Positions(instance, space, type, exact: false);
        var slot = new Dictionary<Kind, int>();
        var kinds = new List<(Kind Kind, long Count, int? Index)>();
        foreach (var p in positions)
        {
            var kind = new Kind(p.Index is { } i ? space.GroupNumberOf(i) : -1, p.Root?.Label, HessianBlockForm.ShapeOf(widths, new[] { p }).RowsA);
            if (slot.TryGetValue(kind, out int k))
            {
                kinds[k] = (kind, kinds[k].Count + 1, kinds[k].Index);
            }
            else
            {
                slot[kind] = kinds.Count;
                kinds.Add((kind, 1, p.Index is { } j ? j + 1 : null));
            }
        }

        return kinds;
    }

    private HessianSharpness Summarize(List<(Kind Kind, long Count, int? Index)> kinds, CriticalPointType type, int bits)
    {
        long dimension = 0, positive = 0, negative = 0, zero = 0;
        bool zerosExact = true;
        var zeroBand = BigRational.Zero;
        RealEnclosure? largest = null, smallest = null;
        IReadOnlyList<int?> largestBlock = Array.Empty<int?>();

        void Add(int i, int j, bool pair, long copies)
        {
            if (copies == 0)
            {
                return;
            }

            var block = Block(kinds[i].Kind, kinds[j].Kind, pair, bits);
            dimension += copies * (block.Positive + block.Negative + block.Zero);
            positive += copies * block.Positive;
            negative += copies * block.Negative;
            zero += copies * block.Zero;
            if (block.Zero > 0)
            {
                zerosExact &= block.ZerosExact;
                zeroBand = BigRational.Max(zeroBand, block.Radius);
            }

            if (block.Largest is { } top)
            {
                if (largest is null || top.Upper > largest.Upper)
                {
                    largestBlock = pair ? new[] { kinds[i].Index, kinds[j].Index } : new[] { kinds[i].Index };
                }

                largest = RealEnclosure.Larger(largest, top);
                smallest = RealEnclosure.Smaller(smallest, block.Smallest!);
            }
        }

        for (int i = 0; i < kinds.Count; i++)
        {
            long m = kinds[i].Count;
            Add(i, i, pair: false, m);                  // the (a, a) blocks
            Add(i, i, pair: true, m * (m - 1) / 2);     // pairs of two positions of one kind
            for (int j = i + 1; j < kinds.Count; j++)
            {
                Add(i, j, pair: true, m * kinds[j].Count);
            }
        }

        if (largest is null || smallest is null)
        {
            throw new InvalidOperationException("A type has at least one parameter.");
        }

        return new HessianSharpness(dimension, largest, smallest, Trace(type, bits), positive, negative, zero, zerosExact, zeroBand, largestBlock);
    }

    /// <summary>The eigenvalues of the block of one position of kind a (<paramref name="pair"/> false) or of two positions of kinds a and c.</summary>
    private BlockSummary Block(Kind a, Kind c, bool pair, int bits) =>
        _blocks.GetOrAdd((a, c, pair, bits), key => new Lazy<BlockSummary>(() => Summary(Compute(key.A, key.C, key.Pair, key.Bits)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static BlockSummary Summary(BlockEigenvalues block)
    {
        RealEnclosure? largest = null, smallest = null;
        int positive = 0, negative = 0, zero = 0;
        bool exact = true;
        foreach (var value in block.Values)
        {
            largest = RealEnclosure.Larger(largest, value);
            smallest = RealEnclosure.Smaller(smallest, value);
            if (value.Lower.Sign > 0)
            {
                positive++;
            }
            else if (value.Upper.Sign < 0)
            {
                negative++;
            }
            else
            {
                zero++;
                exact &= value.Exact is not null;
            }
        }

        return new BlockSummary(largest, smallest, positive, negative, zero, exact, block.Radius);
    }

    private BlockEigenvalues Compute(Kind a, Kind c, bool pair, int bits)
    {
        var window = pair ? new[] { a, c } : new[] { a };
        int size = window.Length;
        int depth = _instance.Depth;
        int active = 0;
        for (int r = 0; r < size; r++)
        {
            active |= window[r].Label is null ? 0 : 1 << r;
        }

        var shape = new BlockShape(size, active, a.Rows, window[^1].Rows);
        var form = _forms.GetOrAdd(shape, key => new Lazy<HessianBlockForm>(() => HessianBlockForm.Of(_instance.Widths, _instance.Lambdas, key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        var values = new BigRational[form.ValueCount];
        var errors = new BigRational[form.ValueCount];
        Array.Fill(values, BigRational.Zero);
        Array.Fill(errors, BigRational.Zero);
        for (int r = 0; r < size; r++)
        {
            var k = window[r];
            (values[(depth * size) + r], errors[(depth * size) + r]) = k.Group < 0 ? (BigRational.Zero, BigRational.Zero) : BlockValues.Approximate(_values.Value(k.Group, bits), bits);
            if (k.Label is not { } label)
            {
                continue;
            }

            var (sigma, sigmaError) = BlockValues.Approximate(_values.Sigma(k.Group, label, bits), bits);
            for (int l = 0; l < depth; l++)
            {
                var (rho, rhoError) = BlockValues.Approximate(_values.InverseRoot(l, bits), bits);
                values[(l * size) + r] = sigma * rho;
                errors[(l * size) + r] = ((BigRational.One + sigmaError) * (BigRational.One + rhoError)) - BigRational.One;
            }
        }

        return BlockEigenvalues.Of(form, values, errors, bits);
    }

    /// <summary>tr ∇²F (docs/theory.md §4b): increasing in every σ, so enclosed by its values at σ's lower and upper ends.</summary>
    private RealEnclosure Trace(CriticalPointType type, int bits)
    {
        var roots = type.RootPerIndex();
        var lower = new List<BigRational>();
        var upper = new List<BigRational>();
        for (int j = 0; j < roots.Count; j++)
        {
            if (roots[j] is { } root)
            {
                var (lo, hi) = _values.Sigma(_space.GroupNumberOf(j), root.Label, bits);
                lower.Add(lo);
                upper.Add(hi);
            }
        }

        var low = HessianTrace.AtCriticalPoint(_instance.Widths, _instance.Lambdas, lower);
        var high = HessianTrace.AtCriticalPoint(_instance.Widths, _instance.Lambdas, upper);
        return low == high ? RealEnclosure.Of(low) : new RealEnclosure(low, high, null);
    }
}
