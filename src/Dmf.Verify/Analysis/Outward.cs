namespace Dmf.Verify.Analysis;

/// <summary>Doubles rounded outward from exact rationals: a bound stays a bound when it is printed as a double.</summary>
internal static class Outward
{
    /// <summary>The largest double ≤ <paramref name="r"/>.</summary>
    public static double Down(BigRational r)
    {
        double d = r.ToDouble();
        if (double.IsInfinity(d))
        {
            return d > 0 ? double.MaxValue : d;
        }

        return BigRational.FromDouble(d) > r ? Math.BitDecrement(d) : d;
    }

    /// <summary>The smallest double ≥ <paramref name="r"/>.</summary>
    public static double Up(BigRational r)
    {
        double d = r.ToDouble();
        if (double.IsInfinity(d))
        {
            return d < 0 ? double.MinValue : d;
        }

        return BigRational.FromDouble(d) < r ? Math.BitIncrement(d) : d;
    }
}
