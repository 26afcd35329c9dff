using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The claims that make up a type's classification (issue 6): for every active index its σ is a root of f(·; y) and the
/// only one in its isolating interval, its label by the sign of f'(σ), y's threshold relation; then the rule that
/// fired — a negative-curvature witness for strict saddles (balanced scaling for N2, the swap rotation for N1, the
/// free-slot block for N3), zero second and positive third order along the balanced curve for non-strict saddles, and
/// for minimizers the ordering, the per-slot conditions and the loss comparison with every other local minimizer.
/// </summary>
public static class TypeClaims
{
    /// <summary>The claims for <paramref name="type"/> of <paramref name="instance"/>.</summary>
    public static IReadOnlyList<Claim> For(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(classification);
        int depth = instance.Depth;
        var lambda = instance.Landscape.LambdaProduct;
        var ys = space.SingularValues;
        var roots = type.RootPerIndex();
        var claims = new List<Claim>();
        var active = Enumerable.Range(0, roots.Count).Where(j => roots[j] is not null).ToList();

        foreach (int j in active)
        {
            var root = roots[j]!;
            var y = ys[j];
            var reals = new PinnedReals(lambda);
            var sigma = reals.Algebraic(SigmaName(space, j, root.Label), root.Value);
            var s = reals.SquareRootOfLambda;
            claims.Add(Make($"root[{j + 1}]", $"sigma for index {j + 1} is a root of f(.; {y.ToExactString()})", reals, Terms.Equal(ScalarForms.F(depth, sigma, y, s, lambda), Zero), null));

            if (!root.Value.TryGetRational(out _))
            {
                var uniqueness = new PinnedReals(lambda);
                var pinned = uniqueness.Algebraic(SigmaName(space, j, root.Label), root.Value);
                var x = uniqueness.Free("x");
                var interval = root.Value.Interval;
                var other = Terms.And(
                    Terms.Less(Terms.Number(interval.Lower), x),
                    Terms.Less(x, Terms.Number(interval.Upper)),
                    Terms.Equal(ScalarForms.F(depth, x, y, uniqueness.SquareRootOfLambda, lambda), Zero));
                claims.Add(Make($"unique[{j + 1}]", $"f(.; {y.ToExactString()}) has no other root in ({interval.Lower.ToExactString()}, {interval.Upper.ToExactString()})", uniqueness, Terms.Implies(other, Terms.Equal(x, pinned)), null));
            }

            var derivative = ScalarForms.FDerivative(depth, sigma, y, s, lambda);
            var (statement, words) = root.Label switch
            {
                RootLabel.SmallRoot => (Terms.Less(derivative, Zero), "f' < 0: it is the small root x-"),
                RootLabel.DoubleRoot => (Terms.Equal(derivative, Zero), "f' = 0: it is the double root x*"),
                _ => (Terms.Greater(derivative, Zero), "f' > 0: it is the large root x+"),
            };
            var label = root.Label;
            var value = root.Value;
            claims.Add(Make($"label[{j + 1}]", $"at sigma for index {j + 1}, {words}", reals, statement, () => ExactLabelHolds(depth, lambda, value, label)));
            claims.Add(ThresholdClaim(instance, space, j));
            if (classification.IsMinimizer)
            {
                claims.Add(GlobalThresholdClaim(instance, space, j));
            }
        }

        claims.AddRange(RuleClaims(instance, space, type, classification, roots));
        return claims;
    }

    private static SmtTerm Zero => Terms.Number(BigRational.Zero);

    private static Claim Make(string name, string description, PinnedReals reals, SmtTerm statement, Func<bool>? exact) =>
        new(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact);

    private static string SigmaName(CriticalPointTypes space, int index, RootLabel label)
    {
        int group = space.Groups.ToList().IndexOf(space.GroupOf(index));
        string suffix = label switch { RootLabel.SmallRoot => "small", RootLabel.DoubleRoot => "double", _ => "large" };
        return $"sigma_g{group + 1}_{suffix}";
    }

    /// <summary>Exact corroboration of a label: σ vs x_* through the sign of σ^{2L−2} − (L−2)λ/L (L = 2: f' &gt; 0 at its root).</summary>
    private static bool ExactLabelHolds(int depth, BigRational lambda, AlgebraicNumber sigma, RootLabel label)
    {
        if (depth == 2)
        {
            return label == RootLabel.SoftThresholdRoot;
        }

        var q = Polynomial.Monomial(BigRational.One, (2 * depth) - 2) - Polynomial.Constant(new BigRational(depth - 2, depth) * lambda);
        int sign = sigma.SignOf(q);
        return label switch { RootLabel.LargeRoot => sign > 0, RootLabel.SmallRoot => sign < 0, _ => sign == 0 };
    }

