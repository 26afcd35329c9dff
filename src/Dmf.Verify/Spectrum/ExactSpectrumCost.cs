using System.Numerics;

namespace Dmf.Verify.Spectrum;

/// <summary>
/// What the exact spectrum (<see cref="ExactSingularValues"/>) of a matrix would cost, estimated before any of it is done:
/// Y scaled to integers Z (b bits at most), the characteristic polynomial of the n × n Gram matrix has coefficients of
/// about c = n·(2b + log₂ r) bits (r the inner dimension), computed modulo c/31 primes at n³ operations each, and its
/// roots isolated at a cost growing with (c/n)², the square of the coefficients' size per degree. Calibrated on the 2-core reference machine, erring high (2026-12-07:
/// random integer 100 × 100 0.20 s for an estimate of 0.13 s, 200 × 200 2.0 s for 2.2 s, 300 × 300 9.6 s for 11 s;
/// 70 × 70 of Gaussian doubles 0.42 s for 0.7 s); an estimate, used only to choose a path and to refuse what would run
/// too long — never a claim about the result.
/// </summary>
internal static class ExactSpectrumCost
{
    private const double SecondsPerUnit = 2e-9;

    /// <summary>Estimated seconds for the exact singular values of <paramref name="y"/>.</summary>
    public static double Seconds(DataMatrix y)
    {
        ArgumentNullException.ThrowIfNull(y);
        double n = Math.Min(y.Rows, y.Columns);
        double inner = Math.Max(y.Rows, y.Columns);
        double bits = IntegerBits(y);
        double coefficientBits = n * ((2 * bits) + Math.Log2(inner) + 1);
        double isolation = 1 + (coefficientBits / n / 64);
        double work = n * n * n * (coefficientBits / 31) * isolation * isolation;
        return work * SecondsPerUnit;
    }

    /// <summary>Bits of the largest entry of D·Y, D the least common denominator of the entries.</summary>
    private static double IntegerBits(DataMatrix y)
    {
        if (y.IsFloatingPoint)
        {
            // Each double is m·2^e with |m| < 2^53 (e the exponent of its last bit): D = 2^max(0, −min e), so the largest
            // |entry|·D has about max(top bit) − min(0, min e) + 1 bits — huge entries are huge integers, D = 1.
            int high = int.MinValue, low = int.MaxValue;
            foreach (double x in y.Doubles)
            {
                if (x != 0)
                {
                    int e = Math.ILogB(x);
                    high = Math.Max(high, e);
                    low = Math.Min(low, e - 52);
                }
            }

            return high == int.MinValue ? 1 : Math.Max(1, (double)high - Math.Min(0, low) + 1);
        }

        var denominator = BigInteger.One;
        var largest = BigRational.Zero;
        for (int i = 0; i < y.Rows; i++)
        {
            for (int j = 0; j < y.Columns; j++)
            {
                var entry = y[i, j];
                if (!entry.Denominator.IsOne)
                {
                    denominator = denominator / BigInteger.GreatestCommonDivisor(denominator, entry.Denominator) * entry.Denominator;
                }

                var magnitude = BigRational.Abs(entry);
                if (magnitude > largest)
                {
                    largest = magnitude;
                }
            }
        }

        var top = largest * new BigRational(denominator);
        return Math.Max(1, (double)BigRational.Ceiling(top).GetBitLength());
    }
}
