using System.Numerics;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// The loss at a critical point of a type (docs/theory.md §2):
/// F = Σ_{active i} [(σ_i^L/√λ − y_i)² + L σ_i²] + Σ_{inactive j} y_j², the slot term from <see cref="ScalarTheory.ScaledSlotLoss"/>.
/// Computed as the nearest double by exact interval arithmetic: σ_i and √λ are enclosed in rational intervals, F in
/// an interval, and the enclosures are refined until both ends round to the same double.
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
        int depth = space.Landscape.Depth;
        var sqrtLambda = space.Landscape.SquareRootOfLambda;
        var roots = type.RootPerIndex();
        var y = space.SingularValues;

        var fixedPart = BigRational.Zero;
        for (int j = 0; j < roots.Count; j++)
        {
            if (roots[j] is null)
            {
                fixedPart += y[j] * y[j];
            }
        }

        var width = BigRational.FromBinary(1, -64);
        for (int attempt = 0; attempt < MaxRefinements; attempt++)
        {
            var s = sqrtLambda.Refine(width).Interval;
            var low = fixedPart;
            var high = fixedPart;
            for (int j = 0; j < roots.Count; j++)
            {
                if (roots[j] is null)
                {
                    continue;
                }

                var sigma = roots[j]!.Value.Refine(width).Interval;
                var (termLow, termHigh) = SlotLoss(sigma.Lower, sigma.Upper, s.Lower, s.Upper, y[j], depth, space.Landscape.LambdaProduct);
                low += termLow;
                high += termHigh;
            }

            double a = low.ToDouble();
            if (a.Equals(high.ToDouble()))
            {
                return a;
            }

            width *= BigRational.FromBinary(1, -64);
        }

        throw new InvalidOperationException("The loss could not be rounded: it stays on a rounding boundary.");
    }

    /// <summary>
    /// An enclosure of the slot loss g = (σ^L/√λ − y)² + L σ² for σ ∈ [σl, σh] (σl ≥ 0) and √λ ∈ [sl, sh] (sl &gt; 0):
    /// λ·g is <see cref="ScalarTheory.ScaledSlotLoss"/>, enclosed monomial by monomial, divided by the exact λ.
    /// </summary>
    private static (BigRational Low, BigRational High) SlotLoss(BigRational sigmaLow, BigRational sigmaHigh, BigRational sLow, BigRational sHigh, BigRational y, int depth, BigRational lambda)
    {
        var scaled = ScalarTheory.AtInstance(ScalarTheory.ScaledSlotLoss(depth), y, lambda);
        var (low, high) = ScalarTheory.Enclose(scaled, sigmaLow, sigmaHigh, sLow, sHigh);
        return (low / lambda, high / lambda);
    }
}
