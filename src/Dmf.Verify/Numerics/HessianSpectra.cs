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
/// k(k + 1)/2 small blocks whatever the widths. The values put into the blocks: σ of a rational y as its exact
/// algebraic root, of an irrational y by the roots at its interval's ends (σ is monotone in y), of a certified y by its proved enclosure; y by its interval, 1/√λ_l by a refined
/// isolating interval. One object per analysis (its caches are its own; thread-safe).
/// </summary>
public sealed class HessianSpectra
{
    /// <summary>Bits of the first approximation.</summary>
    public const int StartBits = 96;

    /// <summary>The most bits tried before λ_max (or a step's stability) is left as enclosed.</summary>
    public const int MaxBits = 768;

    private readonly DmfInstance _instance;
    private readonly CriticalPointTypes _space;
    private readonly CertifiedEnclosures? _certified;
    private readonly ConcurrentDictionary<BlockShape, Lazy<HessianBlockForm>> _forms = new();
    private readonly ConcurrentDictionary<(Kind A, Kind C, bool Pair, int Bits), Lazy<BlockSummary>> _blocks = new();
    private readonly ConcurrentDictionary<(int Group, RootLabel Label, int Bits), (BigRational Lower, BigRational Upper)> _sigmas = new();
    private readonly ConcurrentDictionary<(int Layer, int Bits), (BigRational Lower, BigRational Upper)> _inverseRoots = new();
    private readonly ConcurrentDictionary<(int Group, int Bits), (BigRational Lower, BigRational Upper)> _values = new();

    /// <summary>For the types <paramref name="space"/> of <paramref name="instance"/>.</summary>
    public HessianSpectra(DmfInstance instance, CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        _instance = instance;
        _space = space;
        if (space.Groups.Count > 0 && space.Groups.All(g => g.Value.IsCertified))
        {
            _certified = instance.Certified is { } shared && ReferenceEquals(space, instance.Types()) ? shared : new CertifiedEnclosures(space);
        }
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

                largest = Max(largest, top);
                smallest = Min(smallest, block.Smallest!);
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

    /// <summary>The larger of two enclosures' values: [max lower, max upper], exact when the larger is exact and certainly larger.</summary>
    private static RealEnclosure Max(RealEnclosure? a, RealEnclosure b)
    {
        if (a is null)
        {
            return b;
        }

        if (a.Lower >= b.Upper)
        {
            return a;
        }

        if (b.Lower >= a.Upper)
        {
            return b;
        }

        if (a.Exact is { } x && b.Exact is { } y)
        {
            return x >= y ? a : b;
        }

        return new RealEnclosure(BigRational.Max(a.Lower, b.Lower), BigRational.Max(a.Upper, b.Upper), null);
    }

    /// <summary>The smaller of two enclosures' values.</summary>
    private static RealEnclosure Min(RealEnclosure? a, RealEnclosure b)
    {
        if (a is null)
        {
            return b;
        }

        var negated = Max(Negate(a), Negate(b));
        return Negate(negated);
    }

    private static RealEnclosure Negate(RealEnclosure x) =>
        x.Exact is { } exact && exact.TryGetRational(out var rational) ? RealEnclosure.Of(-rational)
        : x.Exact is { } algebraic ? new RealEnclosure(-x.Upper, -x.Lower, AlgebraicNumber.Create(algebraic.DefiningPolynomial.Compose(Polynomial.FromCoefficients(BigRational.Zero, BigRational.MinusOne)), -x.Upper, -x.Lower))
        : new RealEnclosure(-x.Upper, -x.Lower, null);

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
            largest = Max(largest, value);
            smallest = Min(smallest, value);
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
            (values[(depth * size) + r], errors[(depth * size) + r]) = k.Group < 0 ? (BigRational.Zero, BigRational.Zero) : Approximate(Value(k.Group, bits), bits);
            if (k.Label is not { } label)
            {
                continue;
            }

            var (sigma, sigmaError) = Approximate(Sigma(k.Group, label, bits), bits);
            for (int l = 0; l < depth; l++)
            {
                var (rho, rhoError) = Approximate(InverseRoot(l, bits), bits);
                values[(l * size) + r] = sigma * rho;
                errors[(l * size) + r] = ((BigRational.One + sigmaError) * (BigRational.One + rhoError)) - BigRational.One;
            }
        }

