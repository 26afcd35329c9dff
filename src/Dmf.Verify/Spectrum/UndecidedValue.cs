namespace Dmf.Verify.Spectrum;

/// <summary>A singular value whose enclosure cannot decide a relation the verdicts need.</summary>
/// <param name="Index">0-based index j (y_{j+1} in the text).</param>
/// <param name="Enclosure">Its enclosure.</param>
/// <param name="Against">What it could not be separated from: "y_crit", "y_glob", "sqrt(lambda)" or "y_k".</param>
/// <param name="Other">The threshold's or the neighbour's value (a decimal approximation, for the message).</param>
internal sealed record UndecidedValue(int Index, ValueEnclosure Enclosure, string Against, string Other)
{
    /// <summary>One line: the value, its enclosure, what it meets, and the enclosure's width.</summary>
    public override string ToString() => Invariant(
        $"y_{Index + 1} in [{End(Enclosure.Lower, up: false)}, {End(Enclosure.Upper, up: true)}] (radius {Enclosure.Radius.ToDouble():G3}) cannot be separated from {Against} = {Other}");

    /// <summary>An end of the enclosure: 15 decimals in the usual range, else the double one step outward (still a bound).</summary>
    private static string End(BigRational value, bool up)
    {
        var magnitude = BigRational.Abs(value);
        if (value.IsZero || (magnitude >= new BigRational(1, 1_000_000) && magnitude < new BigRational(1_000_000_000_000_000)))
        {
            return value.ToDecimalString(15);
        }

        double d = value.ToDouble();
        return (up ? Math.BitIncrement(d) : Math.BitDecrement(d)).ToString("G17", System.Globalization.CultureInfo.InvariantCulture);
    }
}
