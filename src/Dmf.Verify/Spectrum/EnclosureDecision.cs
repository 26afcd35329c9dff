using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Spectrum;

/// <summary>
/// Which relations the verdicts need, decided over enclosures (docs/analyze.md, "Certified singular values"). The types,
/// counts, classes, the benign and collapse verdicts and the global minimizer depend only on (1) each y_j against y_crit
/// (√λ for L = 2), (2) for y_j above y_crit, y_j against y_glob, and (3) the order and equalities among the values above
/// y_crit — values below y_crit take no positive root, and every rule that compares them meets an active value above
/// y_crit, which relation (1) already separates. A relation is decided when it holds at both ends of the enclosure
/// (each threshold form is monotone in y ≥ 0); the order when consecutive enclosures above y_crit are disjoint. Then
/// every y in the enclosures gives the same verdicts as the representatives, so theirs are proved for Y.
/// </summary>
internal static class EnclosureDecision
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
