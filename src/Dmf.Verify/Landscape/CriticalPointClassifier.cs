using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// Classifies critical-point types by the rules of docs/theory.md §3, exactly: every comparison is between exact
/// rationals (the y values) or decided by the exact threshold relations of <see cref="ScalarLandscape"/>; no doubles,
/// and no root is isolated (labels follow from the threshold relations). Linear in d_Y.
/// The rules are the claims this tool audits — numerics and Z3 check them elsewhere.
/// </summary>
public static class CriticalPointClassifier
{
    /// <summary>The class of a type, with the rule that fired.</summary>
    public static Classification Classify(CriticalPointTypes space, CriticalPointType type)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(type);
        var labels = type.LabelPerIndex();
        var active = new List<int>();
        int smallRoot = -1, doubleRoot = -1, lowestActive = -1, highestInactive = -1;
        for (int j = 0; j < labels.Count; j++)
        {
            if (labels[j] is not { } label)
            {
                if (highestInactive < 0 || space.RankOf(j) > space.RankOf(highestInactive))
                {
                    highestInactive = j;
                }

                continue;
            }

            active.Add(j);
            if (label == RootLabel.SmallRoot && smallRoot < 0)
            {
                smallRoot = j;
            }

            if (label == RootLabel.DoubleRoot && doubleRoot < 0)
            {
                doubleRoot = j;
            }

            if (lowestActive < 0 || space.RankOf(j) < space.RankOf(lowestActive))
            {
                lowestActive = j;
            }
        }

        // N2: a small root.
        if (smallRoot >= 0)
        {
            return new Classification(PointClass.StrictSaddle, ClassificationRule.SmallRoot, new[] { smallRoot },
                Invariant($"index {smallRoot + 1} (y = {space.ValueText(smallRoot)}) takes the small root x-: negative curvature along the balanced scaling of its slot"));
        }

        // N1: ordering (O) fails — the lowest active j and the highest inactive k have y_k > y_j.
        if (lowestActive >= 0 && highestInactive >= 0 && space.RankOf(highestInactive) > space.RankOf(lowestActive))
        {
            int j = lowestActive, k = highestInactive;
            return new Classification(PointClass.StrictSaddle, ClassificationRule.OrderingViolated, new[] { j, k },
                Invariant($"ordering fails: index {j + 1} (y = {space.ValueText(j)}) is active but index {k + 1} (y = {space.ValueText(k)}) is not; rotating them lowers F"));
        }

        if (space.Landscape.Depth == 2)
        {
            // N3: a free slot and an unused value above √λ (ordering holds, so the highest unused one decides).
            if (active.Count < space.MaxActive && highestInactive >= 0 && space.GroupOf(highestInactive).RelationToCritical == ThresholdRelation.Above)
            {
                int k = highestInactive;
                return new Classification(PointClass.StrictSaddle, ClassificationRule.FreeSlot, new[] { k },
                    Invariant($"a slot is free and index {k + 1} (y = {space.ValueText(k)} > sqrt(lambda)) is unused: the 2x2 block of that slot is indefinite"));
            }

            return new Classification(PointClass.GlobalMinimizer, ClassificationRule.LocalMinimum, active,
                "L = 2: ordering holds and no free slot has an unused value above sqrt(lambda); every local minimizer is global");
        }

        if (doubleRoot >= 0)
        {
            return new Classification(PointClass.NonStrictSaddle, ClassificationRule.DoubleRoot, new[] { doubleRoot },
                Invariant($"index {doubleRoot + 1} (y = y_crit = {space.ValueText(doubleRoot)}) takes the double root x*: the Hessian is PSD but F decreases along s < x*"));
        }

        // Local minimizer: every active index has x+ (y > y_crit) and ordering holds. Global when the active values above
        // y_glob are exactly the min(d_min, #{y_j > y_glob}) largest and no active value is below y_glob.
        int wanted = Math.Min(space.MaxActive, space.CountAboveGlobal);
        int activeAbove = active.Count(j => space.GroupOf(j).RelationToGlobal == ThresholdRelation.Above);
        int activeBelow = active.FindIndex(j => space.GroupOf(j).RelationToGlobal == ThresholdRelation.Below);
        if (activeAbove == wanted && activeBelow < 0)
        {
            string fit = wanted == 0
                ? "no y exceeds y_glob, so a global minimizer needs no active index above it"
                : Invariant($"the active values above y_glob are exactly the {wanted} largest");
            return new Classification(PointClass.GlobalMinimizer, ClassificationRule.LocalMinimum, active,
                active.Count == 0 ? $"W = 0 and {fit}" : $"every active index takes x+, ordering holds, and {fit}");
        }

        string why = activeBelow >= 0
            ? Invariant($"index {active[activeBelow] + 1} (y = {space.ValueText(active[activeBelow])} < y_glob) is active: 0 beats x+ there")
            : Invariant($"{activeAbove} of the {wanted} values above y_glob that a global minimizer uses are active");
        return new Classification(PointClass.LocalMinimizer, ClassificationRule.LocalMinimum, active,
            $"local but not global (spurious): every active index takes x+ and ordering holds, but {why}");
    }

}
