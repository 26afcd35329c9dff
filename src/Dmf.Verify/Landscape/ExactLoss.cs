using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// The loss of a type exactly, where that is cheap: F = a + b·√λ with rationals a, b. Using f(σ; y) = 0 the slot term
/// (σ^L/√λ − y)² + Lσ² equals y² − y·σ^L/√λ + (L − 1)σ²; for L = 2, σ² = √λ(y − √λ) turns it into 2y√λ − λ, and
/// an inactive index contributes y². So every L = 2 type and every type without active index (e.g. W = 0) has an exact
/// form; for L ≥ 3 with an active index σ is an algebraic number of degree up to 4L − 4 and only the correctly rounded
/// double is given.
/// </summary>
public sealed record ExactLoss(BigRational Rational, BigRational SqrtLambdaCoefficient, BigRational Lambda)
{
    /// <summary>The exact form for <paramref name="type"/>, or null where it is not cheap (L ≥ 3 with an active index) or Y's singular values are irrational.</summary>
    public static ExactLoss? For(CriticalPointTypes space, CriticalPointType type)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(type);
        var labels = type.LabelPerIndex();
        var lambda = space.Landscape.LambdaProduct;
        if (space.HasApproximatedValues || (space.Landscape.Depth > 2 && labels.Any(l => l is not null)))
        {
            return null;
        }

        var rational = BigRational.Zero;
        var coefficient = BigRational.Zero;
        for (int j = 0; j < labels.Count; j++)
        {
            var slot = labels[j] is null ? EmptySlot : SlotAtRootL2;
            var y = space.SingularValues[j];
            rational += Part(slot, 0, y, lambda);
            coefficient += Part(slot, 1, y, lambda);
        }

        return new ExactLoss(rational, coefficient, lambda);
    }

    // A slot's loss times λ, with s² = λ: the empty slot (x = 0) is λ·y², the L = 2 slot at its root (λ·g reduced by
    // f/x = x² − s·y + λ, monic in x) is 2λ·s·y − λ²; both from ScalarTheory's λ·g, not retyped.
    private static readonly MultivariatePolynomial EmptySlot =
        ScalarTheory.WithSquareRootReduced(ScalarTheory.ScaledSlotLoss(2).Substitute(ScalarTheory.X, BigRational.Zero));

    private static readonly MultivariatePolynomial SlotAtRootL2 =
        ScalarTheory.WithSquareRootReduced(ScalarTheory.ScaledSlotLoss(2).RemainderByMonic(ScalarTheory.X, ScalarTheory.FOverX(2)));

    // The coefficient of s^power in a slot's loss (λ·loss / λ) at y and λ (free of x and s).
    private static BigRational Part(MultivariatePolynomial scaledLoss, int power, BigRational y, BigRational lambda)
    {
        var point = new BigRational[ScalarTheory.VariableCount];
        Array.Fill(point, BigRational.Zero);
        point[ScalarTheory.Y] = y;
        point[ScalarTheory.Lambda] = lambda;
        return scaledLoss.CoefficientOf(ScalarTheory.S, power).Evaluate(point) / lambda;
    }

    /// <summary>"5.44", or "-1.08 + 6.4*sqrt(0.54)".</summary>
    public override string ToString() => SqrtLambdaCoefficient.IsZero
        ? Rational.ToExactString()
        : $"{Rational.ToExactString()} + {SqrtLambdaCoefficient.ToExactString()}*sqrt({Lambda.ToExactString()})";
}
