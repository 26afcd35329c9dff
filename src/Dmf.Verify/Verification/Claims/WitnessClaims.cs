using Dmf.Symbolic.Landscape;
using Dmf.Verify.Hessian;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The rule that fired (docs/theory.md §3): a negative-curvature witness for strict saddles (balanced scaling for N2,
/// the swap rotation for N1, the free-slot block for N3; each d²F[Δ, Δ] expanded by Dmf.Symbolic from the derived Hessian
/// form, <see cref="CurvatureWitness"/>), flatness and third-order descent for non-strict saddles; for minimizers
/// <see cref="MinimizerClaims"/>.
/// </summary>
internal static class WitnessClaims
{
    internal static IEnumerable<Claim> RuleClaims(ClaimContext context, CriticalPointType type, Classification classification, IReadOnlyList<ScalarRoot?> roots)
    {
        int depth = context.Instance.Depth;
        var lambda = context.Instance.Landscape.LambdaProduct;
        var ys = context.Space.SingularValues;
        var reals = new PinnedReals(lambda);
        var s = reals.SquareRootOfLambda;
        switch (classification.Rule)
        {
            case ClassificationRule.SmallRoot:
                {
                    // d²F[W, W] on the slot (the balanced scaling), expanded by Dmf.Symbolic from the derived Hessian form.
                    int j = classification.Indices[0];
                    var curvature = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedScaling(context.Instance.Lambdas), context.Instance.Lambdas, depth);
                    yield return context.AtRoot(j, roots[j]!, "witness", Invariant($"N2: d2F[W,W] < 0 on index {j + 1}'s slot (its balanced scaling; times sqrt(lambda) > 0)"), curvature, SignCondition.Negative);
                    break;
                }

            case ClassificationRule.OrderingViolated:
                {
                    // d²F[Δ, Δ] for the tangent of rotating (u_j, u_k) and (v_j, v_k) together, from the derived Hessian form.
                    int j = classification.Indices[0], k = classification.Indices[1];
                    // Unknowns w_1..w_L, y_j, y_k; y_j is the root's own value, y_k a numeral or (irrational) a pinned constant.
                    var swap = CurvatureWitness.Swap(context.Instance.Lambdas);
                    string words = Invariant($"N1: the swap of index {j + 1} (active) and {k + 1} (unused) has d2F < 0 (times sqrt(lambda) > 0)");
                    if (context.IsRational(k))
                    {
                        yield return context.AtRoot(j, roots[j]!, "witness", words, BalancedSubstitution.ScaledBySqrtLambda(swap.Substitute(depth + 1, ys[k]), context.Instance.Lambdas, depth), SignCondition.Negative);
                    }
                    else
                    {
                        if (swap.DegreeIn(depth + 1) > 1)
                        {
                            throw new InvalidOperationException("d2F along the swap must be affine in the unused value y_k.");
                        }

                        var c0 = BalancedSubstitution.ScaledBySqrtLambda(swap.CoefficientOf(depth + 1, 0), context.Instance.Lambdas, depth);
                        var c1 = BalancedSubstitution.ScaledBySqrtLambda(swap.CoefficientOf(depth + 1, 1), context.Instance.Lambdas, depth);
                        yield return context.AtRootWithValue(j, roots[j]!, "witness", words, c0, c1, k, SignCondition.Negative);
                    }
                    break;
                }

            case ClassificationRule.FreeSlot:
                {
                    // d²F[Δ, Δ] on the free slot with Δ_1 = [√λ_2], Δ_2 = [√λ_1], from the derived Hessian form.
                    int k = classification.Indices[0];
                    if (context.Enclosed is { } enclosed)
                    {
                        var boxed = new PinnedReals(lambda);
                        var terms = new SmtTerm[] { boxed.SquareRoot("s_2", context.Instance.Lambdas[1]), boxed.SquareRoot("s_1", context.Instance.Lambdas[0]), boxed.Within(context.YName(k), enclosed.Box(k).Lower, enclosed.Box(k).Upper) };
                        var box = new[] { EnclosedValues.SquareRootBox(context.Instance.Lambdas[1]), EnclosedValues.SquareRootBox(context.Instance.Lambdas[0]), enclosed.Box(k) };
                        yield return EnclosedClaims.OnBox(enclosed, "witness", Invariant($"N3: the free-slot block of index {k + 1} has d2F < 0 at (sqrt(lambda_2), sqrt(lambda_1)), for every y in its interval"), CurvatureWitness.FreeSlot(context.Instance.Lambdas), SignCondition.Negative, terms, box, boxed);
                        break;
                    }

                    var s1 = reals.SquareRoot("s_1", context.Instance.Lambdas[0]);
                    var s2 = reals.SquareRoot("s_2", context.Instance.Lambdas[1]);
                    var curvature = PinnedReals.PolynomialAt(CurvatureWitness.FreeSlot(context.Instance.Lambdas), new SmtTerm[] { s2, s1, context.YTerm(k, reals) });
                    var statement = Terms.Less(curvature, ClaimContext.Zero);
                    yield return ClaimContext.Make("witness", Invariant($"N3: the free-slot block of index {k + 1} has d2F < 0 at (sqrt(lambda_2), sqrt(lambda_1))"), reals, statement, context.Space.GroupOf(k).Exact is null ? null : ClaimContext.AtValues(reals, statement));
                    break;
                }

            case ClassificationRule.DoubleRoot:
                {
                    int j = classification.Indices[0];
                    var second = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedScaling(context.Instance.Lambdas), context.Instance.Lambdas, depth);
                    var third = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedThirdOrder(context.Instance.Lambdas), context.Instance.Lambdas, depth + 1);
                    yield return context.AtRoot(j, roots[j]!, "flat", Invariant($"d2F[W,W] = 0 on index {j + 1}'s slot (the balanced scaling)"), second, SignCondition.Zero);
                    yield return context.AtRoot(j, roots[j]!, "descent", Invariant($"the third derivative of F(W(1+t)) is > 0: F falls at third order for s < x* (index {j + 1})"), third, SignCondition.Positive);
                    break;
                }

            case ClassificationRule.LocalMinimum:
                foreach (var claim in MinimizerClaims.For(context, type, classification, roots))
                {
                    yield return claim;
                }

                break;
        }
    }
}