        return BlockEigenvalues.Of(form, values, errors, bits);
    }

    /// <summary>A value of [lower, upper] with few bits and its relative error: the interval itself when it is a point.</summary>
    private static (BigRational Value, BigRational Error) Approximate((BigRational Lower, BigRational Upper) interval, int bits)
    {
        var (lower, upper) = interval;
        if (lower == upper)
        {
            return (lower, BigRational.Zero);
        }

        var middle = BigRational.Midpoint(lower, upper);
        int exponent = bits - BinaryMagnitude.FloorLog2(BigRational.Abs(middle));
        var scale = BigRational.FromBinary(1, exponent);
        var value = new BigRational(BigRational.RoundHalfAwayFromZero(middle * scale)) / scale;
        var error = BigRational.Max(BigRational.Abs(upper - value), BigRational.Abs(value - lower)) / BigRational.Abs(value);
        // Rounded up to a power of two (FloorLog2 may be one low): the error terms' powers stay short.
        return (value, BigRational.FromBinary(1, BinaryMagnitude.FloorLog2(error) + 2));
    }

    /// <summary>An interval holding y of group <paramref name="group"/>: the point, its isolating interval refined to 2^−bits relative, or its certified enclosure.</summary>
    private (BigRational Lower, BigRational Upper) Value(int group, int bits) =>
        _values.GetOrAdd((group, bits), key => _space.Groups[key.Group].Value.Enclosure(BigRational.FromBinary(1, -key.Bits)));

    /// <summary>An interval holding σ at root <paramref name="label"/> of group <paramref name="group"/>'s value.</summary>
    private (BigRational Lower, BigRational Upper) Sigma(int group, RootLabel label, int bits) =>
        _sigmas.GetOrAdd((group, label, bits), key =>
        {
            var g = _space.Groups[key.Group];
            if (_certified is not null)
            {
                var bounds = _certified.Root(key.Group, g.Labels.ToList().IndexOf(key.Label));
                return (bounds.SigmaLower, bounds.SigmaUpper);
            }

            if (g.Value.IsRational)
            {
                return Interval(g.Roots.PositiveRoots.Single(r => r.Label == key.Label).Value, key.Bits);
            }

            // An irrational y in [a, b]: each root is monotone in y (x+ and L = 2's root increase, x− decreases;
            // docs/analyze.md, "Certified singular values"), so the roots at a and b bound it — when both ends have it.
            var (a, b) = Value(key.Group, key.Bits);
            var atA = _space.Landscape.Roots(a).PositiveRoots.SingleOrDefault(r => r.Label == key.Label);
            var atB = _space.Landscape.Roots(b).PositiveRoots.SingleOrDefault(r => r.Label == key.Label);
            if (key.Label != RootLabel.DoubleRoot && atA is not null && atB is not null)
            {
                var (lowA, highA) = Interval(atA.Value, key.Bits);
                var (lowB, highB) = Interval(atB.Value, key.Bits);
                return (BigRational.Min(lowA, lowB), BigRational.Max(highA, highB));
            }

            return Interval(g.ExactRoots.PositiveRoots.Single(r => r.Label == key.Label).Value, key.Bits);
        });

    /// <summary>An interval holding 1/√λ_l (a point when λ_l is a rational square).</summary>
    private (BigRational Lower, BigRational Upper) InverseRoot(int layer, int bits) =>
        _inverseRoots.GetOrAdd((layer, bits), key =>
        {
            var lambda = _instance.Lambdas[key.Layer];
            var upper = BigRational.Max(BigRational.One, 1 / lambda) + 1;
            return Interval(AlgebraicNumber.Create(Polynomial.FromCoefficients(BigRational.MinusOne, BigRational.Zero, lambda), BigRational.Zero, upper), key.Bits);
        });

    /// <summary>x's isolating interval refined to 2^−(bits + 8) relative, or the point when x is rational.</summary>
    private static (BigRational Lower, BigRational Upper) Interval(AlgebraicNumber x, int bits)
    {
        x = BinaryMagnitude.RefinedRelative(x, bits + 8);
        return x.TryGetRational(out var exact) ? (exact, exact) : (x.Interval.Lower, x.Interval.Upper);
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
                var (lo, hi) = Sigma(_space.GroupNumberOf(j), root.Label, bits);
                lower.Add(lo);
                upper.Add(hi);
            }
        }

        var low = HessianTrace.AtCriticalPoint(_instance.Widths, _instance.Lambdas, lower);
        var high = HessianTrace.AtCriticalPoint(_instance.Widths, _instance.Lambdas, upper);
        return low == high ? RealEnclosure.Of(low) : new RealEnclosure(low, high, null);
    }
}
