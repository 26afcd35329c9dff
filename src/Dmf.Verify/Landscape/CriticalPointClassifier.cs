using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// Classifies critical-point types by the rules of theory.md §3, exactly: every comparison is between exact
/// rationals (the y values) or decided by the exact threshold relations of <see cref="ScalarLandscape"/>; no doubles.
/// The rules are the claims this tool audits — numerics and Z3 check them elsewhere.
/// </summary>
public static class CriticalPointClassifier
{
    /// <summary>The class of a type, with the rule that fired.</summary>
    public static Classification Classify(CriticalPointTypes space, CriticalPointType type)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(type);
        var roots = type.RootPerIndex();
        var y = new BigRational[roots.Count];
        var relationToGlobal = new ThresholdRelation[roots.Count];
        foreach (var group in space.Groups)
        {
            foreach (int j in group.Indices)
            {
                y[j] = group.Y;
                relationToGlobal[j] = group.Roots.RelationToGlobal;
            }
        }

        var active = Enumerable.Range(0, roots.Count).Where(j => roots[j] != null).ToList();
        var inactive = Enumerable.Range(0, roots.Count).Where(j => roots[j] == null).ToList();

        // N2: a small root.
        int small = active.FindIndex(j => roots[j]!.Label == RootLabel.SmallRoot);
        if (small >= 0)
        {
            int j = active[small];
            return new Classification(PointClass.StrictSaddle, ClassificationRule.SmallRoot, new[] { j },
                $"index {j + 1} (y = {y[j].ToExactString()}) takes the small root x-: negative curvature along the balanced scaling of its slot");
        }

        // N1: ordering (O) fails — an active j and an inactive k with y_k > y_j.
        foreach (int j in active.OrderBy(j => y[j]))
        {
            foreach (int k in inactive.OrderByDescending(k => y[k]))
            {
                if (y[k] > y[j])
                {
                    return new Classification(PointClass.StrictSaddle, ClassificationRule.OrderingViolated, new[] { j, k },
                        $"ordering fails: index {j + 1} (y = {y[j].ToExactString()}) is active but index {k + 1} (y = {y[k].ToExactString()}) is not; rotating them lowers F");
                }
            }
        }

        var landscape = space.Landscape;
        if (landscape.Depth == 2)
        {
            // N3: a free slot and an unused value above √λ.
            if (active.Count < space.MaxActive)
            {
                foreach (int k in inactive.OrderByDescending(k => y[k]))
                {
                    if (landscape.CompareToCritical(y[k]) == ThresholdRelation.Above)
                    {
                        return new Classification(PointClass.StrictSaddle, ClassificationRule.FreeSlot, new[] { k },
                            $"a slot is free and index {k + 1} (y = {y[k].ToExactString()} > sqrt(lambda)) is unused: the 2x2 block of that slot is indefinite");
                    }
                }
            }

            return new Classification(PointClass.GlobalMinimizer, ClassificationRule.LocalMinimum, active,
                "L = 2: ordering holds and no free slot has an unused value above sqrt(lambda); every local minimizer is global");
        }

        int doubleRoot = active.FindIndex(j => roots[j]!.Label == RootLabel.DoubleRoot);
        if (doubleRoot >= 0)
        {
            int j = active[doubleRoot];
            return new Classification(PointClass.NonStrictSaddle, ClassificationRule.DoubleRoot, new[] { j },
                $"index {j + 1} (y = y_crit = {y[j].ToExactString()}) takes the double root x*: the Hessian is PSD but F decreases along s < x*");
        }

        // Local minimizer: every active index has x+ (y > y_crit) and ordering holds. Global when the active values above
        // y_glob are exactly the min(d_min, #{y_j > y_glob}) largest and no active value is below y_glob.
        int aboveGlobal = relationToGlobal.Count(r => r == ThresholdRelation.Above);
        int wanted = Math.Min(space.MaxActive, aboveGlobal);
        int activeAbove = active.Count(j => relationToGlobal[j] == ThresholdRelation.Above);
        var activeBelow = active.Where(j => relationToGlobal[j] == ThresholdRelation.Below).ToList();
        if (activeAbove == wanted && activeBelow.Count == 0)
        {
            return new Classification(PointClass.GlobalMinimizer, ClassificationRule.LocalMinimum, active,
                $"every active index takes x+, ordering holds, and the {wanted} largest values above y_glob are exactly the active ones above y_glob");
        }

        string why = activeBelow.Count > 0
            ? $"index {activeBelow[0] + 1} (y = {y[activeBelow[0]].ToExactString()} < y_glob) is active: 0 beats x+ there"
            : $"{activeAbove} of the {wanted} values above y_glob that a global minimizer uses are active";
        return new Classification(PointClass.LocalMinimizer, ClassificationRule.LocalMinimum, active,
            $"local but not global (spurious): every active index takes x+ and ordering holds, but {why}");
    }
}