    private static Claim ThresholdClaim(DmfInstance instance, CriticalPointTypes space, int j)
    {
        var y = space.SingularValues[j];
        var group = space.GroupOf(j);
        var lambda = instance.Landscape.LambdaProduct;
        var critical = Terms.Number(instance.Landscape.CriticalLambda(y));
        var reals = new PinnedReals(lambda);
        var l = Terms.Number(lambda);
        var (statement, words) = group.RelationToCritical switch
        {
            ThresholdRelation.Above => (Terms.Less(l, critical), "above"),
            ThresholdRelation.Equal => (Terms.Equal(l, critical), "equal to"),
            _ => (Terms.Greater(l, critical), "below"),
        };
        return Make($"threshold[{j + 1}]", $"y_{j + 1} = {y.ToExactString()} is {words} y_crit (lambda vs lambda_crit(y))", reals, statement, null);
    }

    private static Claim GlobalThresholdClaim(DmfInstance instance, CriticalPointTypes space, int j)
    {
        var y = space.SingularValues[j];
        var global = Terms.Number(instance.Landscape.GlobalLambda(y));
        var l = Terms.Number(instance.Landscape.LambdaProduct);
        var (statement, words) = space.GroupOf(j).RelationToGlobal switch
        {
            ThresholdRelation.Above => (Terms.Less(l, global), "above"),
            ThresholdRelation.Equal => (Terms.Equal(l, global), "equal to"),
            _ => (Terms.Greater(l, global), "below"),
        };
        return Make($"global-threshold[{j + 1}]", $"y_{j + 1} = {y.ToExactString()} is {words} y_glob (lambda vs lambda_glob(y))", new PinnedReals(instance.Landscape.LambdaProduct), statement, null);
    }

    private static IEnumerable<Claim> RuleClaims(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, Classification classification, IReadOnlyList<ScalarRoot?> roots)
    {
        int depth = instance.Depth;
        var lambda = instance.Landscape.LambdaProduct;
        var ys = space.SingularValues;
        var reals = new PinnedReals(lambda);
        var s = reals.SquareRootOfLambda;
        switch (classification.Rule)
        {
            case ClassificationRule.SmallRoot:
                {
                    int j = classification.Indices[0];
                    var sigma = reals.Algebraic(SigmaName(space, j, RootLabel.SmallRoot), roots[j]!.Value);
                    yield return Make("witness", $"N2: F curves down along the balanced scaling of index {j + 1}'s slot", reals, Terms.Less(ScalarForms.BalancedSecond(depth, sigma, ys[j], s, lambda), Zero), null);
                    break;
                }

            case ClassificationRule.OrderingViolated:
                {
                    int j = classification.Indices[0], k = classification.Indices[1];
                    var sigma = reals.Algebraic(SigmaName(space, j, roots[j]!.Label), roots[j]!.Value);

                    // Rotating (u_j, u_k) and (v_j, v_k) by θ changes F by −2p_j(y_k − y_j)sin²θ, p_j = σ_j^L/s: curvature −4p_j(y_k − y_j).
                    var curvature = Terms.Multiply(Terms.Number(-4 * (ys[k] - ys[j])), Terms.Power(sigma, depth));
                    yield return Make("witness", $"N1: the swap of index {j + 1} (active) and {k + 1} (unused) has negative curvature", reals, Terms.Less(curvature, Zero), null);
                    break;
                }

            case ClassificationRule.FreeSlot:
                {
                    int k = classification.Indices[0];
                    var s1 = reals.SquareRoot("s_1", instance.Lambdas[0]);
                    var s2 = reals.SquareRoot("s_2", instance.Lambdas[1]);

                    // The block 2λ_1a² + 2λ_2b² − 4y·ab at (a, b) = (s_2, s_1): 4√λ(√λ − y) < 0 iff y > √λ.
                    var block = Terms.Add(
                        Terms.Multiply(Terms.Number(2 * instance.Lambdas[0]), s2, s2),
                        Terms.Multiply(Terms.Number(2 * instance.Lambdas[1]), s1, s1),
                        Terms.Multiply(Terms.Number(-4 * ys[k]), s1, s2));
                    yield return Make("witness", $"N3: the free-slot block of index {k + 1} is indefinite", reals, Terms.Less(block, Zero), null);
                    break;
                }

            case ClassificationRule.DoubleRoot:
                {
                    int j = classification.Indices[0];
                    var sigma = reals.Algebraic(SigmaName(space, j, RootLabel.DoubleRoot), roots[j]!.Value);
                    yield return Make("flat", $"F has zero curvature along the balanced scaling of index {j + 1}'s slot", reals, Terms.Equal(ScalarForms.BalancedSecond(depth, sigma, ys[j], s, lambda), Zero), null);
                    yield return Make("descent", $"F decreases at third order along s < x* for index {j + 1}", reals, Terms.Greater(ScalarForms.BalancedThird(depth, sigma, ys[j], s), Zero), null);
                    break;
                }

            case ClassificationRule.LocalMinimum:
                foreach (var claim in MinimizerClaims(instance, space, type, classification, roots))
                {
                    yield return claim;
                }

                break;
        }
    }

