using System.Collections.Concurrent;
using System.Numerics;
using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// Rational enclosures of the slot loss at each root of each group, memoized per precision level (thread-safe): the
/// losses of all types of an instance are sums of these, so a root is refined once per level, not once per type.
/// <para>
/// At a positive root σ of f(·; y) the residual is σ^L/√λ − y = −√λ·σ^{2−L} (f = √λ x^{L−1}(ψ(x) − y), docs/theory.md
/// §2.1), so g(σ; y) = (σ^L/√λ − y)² + Lσ² = (λ + L·σ^{2L−2}) / σ^{2L−4}: two positive terms, no cancellation, and no
/// √λ — a relative error ε in σ moves g by at most about (2L − 4)·ε relative, at any depth and any scale of λ (the
/// expanded form loses everything when σ^L/√λ ≈ y with λ = 10^−1000). σ is refined to relative width 2^−64(k+1)/(4L)
/// at level k, and the enclosure is rounded outward to a dyadic of about 64(k + 1) + 16 significant bits, so sums over
/// thousands of slots stay short.
/// </para>
/// </summary>
public sealed class SlotLossEnclosures
{
    private readonly CriticalPointTypes _space;
    private readonly ConcurrentDictionary<(int Group, int Root, int Level), Lazy<(BigRational Low, BigRational High)>> _cache = new();

    private readonly Lazy<BigRational[]> _squares;
    private readonly Lazy<Dictionary<ScalarRoot, int>> _ranks;

    internal SlotLossEnclosures(CriticalPointTypes space)
    {
        _space = space;
        _squares = new Lazy<BigRational[]>(() => space.Groups.Select(g => g.Y * g.Y).ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);
        _ranks = new Lazy<Dictionary<ScalarRoot, int>>(RankRoots, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>y² of group <paramref name="group"/>, computed once.</summary>
    public BigRational SquareOf(int group) => _squares.Value[group];

    /// <summary>
    /// The rank of <paramref name="root"/> (one of the groups' <see cref="SingularValueGroup.Roots"/>) among all the
    /// groups' positive roots, descending (0 for the largest; equal roots share a rank): slots are ordered by it
    /// instead of comparing algebraic numbers in every type.
    /// </summary>
    public int RankOf(ScalarRoot root) => _ranks.Value[root];

    private Dictionary<ScalarRoot, int> RankRoots()
    {
        var roots = _space.Groups.SelectMany(g => g.RootCount == 0 ? Enumerable.Empty<ScalarRoot>() : g.Roots.PositiveRoots).ToList();
        roots.Sort((a, b) => b.Value.CompareTo(a.Value));
        var ranks = new Dictionary<ScalarRoot, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0, rank = 0; i < roots.Count; i++)
        {
            if (i > 0 && roots[i].Value.CompareTo(roots[i - 1].Value) != 0)
            {
                rank = i;
            }

            ranks[roots[i]] = rank;
        }

        return ranks;
    }

    /// <summary>An enclosure [low, high] of g(σ; y) at root <paramref name="root"/> of group <paramref name="group"/>, relative width about 2^−64(level+1).</summary>
    public (BigRational Low, BigRational High) At(int group, int root, int level) =>
        _cache.GetOrAdd((group, root, level), key => new Lazy<(BigRational, BigRational)>(() => Enclose(key.Group, key.Root, key.Level), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private (BigRational Low, BigRational High) Enclose(int group, int root, int level) =>
        LossAtRoot(_space.Landscape.Depth, _space.Landscape.LambdaProduct, _space.Groups[group].Roots.PositiveRoots[root].Value, 64 * (level + 1));

    /// <summary>
    /// An enclosure of g(σ; y) = (λ + L·σ^{2L−2}) / σ^{2L−4} at a positive root σ of f(·; y) (ScalarTheory's
    /// SlotLossAtRootNumerator over SlotLossAtRootDenominator, each monotone in σ), relative width about
    /// 2^−<paramref name="bits"/>, rounded outward to dyadics (the one definition of the slot loss at a root; see the
    /// class summary).
    /// </summary>
    internal static (BigRational Low, BigRational High) LossAtRoot(int depth, BigRational lambda, AlgebraicNumber root, int bits)
    {
        int guard = (int)new BigInteger(4 * depth).GetBitLength();
        var sigma = BinaryMagnitude.RefinedRelative(root, bits + guard);
        var (a, b) = (sigma.Interval.Lower, sigma.Interval.Upper);
        var (numeratorLow, numeratorHigh) = ScalarTheory.Enclose(ScalarTheory.AtInstance(ScalarTheory.SlotLossAtRootNumerator(depth), BigRational.Zero, lambda), a, b, BigRational.Zero, BigRational.Zero);
        var (denominatorLow, denominatorHigh) = ScalarTheory.Enclose(ScalarTheory.SlotLossAtRootDenominator(depth), a, b, BigRational.Zero, BigRational.Zero);
        var (low, high) = (numeratorLow / denominatorHigh, numeratorHigh / denominatorLow);
        int exponent = BinaryMagnitude.FloorLog2(low) - bits - 16;
        return (
            BigRational.FromBinary(BigRational.Floor(low * BigRational.FromBinary(1, -exponent)), exponent),
            BigRational.FromBinary(BigRational.Ceiling(high * BigRational.FromBinary(1, -exponent)), exponent));
    }
}
