using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using static System.FormattableString;

namespace Dmf.Verify.Spectrum;

/// <summary>A singular value whose enclosure cannot decide a relation the verdicts need.</summary>
/// <param name="Index">0-based index j (y_{j+1} in the text).</param>
/// <param name="Enclosure">Its enclosure.</param>
/// <param name="Against">What it could not be separated from: "y_crit", "y_glob", "sqrt(lambda)" or "y_k".</param>
/// <param name="Other">The threshold's or the neighbour's value (a decimal approximation, for the message).</param>
public sealed record UndecidedValue(int Index, ValueEnclosure Enclosure, string Against, string Other)
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

/// <summary>
/// Which relations the verdicts need, decided over enclosures (docs/analyze.md, "Certified singular values"). The types,
/// counts, classes, the benign and collapse verdicts and the global minimizer depend only on (1) each y_j against y_crit
/// (√λ for L = 2), (2) for y_j above y_crit, y_j against y_glob, and (3) the order and equalities among the values above
/// y_crit — values below y_crit take no positive root, and every rule that compares them meets an active value above
/// y_crit, which relation (1) already separates. A relation is decided when it holds at both ends of the enclosure
/// (each threshold form is monotone in y ≥ 0); the order when consecutive enclosures above y_crit are disjoint. Then
/// every y in the enclosures gives the same verdicts as the representatives, so theirs are proved for Y.
/// </summary>
public static class EnclosureDecision
{
    /// <summary>The values, descending, whose enclosures leave a needed relation undecided (empty: every verdict is certified).</summary>
    public static IReadOnlyList<UndecidedValue> Undecided(ScalarLandscape landscape, IReadOnlyList<ValueEnclosure> values)
    {
        ArgumentNullException.ThrowIfNull(landscape);
        ArgumentNullException.ThrowIfNull(values);
        var undecided = new List<UndecidedValue>();
        string critical = landscape.Depth == 2 ? "sqrt(lambda)" : "y_crit";
        int previousAbove = -1;
        for (int j = 0; j < values.Count; j++)
        {
            var box = values[j];
            var atLower = landscape.CompareToCritical(box.Lower);
            var atUpper = landscape.CompareToCritical(box.Upper);
            if (atLower != atUpper || atLower == ThresholdRelation.Equal)
            {
                undecided.Add(new UndecidedValue(j, box, critical, landscape.CriticalThreshold.ToDecimalString(15)));
                continue;
            }

            if (atLower == ThresholdRelation.Below)
            {
                continue;
            }

            if (landscape.Depth > 2 && (landscape.CompareToGlobal(box.Lower) is var g) && (g != landscape.CompareToGlobal(box.Upper) || g == ThresholdRelation.Equal))
            {
                undecided.Add(new UndecidedValue(j, box, "y_glob", landscape.GlobalThreshold.ToDecimalString(15)));
            }

            if (previousAbove >= 0 && values[previousAbove].Lower <= box.Upper)
            {
                undecided.Add(new UndecidedValue(j, box, Invariant($"y_{previousAbove + 1}"), values[previousAbove].Representative.ToDecimalString(15)));
            }

            previousAbove = j;
        }

        return undecided;
    }
}
