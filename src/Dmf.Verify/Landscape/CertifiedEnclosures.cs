using System.Collections.Concurrent;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Spectrum;

namespace Dmf.Verify.Landscape;

/// <summary>
/// σ and F of the critical points of a certified instance, enclosed for every y in the singular values' enclosures
/// (docs/analyze.md, "Certified singular values"). Above y_crit each root is monotone in y — x₊ (and L = 2's root)
/// increases, x₋ decreases (ψ is monotone on each side of x_*, docs/theory.md §2.1) — so its values at the
/// enclosure's ends bound it. Each slot's loss increases with y along its root: by the envelope theorem
/// d/dy [(σ^L/√λ − y)² + Lσ²] = −2(σ^L/√λ − y) = 2√λ·σ^(2−L) &gt; 0 at a root; an unused index adds y². So F of a type
/// lies between its values at the lower and at the upper ends. Per group and root, computed once (thread-safe).
/// </summary>
public sealed class CertifiedEnclosures
{
    private readonly CriticalPointTypes _space;
    private readonly (BigRational Lower, BigRational Upper)[] _groupBoxes;
    private readonly (Dyadic Lower, Dyadic Upper)[] _groupSquares;
    private readonly ConcurrentDictionary<(int Group, int Root), Lazy<Bounds>> _roots = new();

    /// <summary>For <paramref name="space"/> whose values are certified (<see cref="SpectrumValue.IsCertified"/>).</summary>
    public CertifiedEnclosures(CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (space.Groups.Any(g => !g.Value.IsCertified))
        {
            throw new ArgumentException("Every value must be certified.", nameof(space));
        }

        _space = space;
        _groupBoxes = space.Groups.Select(g => g.Value.Bounds).ToArray();
        _groupSquares = _groupBoxes.Select(b => (Split(b.Lower * b.Lower), Split(b.Upper * b.Upper))).ToArray();
    }

    /// <summary>Bounds on σ at root <paramref name="root"/> of group <paramref name="group"/>, and on its slot loss.</summary>
    /// <param name="SigmaLower">σ ≥ this for every y in the group's enclosure.</param>
    /// <param name="SigmaUpper">σ ≤ this.</param>
    /// <param name="LossLower">The slot's loss ≥ this.</param>
    /// <param name="LossUpper">The slot's loss ≤ this.</param>
    /// <param name="SigmaRadius">How far σ can be from the root at the floating value (a double rounded up).</param>
    public sealed record Bounds(BigRational SigmaLower, BigRational SigmaUpper, BigRational LossLower, BigRational LossUpper, double SigmaRadius)
    {
        internal Dyadic LossLowerSplit { get; } = Split(LossLower);

        internal Dyadic LossUpperSplit { get; } = Split(LossUpper);
    }

    /// <summary>σ and slot-loss bounds for root <paramref name="root"/> (ascending, as in the group's labels) of group <paramref name="group"/>.</summary>
    public Bounds Root(int group, int root) =>
        _roots.GetOrAdd((group, root), key => new Lazy<Bounds>(() => Enclose(key.Group, key.Root), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>[F_low, F_high] for <paramref name="type"/>: unused indices add [lower², upper²], active slots their loss bounds.</summary>
    public (BigRational Lower, BigRational Upper) Loss(CriticalPointType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var low = new DyadicSum();
        var high = new DyadicSum();
        for (int g = 0; g < _space.Groups.Count; g++)
        {
            var (lower, upper) = _groupSquares[g];
            int unused = _space.Groups[g].Multiplicity - type.Counts[g].Sum();
            low.Add(lower, unused);
            high.Add(upper, unused);
            for (int r = 0; r < type.Counts[g].Count; r++)
            {
                if (type.Counts[g][r] > 0)
                {
                    var bounds = Root(g, r);
                    low.Add(bounds.LossLowerSplit, type.Counts[g][r]);
                    high.Add(bounds.LossUpperSplit, type.Counts[g][r]);
                }
            }
        }

        return (low.Value, high.Value);
    }

    private Bounds Enclose(int group, int root)
    {
        var landscape = _space.Landscape;
        var label = _space.Groups[group].Labels[root];
        var (lower, upper) = _groupBoxes[group];
        var atLower = RootAt(landscape, lower, label);
        var atUpper = RootAt(landscape, upper, label);
        bool increasing = label != RootLabel.SmallRoot;
        var (first, last) = increasing ? (atLower, atUpper) : (atUpper, atLower);
        var (lossLow, _) = SlotLossEnclosures.LossAtRoot(landscape.Depth, landscape.LambdaProduct, atLower, 64);
        var (_, lossHigh) = SlotLossEnclosures.LossAtRoot(landscape.Depth, landscape.LambdaProduct, atUpper, 64);
        var shown = _space.Groups[group].Roots.PositiveRoots[root].Value.Interval;
        var radius = BigRational.Max(shown.Upper - first.Interval.Lower, last.Interval.Upper - shown.Lower);
        double up = radius.ToDouble();
        return new Bounds(first.Interval.Lower, last.Interval.Upper, lossLow, lossHigh, BigRational.FromDouble(up) < radius ? Math.BitIncrement(up) : up);
    }

    /// <summary>A dyadic bound (the enclosures' ends and their squares are dyadic: doubles and outward-rounded sums).</summary>
    private static Dyadic Split(BigRational value) =>
        Dyadic.TryFrom(value) ?? throw new InvalidOperationException("The certified enclosures' ends are dyadic: a bug.");

    private static AlgebraicNumber RootAt(ScalarLandscape landscape, BigRational y, RootLabel label) =>
        landscape.Roots(y).PositiveRoots.Single(r => r.Label == label).Value;
}
