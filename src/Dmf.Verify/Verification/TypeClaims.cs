using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using static System.FormattableString;

namespace Dmf.Verify.Verification;

/// <summary>
/// The claims that make up a type's classification (issue 6): for every active index its σ is a root of f(·; y) and the
/// only one in its isolating interval, its label by the sign of f'(σ), y's threshold relation; then the rule that
/// fired — a negative-curvature witness for strict saddles (balanced scaling for N2, the swap rotation for N1, the
/// free-slot block for N3; each d²F[Δ, Δ] expanded by Dmf.Symbolic from the derived Hessian form, <see cref="CurvatureWitness"/>), zero second and positive third order along the balanced curve for non-strict saddles, and
/// for minimizers the ordering, the per-slot conditions and the loss comparison with every other local minimizer.
/// </summary>
internal static class TypeClaims
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
            claims.Add(Make(Invariant($"root[{j + 1}]"), Invariant($"sigma for index {j + 1} is a root of f(.; {y.ToExactString()})"), reals, Terms.Equal(ScalarForms.F(depth, sigma, Terms.Number(y), s, Terms.Number(lambda)), Zero), null));

            if (!root.Value.TryGetRational(out _))
            {
                var uniqueness = new PinnedReals(lambda);
                var pinned = uniqueness.Algebraic(SigmaName(space, j, root.Label), root.Value);
                var x = uniqueness.Free("x");
                var interval = root.Value.Interval;
                var other = Terms.And(
                    Terms.Less(Terms.Number(interval.Lower), x),
                    Terms.Less(x, Terms.Number(interval.Upper)),
                    Terms.Equal(ScalarForms.F(depth, x, Terms.Number(y), uniqueness.SquareRootOfLambda, Terms.Number(lambda)), Zero));
                claims.Add(Make(Invariant($"unique[{j + 1}]"), $"f(.; {y.ToExactString()}) has no other root in ({interval.Lower.ToExactString()}, {interval.Upper.ToExactString()})", uniqueness, Terms.Implies(other, Terms.Equal(x, pinned)), null));
            }

            var derivative = ScalarForms.FDerivative(depth, sigma, Terms.Number(y), s, Terms.Number(lambda));
            var (statement, words) = root.Label switch
            {
                RootLabel.SmallRoot => (Terms.Less(derivative, Zero), "f' < 0: it is the small root x-"),
                RootLabel.DoubleRoot => (Terms.Equal(derivative, Zero), "f' = 0: it is the double root x*"),
                _ => (Terms.Greater(derivative, Zero), "f' > 0: it is the large root x+"),
            };
            var label = root.Label;
            var value = root.Value;
            claims.Add(Make(Invariant($"label[{j + 1}]"), Invariant($"at sigma for index {j + 1}, {words}"), reals, statement, () => ExactLabelHolds(depth, lambda, value, label)));
            claims.Add(ThresholdClaim(instance, space, j));
            if (classification.IsMinimizer)
            {
                claims.Add(GlobalThresholdClaim(instance, space, j));
            }
        }

        foreach (var y in active.Select(j => ys[j]).Distinct())
        {
            claims.Add(CompletenessClaim(instance, y));
        }

        claims.AddRange(RuleClaims(instance, space, type, classification, roots));
        return claims;
    }

    /// <summary>
    /// complete[y]: every positive root of f(·; y) is one of the listed roots (lies in its isolating interval, or equals
    /// it when rational), so the type's σ for this y were chosen among all of them. <paramref name="listedRoots"/> replaces
    /// the exact core's list (mutation tests).
    /// </summary>
    internal static Claim CompletenessClaim(DmfInstance instance, BigRational y, IReadOnlyList<ScalarRoot>? listedRoots = null)
    {
        int depth = instance.Depth;
        var lambda = instance.Landscape.LambdaProduct;
        var listed = listedRoots ?? instance.Landscape.Roots(y).PositiveRoots;
        var reals = new PinnedReals(lambda);
        var x = reals.Free("x");
        var isRoot = Terms.And(Terms.Greater(x, Zero), Terms.Equal(ScalarForms.F(depth, x, Terms.Number(y), reals.SquareRootOfLambda, Terms.Number(lambda)), Zero));
        var places = listed.Select(root => root.Value.TryGetRational(out var q)
            ? Terms.Equal(x, Terms.Number(q))
            : Terms.And(Terms.Less(Terms.Number(root.Value.Interval.Lower), x), Terms.Less(x, Terms.Number(root.Value.Interval.Upper)))).ToArray();
        var statement = Terms.Implies(isRoot, Terms.Or(places));
        return Make(
            $"complete[y={y.ToExactString()}]",
            Invariant($"f(.; {y.ToExactString()}) has no positive root besides the {listed.Count} listed ({string.Join(", ", listed.Select(r => r.Label.ToSymbol()))})"),
            reals,
            statement,
            null);
    }

    private static SmtTerm Zero => Terms.Number(BigRational.Zero);

    private static Claim Make(string name, string description, PinnedReals reals, SmtTerm statement, Func<bool>? exact) =>
        new(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact) { Pins = reals.Pins.ToList() };

    private static string SigmaName(CriticalPointTypes space, int index, RootLabel label)
    {
        int group = space.Groups.ToList().IndexOf(space.GroupOf(index));
        string suffix = label switch { RootLabel.SmallRoot => "small", RootLabel.DoubleRoot => "double", _ => "large" };
        return Invariant($"sigma_g{group + 1}_{suffix}");
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
        return Make(Invariant($"threshold[{j + 1}]"), Invariant($"y_{j + 1} = {y.ToExactString()} is {words} y_crit (lambda vs lambda_crit(y))"), reals, statement, null);
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
        return Make(Invariant($"global-threshold[{j + 1}]"), Invariant($"y_{j + 1} = {y.ToExactString()} is {words} y_glob (lambda vs lambda_glob(y))"), new PinnedReals(instance.Landscape.LambdaProduct), statement, null);
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
                    // d²F[W, W] on the slot (the balanced scaling), expanded by Dmf.Symbolic from the derived Hessian form.
                    int j = classification.Indices[0];
                    var sigma = reals.Algebraic(SigmaName(space, j, RootLabel.SmallRoot), roots[j]!.Value);
                    var curvature = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedScaling(instance.Lambdas, ys[j]), instance.Lambdas, sigma, s);
                    yield return Make("witness", Invariant($"N2: d2F[W,W] < 0 on index {j + 1}'s slot (its balanced scaling; times sqrt(lambda) > 0)"), reals, Terms.Less(curvature, Zero), null);
                    break;
                }

            case ClassificationRule.OrderingViolated:
                {
                    // d²F[Δ, Δ] for the tangent of rotating (u_j, u_k) and (v_j, v_k) together, from the derived Hessian form.
                    int j = classification.Indices[0], k = classification.Indices[1];
                    var sigma = reals.Algebraic(SigmaName(space, j, roots[j]!.Label), roots[j]!.Value);
                    var curvature = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.Swap(instance.Lambdas, ys[j], ys[k]), instance.Lambdas, sigma, s);
                    yield return Make("witness", Invariant($"N1: the swap of index {j + 1} (active) and {k + 1} (unused) has d2F < 0 (times sqrt(lambda) > 0)"), reals, Terms.Less(curvature, Zero), null);
                    break;
                }

            case ClassificationRule.FreeSlot:
                {
                    // d²F[Δ, Δ] on the free slot with Δ_1 = [√λ_2], Δ_2 = [√λ_1], from the derived Hessian form.
                    int k = classification.Indices[0];
                    var s1 = reals.SquareRoot("s_1", instance.Lambdas[0]);
                    var s2 = reals.SquareRoot("s_2", instance.Lambdas[1]);
                    var curvature = PinnedReals.PolynomialAt(CurvatureWitness.FreeSlot(instance.Lambdas, ys[k]), new SmtTerm[] { s2, s1 });
                    yield return Make("witness", Invariant($"N3: the free-slot block of index {k + 1} has d2F < 0 at (sqrt(lambda_2), sqrt(lambda_1))"), reals, Terms.Less(curvature, Zero), null);
                    break;
                }

            case ClassificationRule.DoubleRoot:
                {
                    int j = classification.Indices[0];
                    var sigma = reals.Algebraic(SigmaName(space, j, RootLabel.DoubleRoot), roots[j]!.Value);
                    var second = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedScaling(instance.Lambdas, ys[j]), instance.Lambdas, sigma, s);
                    var third = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedThirdOrder(instance.Lambdas, ys[j]), instance.Lambdas, sigma, s);
                    yield return Make("flat", Invariant($"d2F[W,W] = 0 on index {j + 1}'s slot (the balanced scaling)"), reals, Terms.Equal(second, Zero), null);
                    yield return Make("descent", Invariant($"the third derivative of F(W(1+t)) is > 0: F falls at third order for s < x* (index {j + 1})"), reals, Terms.Greater(third, Zero), null);
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
    /// s·(F_a − F_b): by docs/theory.md §2 with f(σ) = 0, F = Σ_j y_j² − Σ_active [y·σ^L/s − (L−1)σ²], so the Σ y_j² parts
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
