using System.Numerics;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Numerics;

/// <summary>
/// The eigenvalues of one Hessian block (docs/theory.md §4a) enclosed rigorously. The block's form
/// (<see cref="HessianBlockForm"/>) is evaluated at rational approximations ṽ of its values — each within a relative
/// error δ_k of the true value v_k, |v_k − ṽ_k| ≤ δ_k·|ṽ_k| — so every term c·Π v^e moves by at most
/// |c|·Π|ṽ|^e·(Π(1 + δ_k)^{e_k} − 1), and the block B by a symmetric E with ‖E‖₂ ≤ Σ_{ij} |E_ij| ≤ r. The approximate
/// block B̃ is scaled by 2^s and rounded to an integer matrix N (adding n²/2 units of 2^−s to r); N's characteristic
/// polynomial is exact and its roots are located exactly (double guesses certified by exact root counts, or exact
/// isolation where a count fails), so by Weyl's inequality the k-th eigenvalue of B lies within
/// r of the k-th root μ_k/2^s. When every value is exact and rational, B̃ = B is cleared of denominators instead and
/// each eigenvalue is the exact algebraic number μ_k/D.
/// </summary>
internal sealed class BlockEigenvalues
{
    private BlockEigenvalues(IReadOnlyList<RealEnclosure> values, BigRational radius)
    {
        Values = values;
        Radius = radius;
    }

    /// <summary>The block's eigenvalues, ascending, repeated by multiplicity.</summary>
    public IReadOnlyList<RealEnclosure> Values { get; }

    /// <summary>r: every true eigenvalue is within r of its approximation (0 when they are exact).</summary>
    public BigRational Radius { get; }

    /// <summary>
    /// The eigenvalues of <paramref name="form"/> at <paramref name="values"/> (ṽ) with relative errors
    /// <paramref name="errors"/> (δ, 0 for an exact value), the roots isolated to about 2^−<paramref name="bits"/> of the
    /// block's largest entry.
    /// </summary>
    public static BlockEigenvalues Of(HessianBlockForm form, IReadOnlyList<BigRational> values, IReadOnlyList<BigRational> errors, int bits)
    {
        int n = form.Size;
        if (n == 0)
        {
            return new BlockEigenvalues(Array.Empty<RealEnclosure>(), BigRational.Zero);
        }

        var (block, radius) = form.At(values, errors);

        var largest = BigRational.Zero;
        foreach (var entry in block)
        {
            largest = BigRational.Max(largest, BigRational.Abs(entry));
        }

        if (largest.IsZero && radius.IsZero)
        {
            return new BlockEigenvalues(Enumerable.Repeat(RealEnclosure.Of(BigRational.Zero), n).ToList(), BigRational.Zero);
        }

        if (radius.IsZero)
        {
            return IsDiagonal(block)
                ? new BlockEigenvalues(Enumerable.Range(0, n).Select(i => block[i, i]).OrderBy(v => v).Select(RealEnclosure.Of).ToList(), BigRational.Zero)
                : Exact(block, bits);
        }

        // Scale so the largest entry has about `bits` bits; the rounding adds n² half-units.
        int exponent = bits - (largest.IsZero ? 0 : BinaryMagnitude.FloorLog2(largest));
        var scale = BigRational.FromBinary(1, exponent);
        var integers = new BigInteger[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                integers[i, j] = BigRational.RoundHalfAwayFromZero(block[i, j] * scale);
            }
        }