    private static IEnumerable<Claim> MinimizerClaims(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, Classification classification, IReadOnlyList<ScalarRoot?> roots)
    {
        var lambda = instance.Landscape.LambdaProduct;
        var ys = space.SingularValues;
        var active = Enumerable.Range(0, roots.Count).Where(j => roots[j] is not null).ToList();
        var unused = Enumerable.Range(0, roots.Count).Where(j => roots[j] is null).ToList();
        var plain = new PinnedReals(lambda);
        var ordering = Terms.And(active.SelectMany(j => unused.Select(k => Terms.GreaterOrEqual(Terms.Number(ys[j]), Terms.Number(ys[k])))).ToArray());
        yield return Make("ordering", "(O): every active y is at least every unused y", plain, ordering, null);

        if (instance.Depth == 2 && active.Count < space.MaxActive && unused.Count > 0)
        {
            var largest = unused.Select(k => ys[k]).Max();
            yield return Make("free-slot", "no unused y exceeds sqrt(lambda) while a slot is free (y^2 <= lambda)", plain, Terms.LessOrEqual(Terms.Number(largest * largest), Terms.Number(lambda)), null);
        }

        // The loss against the other local minimizers, one query each, as s·(F_this − F_other) with the terms the two
        // types share cancelled (the σ of an index with the same root in both never enters the query).
        var others = space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(space, t).IsMinimizer && t.ToString() != type.ToString()).ToList();
        if (classification.Class == PointClass.GlobalMinimizer)
        {
            foreach (var other in others)
            {
                var reals = new PinnedReals(lambda);
                yield return Make($"global vs {other}", $"F is at most the loss of the local minimizer {other}", reals, Terms.LessOrEqual(ScaledLossDifference(instance, space, type, other, reals), Zero), null);
            }
        }
        else
        {
            var global = others.First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
            var reals = new PinnedReals(lambda);
            yield return Make("spurious", $"the global minimizer {global} has strictly lower loss", reals, Terms.Less(ScaledLossDifference(instance, space, global, type, reals), Zero), null);
        }
    }

    /// <summary>
    /// s·(F_a − F_b): by theory.md §2 with f(σ) = 0, F = Σ_j y_j² − Σ_active [y·σ^L/s − (L−1)σ²], so the Σ y_j² parts
    /// cancel and so does every index with the same root in both types.
    /// </summary>
    private static SmtTerm ScaledLossDifference(DmfInstance instance, CriticalPointTypes space, CriticalPointType a, CriticalPointType b, PinnedReals reals)
    {
        var rootsA = a.RootPerIndex();
        var rootsB = b.RootPerIndex();
        var terms = new List<SmtTerm>();
        for (int j = 0; j < rootsA.Count; j++)
        {
            if (rootsA[j]?.Label == rootsB[j]?.Label)
            {
                continue;
            }

            if (rootsA[j] is { } ra)
            {
                terms.Add(SlotGain(instance, space, j, ra, reals, 1));
            }

            if (rootsB[j] is { } rb)
            {
                terms.Add(SlotGain(instance, space, j, rb, reals, -1));
            }
        }

        return Terms.Add(terms.ToArray());
    }

    /// <summary>sign·(−y·σ^L + (L−1)·s·σ²): an active index's contribution to s·F beyond s·y².</summary>
    private static SmtTerm SlotGain(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, PinnedReals reals, int sign)
    {
        var sigma = reals.Algebraic(SigmaName(space, j, root.Label), root.Value);
        int depth = instance.Depth;
        return Terms.Add(
            Terms.Multiply(Terms.Number(-sign * space.SingularValues[j]), Terms.Power(sigma, depth)),
            Terms.Multiply(Terms.Number(sign * (depth - 1)), reals.SquareRootOfLambda, Terms.Power(sigma, 2)));
    }
}
