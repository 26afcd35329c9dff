namespace Dmf.Verify.Numerics;

/// <summary>
/// A real number known by a rational interval that contains it: an eigenvalue's certified enclosure, or — when
/// <see cref="Exact"/> is set — an algebraic number (defining polynomial and isolating interval) with the interval its
/// isolating interval. Nothing here is a floating-point number.
/// </summary>
/// <param name="Lower">A rational at most the value.</param>
/// <param name="Upper">A rational at least the value.</param>
/// <param name="Exact">The value itself when it is known exactly, else null.</param>
public sealed record RealEnclosure(BigRational Lower, BigRational Upper, AlgebraicNumber? Exact)
{
    /// <summary>A rational known exactly.</summary>
    public static RealEnclosure Of(BigRational value) => new(value, value, AlgebraicNumber.FromRational(value));

    /// <summary>The midpoint as a double (for display; the interval is the claim).</summary>
    public double Approximation => BigRational.Midpoint(Lower, Upper).ToDouble();

    /// <summary>Upper − Lower.</summary>
    public BigRational Width => Upper - Lower;

    /// <summary>−1, 0 or +1 when the value is certainly below, equal to, or above <paramref name="t"/>; null when the interval cannot tell.</summary>
    public int? CompareTo(BigRational t) =>
        Exact is { } exact ? exact.CompareTo(t)
        : Upper < t ? -1
        : Lower > t ? 1
        : null;

    /// <summary>The larger of two enclosures' values: [max lower, max upper], exact when the larger is exact and certainly larger.</summary>
    public static RealEnclosure Larger(RealEnclosure? a, RealEnclosure b)
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
    public static RealEnclosure Smaller(RealEnclosure? a, RealEnclosure b)
    {
        if (a is null)
        {
            return b;
        }

        return Larger(a.Negated(), b.Negated()).Negated();
    }

    /// <summary>−x.</summary>
    public RealEnclosure Negated() =>
        Exact is { } exact && exact.TryGetRational(out var rational) ? Of(-rational)
        : Exact is { } algebraic ? new RealEnclosure(-Upper, -Lower, AlgebraicNumber.Create(algebraic.DefiningPolynomial.Compose(Polynomial.FromCoefficients(BigRational.Zero, BigRational.MinusOne)), -Upper, -Lower))
        : new RealEnclosure(-Upper, -Lower, null);
}