        radius += new BigRational(n * n, 2) / scale;
        var characteristic = CharacteristicPolynomial.Of(integers);
        var enclosures = Clustered(integers, characteristic, scale, radius) ?? Isolated(characteristic, scale, radius);
        return new BlockEigenvalues(enclosures, radius);
    }

    /// <summary>
    /// N's eigenvalues from double guesses (Householder + QL), certified exactly: the guesses are grouped into clusters
    /// at least 2τ apart (τ = 2^−46 of the largest), each cluster widened by τ to integer ends a &lt; b, and the exact
    /// count of roots of p in (a, b] — sign variations of p(x + a) minus those of p(x + b) — must be the cluster's size;
    /// a cluster around 0 is narrowed to the band of the rounding radius. Null when any check fails (then the roots
    /// are isolated exactly instead). O(n³) doubles and a few O(n²) Taylor shifts per cluster.
    /// </summary>
    private static List<RealEnclosure>? Clustered(BigInteger[,] integers, Polynomial characteristic, BigRational scale, BigRational radius)
    {
        int n = integers.GetLength(0);
        var doubles = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                doubles[(i * n) + j] = (double)integers[i, j];
            }
        }

        var guesses = SymmetricEigenvalues.Compute(doubles, n);
        double tau = Math.Max(guesses.Max(Math.Abs) * Math.ScaleB(1, -46), 1);
        var zeroBand = BigRational.Ceiling(radius * scale * 2) + 1;
        var clusters = new List<(BigInteger Lower, BigInteger Upper, int Size)>();
        foreach (double guess in guesses)
        {
            var lower = new BigInteger(Math.Floor(guess - tau));
            var upper = new BigInteger(Math.Ceiling(guess + tau));
            if (clusters.Count > 0 && clusters[^1].Upper >= lower)
            {
                var last = clusters[^1];
                clusters[^1] = (last.Lower, BigInteger.Max(last.Upper, upper), last.Size + 1);
            }
            else
            {
                clusters.Add((lower, upper, 1));
            }
        }

        var enclosures = new List<RealEnclosure>(n);
        foreach (var (lower, upper, size) in clusters)
        {
            var (a, b) = lower.Sign <= 0 && upper.Sign >= 0 && Count(characteristic, -zeroBand, zeroBand) == size ? (-zeroBand, zeroBand) : (lower, upper);
            if (Count(characteristic, a, b) != size)
            {
                return null;
            }

            var enclosure = new RealEnclosure((new BigRational(a) / scale) - radius, (new BigRational(b) / scale) + radius, null);
            enclosures.AddRange(Enumerable.Repeat(enclosure, size));
        }

        return enclosures;
    }

    /// <summary>Roots of the real-rooted p in (a, b], or −1 when an end is a root.</summary>
    private static int Count(Polynomial p, BigInteger a, BigInteger b)
    {
        int aboveA = p.RealRootsAbove(a), aboveB = p.RealRootsAbove(b);
        return aboveA < 0 || aboveB < 0 ? -1 : aboveA - aboveB;
    }

    /// <summary>N's eigenvalues isolated exactly (squarefree decomposition and Descartes), each refined to about the radius.</summary>
    private static List<RealEnclosure> Isolated(Polynomial characteristic, BigRational scale, BigRational radius)
    {
        var enclosures = new List<RealEnclosure>();
        var width = radius * scale;
        foreach (var root in RealRootIsolation.Isolate(characteristic))
        {
            var interval = root.Value.Refine(width).Interval;
            var enclosure = new RealEnclosure((interval.Lower / scale) - radius, (interval.Upper / scale) + radius, null);
            enclosures.AddRange(Enumerable.Repeat(enclosure, root.Multiplicity));
        }

        return enclosures;
    }

    /// <summary>A rational block: D·B is an integer matrix, and its eigenvalues are the exact roots of its characteristic polynomial over D.</summary>
    private static BlockEigenvalues Exact(BigRational[,] block, int bits)
    {
        int n = block.GetLength(0);
        var denominator = BigInteger.One;
        foreach (var entry in block)
        {
            denominator = denominator / BigInteger.GreatestCommonDivisor(denominator, entry.Denominator) * entry.Denominator;
        }

        var integers = new BigInteger[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                integers[i, j] = (block[i, j] * denominator).Numerator;
            }
        }

        // λ is an eigenvalue of B iff Dλ is one of D·B: λ is a root of p(D·t).
        var characteristic = CharacteristicPolynomial.Of(integers);
        var d = new BigRational(denominator);
        var values = new List<RealEnclosure>(n);
        foreach (var root in RealRootIsolation.Isolate(characteristic))
        {
            var interval = root.Value.Interval;
            var value = root.Value.TryGetRational(out var rational)
                ? AlgebraicNumber.FromRational(rational / d)
                : Narrow(AlgebraicNumber.Create(root.Value.DefiningPolynomial.Compose(Polynomial.FromCoefficients(BigRational.Zero, d)), interval.Lower / d, interval.Upper / d), bits);
            var enclosure = new RealEnclosure(value.Interval.Lower, value.Interval.Upper, value);
            values.AddRange(Enumerable.Repeat(enclosure, root.Multiplicity));
        }

        return new BlockEigenvalues(values, BigRational.Zero);
    }

    /// <summary>Whether every off-diagonal entry is 0 (then the eigenvalues are the diagonal entries: unused and hidden positions at L ≥ 3).</summary>
    private static bool IsDiagonal(BigRational[,] block)
    {
        int n = block.GetLength(0);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i != j && !block[i, j].IsZero)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>An irrational x with its isolating interval on one side of 0 and narrower than 2^−bits of |x|.</summary>
    private static AlgebraicNumber Narrow(AlgebraicNumber x, int bits)
    {
        int sign = x.Sign;
        while (x.Interval.Lower.Sign != sign || x.Interval.Upper.Sign != sign)
        {
            x = x.Refine((x.Interval.Upper - x.Interval.Lower) / 4);
        }

        var magnitude = BigRational.Min(BigRational.Abs(x.Interval.Lower), BigRational.Abs(x.Interval.Upper));
        return x.Refine(BigRational.FromBinary(1, BinaryMagnitude.FloorLog2(magnitude) - bits));
    }
}
