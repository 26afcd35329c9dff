namespace Dmf.Verify.Landscape;

/// <summary>
/// One distinct singular value of Y as the rest of the code asks about it: a rational shown and computed with
/// (<see cref="Approximation"/>), an interval that contains the value and can be asked for at a width
/// (<see cref="Enclosure"/>), and its exact identity when one is known — a rational (the interval is a point), an
/// algebraic number (its isolating interval, refined on demand) — or none (a certified value: its proved enclosure,
/// which cannot be refined). Claims and enclosures ask the interval; only a statement that needs the value itself (an
/// equality with a threshold) asks the identity. Immutable.
/// </summary>
public sealed class SpectrumValue
{
    private readonly BigRational _lower;
    private readonly BigRational _upper;

    private SpectrumValue(BigRational approximation, AlgebraicNumber? algebraic, BigRational lower, BigRational upper, bool certified)
    {
        (Approximation, Algebraic, _lower, _upper, IsCertified) = (approximation, algebraic, lower, upper, certified);
    }

    /// <summary>The rational used to show the value and to compute σ and F (the value itself when it is rational).</summary>
    public BigRational Approximation { get; }

    /// <summary>The exact value when it is irrational; null for a rational or a certified value.</summary>
    public AlgebraicNumber? Algebraic { get; }

    /// <summary>True when the value is known only by a proved enclosure (<see cref="Approximation"/> is the floating value inside it).</summary>
    public bool IsCertified { get; }

    /// <summary>True when the value is a rational known exactly (its interval is the point [y, y]).</summary>
    public bool IsRational => Algebraic is null && !IsCertified;

    /// <summary>A rational value y, known exactly.</summary>
    public static SpectrumValue Rational(BigRational y) => new(y, null, y, y, certified: false);

    /// <summary>An irrational value <paramref name="exact"/>, shown and computed with as <paramref name="approximation"/>.</summary>
    public static SpectrumValue Irrational(AlgebraicNumber exact, BigRational approximation)
    {
        ArgumentNullException.ThrowIfNull(exact);
        var interval = exact.Interval;
        return new SpectrumValue(approximation, exact, interval.Lower, interval.Upper, certified: false);
    }

    /// <summary>A value proved to lie in [<paramref name="lower"/>, <paramref name="upper"/>], with the floating value <paramref name="representative"/> inside.</summary>
    public static SpectrumValue Certified(BigRational lower, BigRational representative, BigRational upper)
    {
        if (lower > representative || representative > upper)
        {
            throw new ArgumentException("The representative must lie in the enclosure.", nameof(representative));
        }

        return new SpectrumValue(representative, null, lower, upper, certified: true);
    }

    /// <summary>
    /// [lower, upper] ∋ the value: a rational value's point; an irrational one's isolating interval refined to at most
    /// <paramref name="relativeWidth"/>·(1 + y) wide; a certified one's proved enclosure (whatever the width asked).
    /// </summary>
    public (BigRational Lower, BigRational Upper) Enclosure(BigRational relativeWidth)
    {
        if (Algebraic is not { } exact)
        {
            return (_lower, _upper);
        }

        var interval = exact.Refine(relativeWidth * (BigRational.One + exact.Interval.Upper)).Interval;
        return (interval.Lower, interval.Upper);
    }

    /// <summary>The proved enclosure as it is (a point, an isolating interval, or the certified enclosure), without refining.</summary>
    public (BigRational Lower, BigRational Upper) Bounds => (_lower, _upper);
}
