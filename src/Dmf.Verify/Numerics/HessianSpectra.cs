using System.Collections.Concurrent;
using Dmf.Symbolic.Expressions.Evaluation;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Hessian;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Numerics;

/// <summary>
/// The Hessian spectra of an instance's critical-point types (<see cref="HessianSharpness"/>), block by block
/// (docs/theory.md §4a, §4c). Positions of a type fall into kinds — the same y group, root and layer widths — and blocks
/// of the same pair of kinds are the same matrix, so each is formed once: a type with k distinct kinds costs
/// k(k + 1)/2 small blocks whatever the widths (the values put into them: <see cref="BlockValues"/>). One object per
/// analysis (its caches are its own; thread-safe).
/// </summary>
internal sealed class HessianSpectra
{
    /// <summary>Bits of the first approximation.</summary>
    public const int StartBits = 96;

    /// <summary>The most bits tried before λ_max (or a step's stability) is left as enclosed.</summary>
    public const int MaxBits = 768;

    private readonly DmfInstance _instance;
    private readonly CriticalPointTypes _space;
    private readonly BlockValues _values;
    private readonly BigRational? _mu;
    private readonly DoubleInterval _muInterval;
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
        _mu = EqualRegularization(instance);
        _muInterval = _mu is { } mu ? DoubleInterval.Of(mu, mu) : default;
    }

    /// <summary>
    /// A position kind: its y group (−1 for a hidden-only position, y = 0), its root (null: no active slot) and which
    /// layers have it as a row or column. Positions of one kind have the same blocks.
    /// </summary>
    private readonly record struct Kind(int Group, RootLabel? Label, ulong Rows);

    /// <summary>The most distinct blocks formed in one analysis (about 0.4 ms each at L = 3): beyond it the summary is refused before any block.</summary>
    public const long MaxBlocks = 200_000;

    /// <summary>The most distinct blocks formed unless asked for more (about a second at L = 3).</summary>
    public const long DefaultBlocks = 2_000;

    /// <summary>The most closed-form block visits (equal λ_l; about 0.1 µs each) in one analysis.</summary>
    public const long MaxClosedForms = 500_000_000;

    /// <summary>The most closed-form block visits unless asked for more (about half a second).</summary>
    public const long DefaultClosedForms = 4_000_000;

    /// <summary>The deepest instance whose blocks are formed (a block's form grows fast with L: about a second per block at L = 16); closed forms have no limit.</summary>
    public const int MaxDepth = 16;

    /// <summary>
    /// How many of <paramref name="types"/> (in their order) have their spectra computed within the budgets —
    /// <paramref name="blocks"/> distinct blocks formed, <paramref name="closedForms"/> closed-form block visits — and why
    /// the rest are not (null when all are), and whether a budget — rather than the depth — stopped it. Counted from the
    /// types' position kinds before any block is formed.
    /// </summary>
    public static (int Count, string? Skipped, bool ByBudget) Plan(DmfInstance instance, CriticalPointTypes space, IReadOnlyList<CriticalPointType> types, long blocks, long closedForms)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(types);
        if (instance.Widths.Count > 63)
        {
            return (0, FormattableString.Invariant($"not computed at depth {instance.Depth} (positions are told apart by their layers up to L = 62)"), false);
        }

        bool closed = EqualRegularization(instance) is not null;
        ulong full = FullRows(instance);
        var kinds = new HashSet<Kind>();
        long formed = 0, visits = 0;
        for (int t = 0; t < types.Count; t++)
        {
            var own = KindsOf(instance, space, types[t]).Select(k => k.Kind).ToList();
            kinds.UnionWith(own);
            long u = kinds.Count;
            long opened = closed ? kinds.Count(k => k.Rows != full) : u;
            formed = closed ? opened * (u + 1) : (u * (u + 1) / 2) + u;
            visits += closed ? own.Count * (long)(own.Count + 1) / 2 : 0;
            bool deep = opened > 0 && instance.Depth > MaxDepth;
            string? reason =
                deep ? FormattableString.Invariant($"depth {instance.Depth} (blocks are formed up to L = {MaxDepth}; closed forms need equal lambda_l and equal widths)")
                : formed > blocks ? FormattableString.Invariant($"about {formed} distinct Hessian blocks to form, beyond {blocks}")
                : visits > closedForms ? FormattableString.Invariant($"about {visits} closed-form blocks to visit, beyond {closedForms}")
                : null;
            if (reason is not null)
            {
                string what = deep ? $"at {reason}" : $": {reason}";
                return (t, t == 0 ? $"not computed{(deep ? " " : string.Empty)}{what}" : FormattableString.Invariant($"computed for the first {t} of {types.Count} minimizers; the next needs {reason}"), !deep);
            }
        }

        return (types.Count, null, false);
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

        // First with the closed forms' double enclosures as they are (EqualRegularizationBlocks); where they do not settle
        // λ_max, the blocks that can hold it are recomputed exactly, at growing precision.
        var summary = Summarize(kinds, type, StartBits, refine: false);
        if (_values.IsCertified && step is null)
        {
            // The data's enclosures bound the widths: more bits would not narrow λ_max.
            return summary;
        }

        HessianSharpness? previous = null;
        for (int bits = StartBits; !Settled(summary, step) && _instance.Depth <= MaxDepth; bits *= 2)
        {
            if (bits > MaxBits || (previous is not null && summary.Largest.Width >= previous.Largest.Width / 2))
            {
                break;
            }

            previous = summary;
            summary = Summarize(kinds, type, bits, refine: true);
        }

        return summary;
    }

    /// <summary>λ_max known to 2^−40 relative (or exactly) and, given a step, λ_max vs 2/η decided.</summary>
    private static bool Settled(HessianSharpness summary, BigRational? step)
    {
        var largest = summary.Largest;
        bool narrow = largest.Exact is not null || largest.Width <= BigRational.Abs(BigRational.Midpoint(largest.Lower, largest.Upper)) * BigRational.FromBinary(1, -40);
        return narrow && (step is not { } eta || summary.StabilityFor(eta) != LinearStability.Undecided);
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

    private HessianSharpness Summarize(List<(Kind Kind, long Count, int? Index)> kinds, CriticalPointType type, int bits, bool refine)
    {
        var tally = new SpectrumTally();
        var full = kinds.Select(k => k.Kind.Rows == FullRows(_instance)).ToArray();
        var exactYs = kinds.Select(k => k.Kind.Group < 0 ? BigRational.Zero : _space.Groups[k.Kind.Group].Value.IsRational ? _space.Groups[k.Kind.Group].Y : (BigRational?)null).ToArray();
        var closed = _mu is null ? null : new EqualRegularizationBlocks(_instance.Depth, _muInterval);
        var prepared = closed is null ? null : kinds.Select(k => closed.Prepare(SigmaOf(k.Kind, bits), k.Kind.Group < 0 ? DoubleInterval.Exact(0) : Interval(_values.Value(k.Kind.Group, bits)))).ToArray();

        void AddClosed(EqualRegularizationBlocks.Spectrum spectrum, BigRational mu, long copies, int i, int j, bool pair)
        {
            tally.AddStructural(mu, spectrum.Zeros, spectrum.FourMu, spectrum.TwoMu, copies, i, j, pair);
            if (spectrum.First is { } first)
            {
                tally.AddInterval(first, copies, i, j, pair);
            }

            if (spectrum.Second is { } second)
            {
                tally.AddInterval(second, copies, i, j, pair);
            }
        }

        void Add(int i, int j, bool pair, long copies)
        {
            if (copies == 0)
            {
                return;
            }

            if (closed is null || _mu is not { } mu || !full[i] || !full[j])
            {
                tally.Add(Block(kinds[i].Kind, kinds[j].Kind, pair, bits), copies, i, j, pair);
                return;
            }

            bool withoutSigma = prepared![i].Powers is null && (!pair || prepared[j].Powers is null);
            if (_instance.Depth == 2 && withoutSigma)
            {
                // L = 2 without σ: 2μ ± 2y per value (the N3 blocks), exact for rational y.
                foreach (int k in pair ? new[] { i, j } : new[] { i })
                {
                    if (exactYs[k] is { } y)
                    {
                        tally.AddExact(RealEnclosure.Of((2 * mu) - (2 * y)), 1, copies, i, j, pair);
                        tally.AddExact(RealEnclosure.Of((2 * mu) + (2 * y)), 1, copies, i, j, pair);
                    }
                    else
                    {
                        AddClosed(closed.Single(prepared[k]), mu, copies, i, j, pair);
                    }
                }

                return;
            }

            var spectrum = pair ? closed.Pair(prepared[i], prepared[j]) : closed.Single(prepared[i]);
            if (!spectrum.IsFinite)
            {
                // σ's powers left the doubles' range: this block is formed and computed in exact arithmetic instead.
                if (_instance.Depth > MaxDepth)
                {
                    throw new ArgumentException(FormattableString.Invariant($"the Hessian's closed forms overflow doubles here (sigma^{3 * _instance.Depth}), and blocks are formed only up to L = {MaxDepth}"));
                }

                tally.Add(Block(kinds[i].Kind, kinds[j].Kind, pair, bits), copies, i, j, pair);
                return;
            }

            AddClosed(spectrum, mu, copies, i, j, pair);
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

        // The closed forms are doubles: the blocks that can still hold λ_max are recomputed exactly (a handful).
        tally.FoldExactAndBottom();
        var candidates = tally.TopCandidates();
        foreach (var (value, i, j, pair) in candidates)
        {
            if (refine && candidates.Count <= 16)
            {
                tally.FoldLargest(Block(kinds[i].Kind, kinds[j].Kind, pair, bits).Largest!, i, j, pair);
            }
            else
            {
                tally.FoldTop(value, i, j, pair);
            }
        }

        if (tally.Largest is not { } largest || tally.Smallest is not { } smallest)
        {
            throw new InvalidOperationException("A type has at least one parameter.");
        }

        var (oi, oj, opair) = tally.LargestOrigin;
        var block = opair ? new[] { kinds[oi].Index, kinds[oj].Index } : new[] { kinds[oi].Index };
        return new HessianSharpness(tally.Dimension, largest, smallest, Trace(type, bits), tally.Positive, tally.Negative, tally.Zero, tally.ZerosExact, tally.ZeroBand, block);
    }

    /// <summary>σ of an active kind as a double interval, or null without σ.</summary>
    private DoubleInterval? SigmaOf(Kind kind, int bits) => kind.Label is { } label ? Interval(_values.Sigma(kind.Group, label, bits)) : null;

    private static DoubleInterval Interval((BigRational Lower, BigRational Upper) interval) => DoubleInterval.Of(interval.Lower, interval.Upper);

    /// <summary>The common λ_l when all are equal (the closed forms of <see cref="EqualRegularizationBlocks"/> apply), else null.</summary>
    private static BigRational? EqualRegularization(DmfInstance instance) =>
        instance.Lambdas.All(l => l == instance.Lambdas[0]) ? instance.Lambdas[0] : null;

    /// <summary>The widths mask of a position that every layer has.</summary>
    private static ulong FullRows(DmfInstance instance) => instance.Widths.Count >= 64 ? ulong.MaxValue : (1UL << instance.Widths.Count) - 1;

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

    /// <summary>
    /// tr ∇²F (docs/theory.md §4b), increasing in every σ: exact when every σ is rational, else enclosed by the closed form
    /// in outward-rounded intervals over σ's enclosures (exact rationals of ~100-bit σ raised to the 2(L − 1)-th power
    /// would cost seconds for a thousand slots).
    /// </summary>
    private RealEnclosure Trace(CriticalPointType type, int bits)
    {
        var roots = type.RootPerIndex();
        var sigmas = new List<(BigRational Lower, BigRational Upper)>();
        for (int j = 0; j < roots.Count; j++)
        {
            if (roots[j] is { } root)
            {
                sigmas.Add(_values.Sigma(_space.GroupNumberOf(j), root.Label, bits));
            }
        }

        if (sigmas.All(s => s.Lower == s.Upper))
        {
            return RealEnclosure.Of(HessianTrace.AtCriticalPoint(RationalArithmetic.Instance, _instance.Widths, _instance.Lambdas, sigmas.Select(s => s.Lower).ToList()));
        }

        return HessianTrace.AtCriticalPoint(DoubleIntervalArithmetic.Instance, _instance.Widths, _instance.Lambdas, sigmas.Select(s => DoubleInterval.Of(s.Lower, s.Upper)).ToList()).ToEnclosure();
    }
}
