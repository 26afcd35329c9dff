using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// Thresholds (docs/theory.md §2.1): each active y against y_crit, and against y_glob for minimizers.
/// </summary>
internal static class ThresholdClaims
{
    internal static Claim ThresholdClaim(ClaimContext context, int j)
    {
        if (context.Enclosed is { } enclosed)
        {
            return EnclosedThreshold(enclosed, context, j, Invariant($"threshold[{j + 1}]"), "y_crit (lambda vs lambda_crit(y))", ScalarTheory.CriticalLambda(context.Instance.Depth), context.Space.GroupOf(j).RelationToCritical);
        }

        var (statement, words, reals) = Relation(context, j, ScalarTheory.CriticalLambda(context.Instance.Depth), context.Instance.Landscape.CriticalLambda, context.Space.GroupOf(j).RelationToCritical);
        return ClaimContext.Make(Invariant($"threshold[{j + 1}]"), Invariant($"y_{j + 1} = {context.Space.ValueText(j)} is {words} y_crit (lambda vs lambda_crit(y))"), reals, statement, context.Space.GroupOf(j).Exact is null ? null : ClaimContext.AtValues(reals, statement));
    }

    internal static Claim GlobalThresholdClaim(ClaimContext context, int j)
    {
        if (context.Enclosed is { } enclosed)
        {
            return EnclosedThreshold(enclosed, context, j, Invariant($"global-threshold[{j + 1}]"), "y_glob (lambda vs lambda_glob(y))", ScalarTheory.GlobalLambda(context.Instance.Depth), context.Space.GroupOf(j).RelationToGlobal);
        }

        var (statement, words, reals) = Relation(context, j, ScalarTheory.GlobalLambda(context.Instance.Depth), context.Instance.Landscape.GlobalLambda, context.Space.GroupOf(j).RelationToGlobal);
        return ClaimContext.Make(Invariant($"global-threshold[{j + 1}]"), Invariant($"y_{j + 1} = {context.Space.ValueText(j)} is {words} y_glob (lambda vs lambda_glob(y))"), reals, statement, context.Space.GroupOf(j).Exact is null ? null : ClaimContext.AtValues(reals, statement));
    }

    /// <summary>λ against a threshold form κ·y^{2L−2} for every y in y_j's interval (<see cref="EnclosedValues"/>): κ·y^{2L−2} − λ of the relation's sign.</summary>
    private static Claim EnclosedThreshold(EnclosedValues enclosed, ClaimContext context, int j, string name, string threshold, MultivariatePolynomial form, ThresholdRelation relation)
    {
        var (condition, words) = relation switch
        {
            ThresholdRelation.Above => (SignCondition.Positive, "above"),
            ThresholdRelation.Equal => (SignCondition.Zero, "equal to"),
            _ => (SignCondition.Negative, "below"),
        };
        var quantity = form.Subtract(ScalarTheory.Constant(enclosed.LambdaProduct));
        return EnclosedClaims.AtValues(enclosed, name, Invariant($"y_{j + 1} = {context.Space.ValueText(j)} is {words} {threshold}, for every y in its interval"), new[] { (quantity, condition, (int?)null, (int?)j) }, k => context.YName(k));
    }

    /// <summary>
    /// λ against a threshold form κ·y^{2L−2} at y_j (<see cref="ScalarTheory.CriticalLambda"/>, <see cref="ScalarTheory.GlobalLambda"/>):
    /// a rational numeral when y_j is rational, else the form printed at y_j's pinned constant.
    /// </summary>
    private static (SmtTerm Statement, string Words, PinnedReals Reals) Relation(ClaimContext context, int j, MultivariatePolynomial form, Func<BigRational, BigRational> atRational, ThresholdRelation relation)
    {
        var lambda = context.Instance.Landscape.LambdaProduct;
        var reals = new PinnedReals(lambda);
        var threshold = context.Space.GroupOf(j).Exact is null
            ? Terms.Number(atRational(context.Space.SingularValues[j]))
            : ScalarForms.Print(form, ClaimContext.Zero, context.YTerm(j, reals), ClaimContext.Zero, Terms.Number(lambda));
        var l = Terms.Number(lambda);
        return relation switch
        {
            ThresholdRelation.Above => (Terms.Less(l, threshold), "above", reals),
            ThresholdRelation.Equal => (Terms.Equal(l, threshold), "equal to", reals),
            _ => (Terms.Greater(l, threshold), "below", reals),
        };
    }
}
