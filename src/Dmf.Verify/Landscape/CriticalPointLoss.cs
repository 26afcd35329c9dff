namespace Dmf.Verify.Landscape;

/// <summary>
/// The loss at a critical point of a type (docs/theory.md §2):
/// F = Σ_{active i} g(σ_i; y_i) + Σ_{inactive j} y_j², g(σ; y) = (σ^L/√λ − y)² + L σ². Computed as the nearest double by
/// exact interval arithmetic: each slot's g is enclosed at its root (<see cref="SlotLossEnclosures"/>, memoized per
/// instance), F in an interval, and the enclosures are refined until both ends round to the same double.
/// </summary>
public static class CriticalPointLoss
{
    private const int MaxRefinements = 12;

    /// <summary>
    /// F for the type, correctly rounded to a double. Throws <see cref="InvalidOperationException"/> in the
    /// practically impossible case that F sits on a rounding boundary through every refinement.
    /// </summary>
    public static double Evaluate(CriticalPointTypes space, CriticalPointType type)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(type);
        var fixedSum = new DyadicSum();
        for (int g = 0; g < space.Groups.Count; g++)
        {
            var group = space.Groups[g];
            int unused = group.Multiplicity - type.Counts[g].Sum();
            fixedSum.Add(space.SlotLosses.SquareOf(g), unused);
        }

        var fixedPart = fixedSum.Value;
        return Rounded(level =>
        {
            var low = new DyadicSum();
            var high = new DyadicSum();
            for (int g = 0; g < space.Groups.Count; g++)
            {
                for (int r = 0; r < type.Counts[g].Count; r++)
                {
                    int count = type.Counts[g][r];
                    if (count > 0)
                    {
                        var (termLow, termHigh) = space.SlotLosses.At(g, r, level);
                        low.Add(termLow, count);
                        high.Add(termHigh, count);
                    }
                }
            }

            return (fixedPart + low.Value, fixedPart + high.Value);
        });
    }

    /// <summary>
    /// How much F changes when one index of group number <paramref name="group"/> moves from 0 to its positive root
    /// number <paramref name="root"/>: g(σ; y) − y², to within about 2^−256 of g (correctly rounded where that decides
    /// it; when g and y² agree to more digits — y = 10^100 with a tiny σ — the change is below every loss difference a
    /// double shows). F of a type is Σ_j y_j² plus these changes over its active indices, which is what orders types by
    /// loss without evaluating each.
    /// </summary>
    public static double SlotChange(CriticalPointTypes space, int group, int root)
    {
        ArgumentNullException.ThrowIfNull(space);
        var y = space.Groups[group].Y;
        const int levels = 4;
        double change = double.NaN;
        for (int level = 0; level < levels; level++)
        {
            var (low, high) = space.SlotLosses.At(group, root, level);
            change = (low - (y * y)).ToDouble();
            if (change.Equals((high - (y * y)).ToDouble()))
            {
                break;
            }
        }

        return change;
    }

    /// <summary>The double both ends of <paramref name="enclose"/>'s interval at some precision level round to.</summary>
    private static double Rounded(Func<int, (BigRational Low, BigRational High)> enclose)
    {
        for (int level = 0; level < MaxRefinements; level++)
        {
            var (low, high) = enclose(level);
            double a = low.ToDouble();
            if (a.Equals(high.ToDouble()))
            {
                return a;
            }
        }

        throw new InvalidOperationException("The loss could not be rounded: it stays on a rounding boundary.");
    }
}
