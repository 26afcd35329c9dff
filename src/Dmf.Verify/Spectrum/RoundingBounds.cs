using System.Numerics;
using System.Runtime.InteropServices;

namespace Dmf.Verify.Spectrum;

/// <summary>
/// A-priori bounds for IEEE double arithmetic (round to nearest, unit roundoff u = 2⁻⁵³; Higham, Accuracy and Stability of
/// Numerical Algorithms, §3): a sum or dot product of j terms in any order, with or without fused multiply-adds, is off
/// by at most γ_j·Σ|terms|, γ_j = j·u/(1 − j·u). Results are exact rationals, so what is built from them is rigorous.
/// </summary>
internal static class RoundingBounds
{
    /// <summary>Smallest positive normal double, 2⁻¹⁰²²: below it a product may lose its relative accuracy (absolute error ≤ 2⁻¹⁰⁷⁴ instead).</summary>
    private static readonly BigRational Underflow = BigRational.FromBinary(1, -1022);

    /// <summary>γ_j = j·u/(1 − j·u), u = 2⁻⁵³.</summary>
    public static BigRational Gamma(long j)
    {
        var ju = BigRational.FromBinary(j, -53);
        return ju / (BigRational.One - ju);
    }

    /// <summary>
    /// An upper bound of ‖x‖_F = √(Σ x_i²) from the double sum of squares: the computed sum s̃ of N squares satisfies
    /// Σ x_i² ≤ s̃/(1 − γ_{N+1}) + N·2⁻¹⁰²² (the last term covers squares that fall below the normal range).
    /// </summary>
    public static BigRational FrobeniusUpper(ReadOnlySpan<double> x) => FrobeniusUpper(SumOfSquares(x), x.Length);

    /// <summary>
    /// The same bound from a sum of <paramref name="count"/> squares already computed in doubles, in any order and
    /// grouping (terms counted twice by an exact doubling count twice).
    /// </summary>
    public static BigRational FrobeniusUpper(double sum, long count)
    {
        if (!double.IsFinite(sum))
        {
            throw new ArithmeticException("The sum of squares overflowed: the matrix must be scaled first.");
        }

        var bound = (BigRational.FromDouble(sum) / (BigRational.One - Gamma(count + 1))) + (count * Underflow);
        return SquareRootUpper(bound);
    }

    /// <summary>
    /// An upper bound of ‖x‖_F for doubles of any magnitude: the squares are summed scaled by 2^−e, e the exponent of the
    /// largest |x_i| (exact; nothing overflows, and entries scaled below the normal range are covered by the underflow
    /// term of <see cref="FrobeniusUpper(double, long)"/>), and the bound multiplied back by 2^e. No copy of x.
    /// </summary>
    public static BigRational FrobeniusUpperOfAnyScale(ReadOnlySpan<double> x)
    {
        double largest = 0;
        foreach (double v in x)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }

        if (largest == 0)
        {
            return BigRational.Zero;
        }

        int e = Math.ILogB(largest) + 1;
        double sum = 0;
        foreach (double v in x)
        {
            double scaled = Math.ScaleB(v, -e);
            sum += scaled * scaled;
        }

        return FrobeniusUpper(sum, x.Length) * BigRational.FromBinary(1, e);
    }

    /// <summary>Σ x_i² in doubles (four vector accumulators; any order is covered by <see cref="FrobeniusUpper"/>'s bound).</summary>
    public static double SumOfSquares(ReadOnlySpan<double> x)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(x);
        var acc = Vector<double>.Zero;
        foreach (var v in vectors)
        {
            acc += v * v;
        }

        double sum = Vector.Sum(acc);
        for (int i = vectors.Length * Vector<double>.Count; i < x.Length; i++)
        {
            sum += x[i] * x[i];
        }

        return sum;
    }

    /// <summary>A dyadic rational ≥ √r (r ≥ 0), within about 2⁻⁶⁰ relative.</summary>
    public static BigRational SquareRootUpper(BigRational r) => SquareRoot(r, up: true);

    /// <summary>A dyadic rational ≤ √r (r ≥ 0), within about 2⁻⁶⁰ relative.</summary>
    public static BigRational SquareRootLower(BigRational r) => SquareRoot(r, up: false);

    /// <summary>A dyadic rational ≥ r with a 64-bit mantissa (keeps the bounds' rationals short).</summary>
    public static BigRational RoundUp(BigRational r) => Round(r, up: true);

    /// <summary>A dyadic rational ≤ r with a 64-bit mantissa.</summary>
    public static BigRational RoundDown(BigRational r) => Round(r, up: false);

    private static BigRational Round(BigRational r, bool up)
    {
        if (r.IsZero)
        {
            return r;
        }

        int exponent = (int)(BigInteger.Abs(r.Numerator).GetBitLength() - r.Denominator.GetBitLength()) - 64;
        var scaled = r * BigRational.FromBinary(1, -exponent);
        return BigRational.FromBinary(up ? BigRational.Ceiling(scaled) : BigRational.Floor(scaled), exponent);
    }

    private static BigRational SquareRoot(BigRational r, bool up)
    {
        if (r.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(r), "The square root of a negative number is not real.");
        }

        if (r.IsZero)
        {
            return r;
        }

        // ⌊√⌊r·4^b⌋⌋/2^b ≤ √r ≤ ⌈√⌈r·4^b⌉⌉/2^b, b chosen so that the root carries about 64 bits.
        int log = (int)(r.Numerator.GetBitLength() - r.Denominator.GetBitLength());
        int b = 64 - (log / 2);
        var scaled = r * BigRational.FromBinary(1, 2 * b);
        var n = up ? BigRational.Ceiling(scaled) : BigRational.Floor(scaled);
        var root = IntegerSquareRoot(n);
        if (up && root * root != n)
        {
            root += 1;
        }

        return BigRational.FromBinary(root, -b);
    }

    private static BigInteger IntegerSquareRoot(BigInteger k)
    {
        if (k < 2)
        {
            return k;
        }

        var x = BigInteger.One << (int)((k.GetBitLength() / 2) + 1);
        while (true)
        {
            var next = (x + (k / x)) >> 1;
            if (next >= x)
            {
                return x;
            }

            x = next;
        }
    }
}
