namespace Dmf.Verify.Numerics;

/// <summary>
/// A closed interval of doubles that contains a real number, kept valid through arithmetic by rounding outward: each
/// operation's rounded-to-nearest result is within half an ulp of the exact one, so stepping one ulp down (up) gives a
/// lower (upper) bound. For the closed-form eigenvalues of many Hessian blocks, where exact rationals would cost
/// microseconds per operation. Nonnegative-only where stated.
/// </summary>
internal readonly record struct DoubleInterval(double Lower, double Upper)
{
    /// <summary>A point that is a double exactly.</summary>
    public static DoubleInterval Exact(double value) => new(value, value);

    /// <summary>[lower, upper] of rationals, rounded outward to doubles.</summary>
    public static DoubleInterval Of(BigRational lower, BigRational upper) => new(Down(lower), Up(upper));

    /// <summary>Both ends are finite doubles (an overflow or a NaN makes the interval say nothing).</summary>
    public bool IsFinite => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>Whether 0 is outside the interval, and on which side: +1, −1, or 0 when it holds 0.</summary>
    public int Sign => Lower > 0 ? 1 : Upper < 0 ? -1 : 0;

    public static DoubleInterval operator +(DoubleInterval a, DoubleInterval b) => new(Math.BitDecrement(a.Lower + b.Lower), Math.BitIncrement(a.Upper + b.Upper));

    public static DoubleInterval operator -(DoubleInterval a, DoubleInterval b) => new(Math.BitDecrement(a.Lower - b.Upper), Math.BitIncrement(a.Upper - b.Lower));

    public static DoubleInterval operator *(DoubleInterval a, DoubleInterval b)
    {
        double p = a.Lower * b.Lower, q = a.Lower * b.Upper, r = a.Upper * b.Lower, s = a.Upper * b.Upper;
        return new(Math.BitDecrement(Math.Min(Math.Min(p, q), Math.Min(r, s))), Math.BitIncrement(Math.Max(Math.Max(p, q), Math.Max(r, s))));
    }

    /// <summary>a / b for b &gt; 0 (throws otherwise).</summary>
    public static DoubleInterval operator /(DoubleInterval a, DoubleInterval b)
    {
        if (!(b.Lower > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(b), "Division by an interval that may hold 0 or a negative number.");
        }

        double p = a.Lower / b.Lower, q = a.Lower / b.Upper, r = a.Upper / b.Lower, s = a.Upper / b.Upper;
        return new(Math.BitDecrement(Math.Min(Math.Min(p, q), Math.Min(r, s))), Math.BitIncrement(Math.Max(Math.Max(p, q), Math.Max(r, s))));
    }

    /// <summary>c·a for an exact double c.</summary>
    public DoubleInterval Scale(double c) => this * Exact(c);

    /// <summary>a^k, k ≥ 0, for a ≥ 0.</summary>
    public DoubleInterval Power(int k)
    {
        var result = Exact(1);
        for (int i = 0; i < k; i++)
        {
            result *= this;
        }

        return result;
    }

    /// <summary>√a for a ≥ 0 (Math.Sqrt is correctly rounded).</summary>
    public DoubleInterval SquareRoot() => new(Math.Max(0, Math.BitDecrement(Math.Sqrt(Lower))), Math.BitIncrement(Math.Sqrt(Upper)));

    /// <summary>The interval as rationals (doubles convert exactly).</summary>
    public RealEnclosure ToEnclosure() => new(BigRational.FromDouble(Lower), BigRational.FromDouble(Upper), null);

    /// <summary>The largest double at most x (stepping down until the exact comparison holds, whatever ToDouble's rounding).</summary>
    private static double Down(BigRational x)
    {
        double d = x.ToDouble();
        while (double.IsFinite(d) && BigRational.FromDouble(d) > x)
        {
            d = Math.BitDecrement(d);
        }

        return double.IsPositiveInfinity(d) ? double.MaxValue : d;
    }

    /// <summary>The smallest double at least x.</summary>
    private static double Up(BigRational x)
    {
        double d = x.ToDouble();
        while (double.IsFinite(d) && BigRational.FromDouble(d) < x)
        {
            d = Math.BitIncrement(d);
        }

        return double.IsNegativeInfinity(d) ? double.MinValue : d;
    }
}

/// <summary>Outward-rounded interval arithmetic as an <see cref="Dmf.Symbolic.Expressions.Evaluation.IArithmetic{T}"/>, so formulas written once run on intervals.</summary>
internal sealed class DoubleIntervalArithmetic : Dmf.Symbolic.Expressions.Evaluation.IArithmetic<DoubleInterval>
{
    /// <summary>The single instance.</summary>
    public static DoubleIntervalArithmetic Instance { get; } = new();

    /// <inheritdoc/>
    public DoubleInterval Zero => DoubleInterval.Exact(0);

    /// <inheritdoc/>
    public DoubleInterval Add(DoubleInterval a, DoubleInterval b) => a + b;

    /// <inheritdoc/>
    public DoubleInterval Multiply(DoubleInterval a, DoubleInterval b) => a * b;

    /// <inheritdoc/>
    public DoubleInterval FromRational(BigRational value) => DoubleInterval.Of(value, value);
}
