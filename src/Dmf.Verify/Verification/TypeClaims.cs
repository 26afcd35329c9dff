using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using static System.FormattableString;

namespace Dmf.Verify.Verification;

/// <summary>
/// The claims that make up a type's classification (docs/verification.md): for every active index its σ is a positive
/// root of f(·; y), the only one in its isolating interval, labelled by the sign of f'(σ), y's threshold relations,
/// and per distinct y that the listed roots are all of them; then the rule that fired — a negative-curvature witness
/// for strict saddles (balanced scaling for N2, the swap rotation for N1, the free-slot block for N3; each d²F[Δ, Δ]
/// expanded by Dmf.Symbolic from the derived Hessian form, <see cref="CurvatureWitness"/>), flatness and third-order
/// descent for non-strict saddles, and for minimizers the ordering, the per-index gains and the loss comparisons; for
/// minimizers and non-strict saddles the PSD Hessian blocks (<see cref="HessianBlocks"/>). Claims about one σ are
/// univariate (<see cref="RootClaims"/>).
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
        // On boxes only the labels of an irrational value's roots are needed: no resultant is built.
        var enclosed = EnclosedValues.Of(space);
        var roots = type.RootPerIndex(exact: enclosed is null);
        var claims = new List<Claim>();
        var active = Enumerable.Range(0, roots.Count).Where(j => roots[j] is not null).ToList();

        foreach (int j in active)
        {
            claims.AddRange(RootIdentity(instance, space, j, roots[j]!));
            claims.Add(ThresholdClaim(instance, space, j));
            if (classification.IsMinimizer)
            {
                claims.Add(GlobalThresholdClaim(instance, space, j));
            }
        }

        foreach (var group in active.Select(space.GroupOf).Distinct())
        {
            if (enclosed is not null)
            {
                int first = group.Indices[0];
                string value = space.ValueText(first);
                claims.AddRange(EnclosedClaims.Complete(enclosed, $"complete[y={value}]", Invariant($"f(.; y) has no positive root besides the {group.Labels.Count} listed ({string.Join(", ", group.Labels.Select(l => l.ToSymbol()))}), for every y in the interval of {value}"), first, group.Labels, YName(space, first)));
            }
            else if (group.Exact is { } irrational)
            {
                claims.AddRange(AlgebraicCompletenessClaims(instance, space, group, irrational));
            }
            else
            {
                claims.AddRange(CompletenessPremises(instance, group.Y));
                claims.Add(CompletenessClaim(instance, group.Y));
            }
        }

        claims.AddRange(RuleClaims(instance, space, type, classification, roots));
        if (classification.IsMinimizer || classification.Rule == ClassificationRule.DoubleRoot)
        {
            claims.AddRange(HessianClaims(instance, space, type));
        }

        return claims;
    }

    /// <summary>
    /// root[j], unique[j] and label[j]: index j's σ is a positive root of f(·; y_j), the only one in its interval, with the
    /// sign of f' its label says. A rational y_j eliminates √λ (<see cref="RootClaims"/>), an irrational one is pinned
    /// and eliminated at the root (<see cref="AlgebraicRootClaims"/>).
    /// </summary>
    private static IEnumerable<Claim> RootIdentity(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root)
    {
        int depth = instance.Depth;
        string value = space.ValueText(j);
        string name = SigmaName(space, j, root.Label);
        var (condition, words) = root.Label switch
        {
            RootLabel.SmallRoot => (SignCondition.Negative, "f' < 0: it is the small root x-"),
            RootLabel.DoubleRoot => (SignCondition.Zero, "f' = 0: it is the double root x*"),
            _ => (SignCondition.Positive, "f' > 0: it is the large root x+"),
        };
        string rootWords = Invariant($"sigma for index {j + 1} is a positive root of f(.; {value})");
        string labelWords = Invariant($"at sigma for index {j + 1}, {words}");
        if (EnclosedValues.Of(space) is { } enclosed)
        {
            yield return EnclosedClaims.Root(enclosed, Invariant($"root[{j + 1}]"), rootWords + " (the only one in its bracket, for every y in its interval)", j, root.Label, YName(space, j));
            yield return EnclosedClaims.AtRoot(enclosed, Invariant($"label[{j + 1}]"), labelWords, j, root.Label, name, new[] { (ScalarTheory.FDerivative(depth), condition) }, Invariant($"root[{j + 1}]"));
            yield break;
        }

        if (space.GroupOf(j).Exact is { } irrational)
        {
            var elimination = AlgebraicElimination(instance, irrational);
            var sigma = AlgebraicRootClaims.Separated(root.Value, elimination);
            string yName = YName(space, j);
            yield return AlgebraicRootClaims.Root(Invariant($"root[{j + 1}]"), rootWords, elimination, name, sigma, yName);
            if (!sigma.TryGetRational(out _))
            {
                yield return AlgebraicRootClaims.Unique(Invariant($"unique[{j + 1}]"), $"f(.; {value}) has no other root in ({sigma.Interval.Lower.ToExactString()}, {sigma.Interval.Upper.ToExactString()})", elimination, name, sigma);
            }

            yield return AlgebraicRootClaims.Signs(Invariant($"label[{j + 1}]"), labelWords, elimination, name, sigma, yName, new[] { (ScalarTheory.FDerivative(depth), condition) }, Invariant($"root[{j + 1}]"));
            yield break;
        }

        var y = space.SingularValues[j];
        var rational = Elimination(depth, y, instance.Landscape.LambdaProduct);
        var separated = Separated(root, rational);
        yield return RootClaims.Root(Invariant($"root[{j + 1}]"), rootWords, rational, name, separated.Value);
        if (!separated.Value.TryGetRational(out _))
        {
            var interval = separated.Value.Interval;
            yield return RootClaims.Unique(Invariant($"unique[{j + 1}]"), $"f(.; {y.ToExactString()}) has no other root in ({interval.Lower.ToExactString()}, {interval.Upper.ToExactString()})", rational, name, separated.Value);
        }

        yield return RootClaims.Sign(Invariant($"label[{j + 1}]"), labelWords, rational, name, separated.Value, ScalarTheory.FDerivative(depth), condition);
    }

    /// <summary>complete[y] for an irrational y: every positive root of f(·; y) is one of the group's (<see cref="AlgebraicRootClaims.Complete"/>).</summary>
    private static IEnumerable<Claim> AlgebraicCompletenessClaims(DmfInstance instance, CriticalPointTypes space, SingularValueGroup group, AlgebraicNumber y)
    {
        var elimination = AlgebraicElimination(instance, y);
        var listed = group.ExactRoots.PositiveRoots.Select(root => new ScalarRoot(root.Label, AlgebraicRootClaims.Separated(root.Value, elimination))).ToList();
        string value = space.ValueText(group.Indices[0]);
        string name = $"complete[y={value}]";
        foreach (var premise in AlgebraicRootClaims.ListedRoots(name, elimination, YName(space, group.Indices[0]), listed))
        {
            yield return premise;
        }

        yield return AlgebraicRootClaims.Complete(
            name,
            Invariant($"f(.; {value}) has no positive root besides the {listed.Count} listed ({string.Join(", ", listed.Select(r => r.Label.ToSymbol()))})"),
            elimination,
            YName(space, group.Indices[0]),
            listed);
    }

    /// <summary>The elimination of an irrational y at the roots of f(·; y), shared by the claims.</summary>
    private static AlgebraicRootElimination AlgebraicElimination(DmfInstance instance, AlgebraicNumber y)
    {
        var interval = y.Interval;
        string key = Invariant($"{instance.Depth}|{instance.Landscape.LambdaProduct.ToExactString()}|{y.DefiningPolynomial}|{interval.Lower.ToExactString()}|{interval.Upper.ToExactString()}");
        if (AlgebraicEliminationCache.Count > 4096)
        {
            AlgebraicEliminationCache.Clear();
        }

        return AlgebraicEliminationCache.GetOrAdd(key, _ => new AlgebraicRootElimination(instance.Landscape, y));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, AlgebraicRootElimination> AlgebraicEliminationCache = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether y_{j+1} is a numeral in the claims: a rational known exactly in a space whose claims are not stated on
    /// boxes. On boxes every value is a variable — a rational one too, with its point box — so that a condition at a
    /// root loses the owner's y (y = N(σ)/(s·σ^{L−2})) and what vanishes at every root vanishes identically.
    /// </summary>
    private static bool IsRational(CriticalPointTypes space, int j) => !HessianBlocks.IsVariable(space, j);

    /// <summary>The name of the constant for y_{j+1}'s group, when it is irrational.</summary>
    private static string YName(CriticalPointTypes space, int j) => Invariant($"y_g{space.GroupNumberOf(j) + 1}");

    /// <summary>y_{j+1} as a term: its numeral when rational, else its group's constant pinned by its isolating interval only (<see cref="PinnedReals.Bracketed"/>).</summary>
    private static SmtTerm BracketedYTerm(CriticalPointTypes space, int j, PinnedReals reals) =>
        space.GroupOf(j).Exact is { } irrational ? reals.Bracketed(YName(space, j), irrational) : Terms.Number(space.SingularValues[j]);

    /// <summary>y_{j+1} as a term: its numeral when rational, else its group's constant, pinned by polynomial and interval.</summary>
    private static SmtTerm YTerm(CriticalPointTypes space, int j, PinnedReals reals) =>
        space.GroupOf(j).Exact is { } irrational ? reals.Algebraic(YName(space, j), irrational) : Terms.Number(space.SingularValues[j]);

    /// <summary>
    /// Our exact evaluation of a statement whose constants are all pinned to numbers (interval refinement, then exact
    /// signs); it disagrees only when it decides the statement false — an equality among three or more irrational values
    /// that is not an identity stays undecided and is left to the solvers. Null when some constant is not pinned to a number.
    /// </summary>
    private static Func<bool>? AtValues(PinnedReals reals, SmtTerm statement)
    {
        if (!reals.AllValuesKnown)
        {
            return null;
        }

        var values = reals.Values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return () => IntervalTruth.Evaluate(statement, values) != false;
    }

    /// <summary>The listed roots of y as claims, when the completeness claim takes them as premises.</summary>
    internal static IReadOnlyList<Claim> CompletenessPremises(DmfInstance instance, BigRational y)
    {
        var (elimination, listed) = Listed(instance, y, null);
        return RootClaims.ListedRoots($"complete[y={y.ToExactString()}]", elimination, listed);
    }

    /// <summary>
    /// complete[y]: every positive root of f(·; y) is one of the listed roots (lies in its isolating interval, or equals
    /// it when rational), so the type's σ for this y were chosen among all of them. <paramref name="listedRoots"/> replaces
    /// the exact core's list (mutation tests).
    /// </summary>
    internal static Claim CompletenessClaim(DmfInstance instance, BigRational y, IReadOnlyList<ScalarRoot>? listedRoots = null)
    {
        var (elimination, listed) = Listed(instance, y, listedRoots);
        return RootClaims.Complete(
            $"complete[y={y.ToExactString()}]",
            Invariant($"f(.; {y.ToExactString()}) has no positive root besides the {listed.Count} listed ({string.Join(", ", listed.Select(r => r.Label.ToSymbol()))})"),
            elimination,
            listed);
    }

    /// <summary>y's elimination and its listed positive roots (the exact core's, unless given), with the claims' intervals.</summary>
    private static (RootElimination Elimination, List<ScalarRoot> Listed) Listed(DmfInstance instance, BigRational y, IReadOnlyList<ScalarRoot>? listedRoots)
    {
        var elimination = Elimination(instance.Depth, y, instance.Landscape.LambdaProduct);
        return (elimination, (listedRoots ?? instance.Landscape.Roots(y).PositiveRoots).Select(root => Separated(root, elimination)).ToList());
    }

    private static SmtTerm Zero => Terms.Number(BigRational.Zero);

    /// <summary>c(σ_j, y_j, √λ) ⋈ 0 at index j's root, in one variable (<see cref="RootClaims.Sign"/>) or, for an irrational y_j, in σ and s.</summary>
    private static Claim AtRoot(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, string name, string description, MultivariatePolynomial c, SignCondition condition) =>
        AtRoots(instance, space, j, root, name, description, new[] { (c, condition) });

    /// <summary>
    /// c₀ + v·c₁ ⋈ 0 at index j's root for another index's irrational value v (pinned beside σ): both parts with the same
    /// positive factor (D for a rational y_j, (s·σ^{L−2})^k for an irrational one), so the sum keeps its sign.
    /// </summary>
    private static Claim AtRootWithValue(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, string name, string description, MultivariatePolynomial c0, MultivariatePolynomial c1, int other, SignCondition condition)
    {
        var lambda = instance.Landscape.LambdaProduct;
        string sigmaName = SigmaName(space, j, root.Label);
        if (EnclosedValues.Of(space) is { } enclosed)
        {
            int power = Math.Max(0, Math.Max(c0.DegreeIn(ScalarTheory.Y), c1.DegreeIn(ScalarTheory.Y)));
            var y = ScalarTheory.Variable(ScalarTheory.Y);
            var eliminated = enclosed.Substitution.Eliminate(c0, power).Add(y.Multiply(enclosed.Substitution.Eliminate(c1, power)));
            return EnclosedClaims.AtRootWithValue(enclosed, name, description, j, root.Label, sigmaName, new[] { (eliminated, condition) }, other, YName(space, other), Invariant($"root[{j + 1}]"),
                "both parts of c0 + v*c1 are multiplied by the same positive factor (s*x^(L-2))^k with y_j = N(x)/(s*x^(L-2)) (true at the root), y standing for the other value v");
        }

        var (quantity, exactSigma) = BoxQuantity(instance, space, j, root, c0, c1);
        if (space.GroupOf(other).Exact is { } otherValue
            && BoxClaims.Try(name, description, new[] { (quantity, condition) }, sigmaName, exactSigma, YName(space, other), otherValue, instance.Landscape, Invariant($"root[{j + 1}]")) is { } box)
        {
            return box;
        }

        // Pinned: the same quantity (y_j eliminated, y standing for the other value) at σ, with σ's root conjuncts.
        var reals = new PinnedReals(lambda);
        var value = YTerm(space, other, reals);
        var (sigma, rootConditions, reduction) = RootConjuncts(instance, space, j, root, reals);
        var s = space.GroupOf(j).Exact is null ? Zero : reals.SquareRootOfLambda;
        var statement = Terms.And(rootConditions.Append(condition.Of(ScalarForms.Print(quantity, sigma, value, s, Terms.Number(lambda)))).ToArray());
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, AtValues(reals, statement))
        {
            Pins = reals.Pins.ToList(),
            Reduction = reduction + "; both parts of c0 + v*c1 are multiplied by the same positive factor when y_j is eliminated at the root",
        };
    }

    /// <summary>The root with the interval every claim about it uses (<see cref="RootClaims.Separated"/>).</summary>
    private static ScalarRoot Separated(ScalarRoot root, RootElimination elimination) =>
        new(root.Label, RootClaims.Separated(root.Value, elimination));

    /// <summary>The elimination for (L, y, λ), shared by the claims (its Sturm sequence of R' is computed once).</summary>
    private static RootElimination Elimination(int depth, BigRational y, BigRational lambda)
    {
        string key = Invariant($"{depth}|{y.ToExactString()}|{lambda.ToExactString()}");
        if (EliminationCache.Count > 4096)
        {
            EliminationCache.Clear();
        }

        return EliminationCache.GetOrAdd(key, _ => new RootElimination(depth, y, lambda));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RootElimination> EliminationCache = new(StringComparer.Ordinal);

    private static Claim Make(string name, string description, PinnedReals reals, SmtTerm statement, Func<bool>? exact) =>
        new(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact) { Pins = reals.Pins.ToList() };

    private static string SigmaName(CriticalPointTypes space, int index, RootLabel label)
    {
        int group = space.GroupNumberOf(index);
        string suffix = label switch { RootLabel.SmallRoot => "small", RootLabel.DoubleRoot => "double", _ => "large" };
        return Invariant($"sigma_g{group + 1}_{suffix}");
    }

    private static Claim ThresholdClaim(DmfInstance instance, CriticalPointTypes space, int j)
    {
        if (EnclosedValues.Of(space) is { } enclosed)
        {
            return EnclosedThreshold(enclosed, space, j, Invariant($"threshold[{j + 1}]"), "y_crit (lambda vs lambda_crit(y))", ScalarTheory.CriticalLambda(instance.Depth), space.GroupOf(j).RelationToCritical);
        }

        var (statement, words, reals) = Relation(instance, space, j, ScalarTheory.CriticalLambda(instance.Depth), instance.Landscape.CriticalLambda, space.GroupOf(j).RelationToCritical);
        return Make(Invariant($"threshold[{j + 1}]"), Invariant($"y_{j + 1} = {space.ValueText(j)} is {words} y_crit (lambda vs lambda_crit(y))"), reals, statement, space.GroupOf(j).Exact is null ? null : AtValues(reals, statement));
    }

    private static Claim GlobalThresholdClaim(DmfInstance instance, CriticalPointTypes space, int j)
    {
        if (EnclosedValues.Of(space) is { } enclosed)
        {
            return EnclosedThreshold(enclosed, space, j, Invariant($"global-threshold[{j + 1}]"), "y_glob (lambda vs lambda_glob(y))", ScalarTheory.GlobalLambda(instance.Depth), space.GroupOf(j).RelationToGlobal);
        }

        var (statement, words, reals) = Relation(instance, space, j, ScalarTheory.GlobalLambda(instance.Depth), instance.Landscape.GlobalLambda, space.GroupOf(j).RelationToGlobal);
        return Make(Invariant($"global-threshold[{j + 1}]"), Invariant($"y_{j + 1} = {space.ValueText(j)} is {words} y_glob (lambda vs lambda_glob(y))"), reals, statement, space.GroupOf(j).Exact is null ? null : AtValues(reals, statement));
    }

    /// <summary>λ against a threshold form κ·y^{2L−2} for every y in y_j's interval (<see cref="EnclosedValues"/>): κ·y^{2L−2} − λ of the relation's sign.</summary>
    private static Claim EnclosedThreshold(EnclosedValues enclosed, CriticalPointTypes space, int j, string name, string threshold, MultivariatePolynomial form, ThresholdRelation relation)
    {
        var (condition, words) = relation switch
        {
            ThresholdRelation.Above => (SignCondition.Positive, "above"),
            ThresholdRelation.Equal => (SignCondition.Zero, "equal to"),
            _ => (SignCondition.Negative, "below"),
        };
        var quantity = form.Subtract(ScalarTheory.Constant(enclosed.LambdaProduct));
        return EnclosedClaims.AtValues(enclosed, name, Invariant($"y_{j + 1} = {space.ValueText(j)} is {words} {threshold}, for every y in its interval"), new[] { (quantity, condition, (int?)null, (int?)j) }, k => YName(space, k));
    }

    /// <summary>
    /// λ against a threshold form κ·y^{2L−2} at y_j (<see cref="ScalarTheory.CriticalLambda"/>, <see cref="ScalarTheory.GlobalLambda"/>):
    /// a rational numeral when y_j is rational, else the form printed at y_j's pinned constant.
    /// </summary>
    private static (SmtTerm Statement, string Words, PinnedReals Reals) Relation(DmfInstance instance, CriticalPointTypes space, int j, MultivariatePolynomial form, Func<BigRational, BigRational> atRational, ThresholdRelation relation)
    {
        var lambda = instance.Landscape.LambdaProduct;
        var reals = new PinnedReals(lambda);
        var threshold = space.GroupOf(j).Exact is null
            ? Terms.Number(atRational(space.SingularValues[j]))
            : ScalarForms.Print(form, Zero, YTerm(space, j, reals), Zero, Terms.Number(lambda));
        var l = Terms.Number(lambda);
        return relation switch
        {
            ThresholdRelation.Above => (Terms.Less(l, threshold), "above", reals),
            ThresholdRelation.Equal => (Terms.Equal(l, threshold), "equal to", reals),
            _ => (Terms.Greater(l, threshold), "below", reals),
        };
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
                    var curvature = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedScaling(instance.Lambdas), instance.Lambdas, depth);
                    yield return AtRoot(instance, space, j, roots[j]!, "witness", Invariant($"N2: d2F[W,W] < 0 on index {j + 1}'s slot (its balanced scaling; times sqrt(lambda) > 0)"), curvature, SignCondition.Negative);
                    break;
                }

            case ClassificationRule.OrderingViolated:
                {
                    // d²F[Δ, Δ] for the tangent of rotating (u_j, u_k) and (v_j, v_k) together, from the derived Hessian form.
                    int j = classification.Indices[0], k = classification.Indices[1];
                    // Unknowns w_1..w_L, y_j, y_k; y_j is the root's own value, y_k a numeral or (irrational) a pinned constant.
                    var swap = CurvatureWitness.Swap(instance.Lambdas);
                    string words = Invariant($"N1: the swap of index {j + 1} (active) and {k + 1} (unused) has d2F < 0 (times sqrt(lambda) > 0)");
                    if (IsRational(space, k))
                    {
                        yield return AtRoot(instance, space, j, roots[j]!, "witness", words, BalancedSubstitution.ScaledBySqrtLambda(swap.Substitute(depth + 1, ys[k]), instance.Lambdas, depth), SignCondition.Negative);
                    }
                    else
                    {
                        if (swap.DegreeIn(depth + 1) > 1)
                        {
                            throw new InvalidOperationException("d2F along the swap must be affine in the unused value y_k.");
                        }

                        var c0 = BalancedSubstitution.ScaledBySqrtLambda(swap.CoefficientOf(depth + 1, 0), instance.Lambdas, depth);
                        var c1 = BalancedSubstitution.ScaledBySqrtLambda(swap.CoefficientOf(depth + 1, 1), instance.Lambdas, depth);
                        yield return AtRootWithValue(instance, space, j, roots[j]!, "witness", words, c0, c1, k, SignCondition.Negative);
                    }
                    break;
                }

            case ClassificationRule.FreeSlot:
                {
                    // d²F[Δ, Δ] on the free slot with Δ_1 = [√λ_2], Δ_2 = [√λ_1], from the derived Hessian form.
                    int k = classification.Indices[0];
                    if (EnclosedValues.Of(space) is { } enclosed)
                    {
                        var boxed = new PinnedReals(lambda);
                        var terms = new SmtTerm[] { boxed.SquareRoot("s_2", instance.Lambdas[1]), boxed.SquareRoot("s_1", instance.Lambdas[0]), boxed.Within(YName(space, k), enclosed.Box(k).Lower, enclosed.Box(k).Upper) };
                        var box = new[] { EnclosedValues.SquareRootBox(instance.Lambdas[1]), EnclosedValues.SquareRootBox(instance.Lambdas[0]), enclosed.Box(k) };
                        yield return EnclosedClaims.OnBox(enclosed, "witness", Invariant($"N3: the free-slot block of index {k + 1} has d2F < 0 at (sqrt(lambda_2), sqrt(lambda_1)), for every y in its interval"), CurvatureWitness.FreeSlot(instance.Lambdas), SignCondition.Negative, terms, box, boxed);
                        break;
                    }

                    var s1 = reals.SquareRoot("s_1", instance.Lambdas[0]);
                    var s2 = reals.SquareRoot("s_2", instance.Lambdas[1]);
                    var curvature = PinnedReals.PolynomialAt(CurvatureWitness.FreeSlot(instance.Lambdas), new SmtTerm[] { s2, s1, YTerm(space, k, reals) });
                    var statement = Terms.Less(curvature, Zero);
                    yield return Make("witness", Invariant($"N3: the free-slot block of index {k + 1} has d2F < 0 at (sqrt(lambda_2), sqrt(lambda_1))"), reals, statement, space.GroupOf(k).Exact is null ? null : AtValues(reals, statement));
                    break;
                }

            case ClassificationRule.DoubleRoot:
                {
                    int j = classification.Indices[0];
                    var second = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedScaling(instance.Lambdas), instance.Lambdas, depth);
                    var third = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedThirdOrder(instance.Lambdas), instance.Lambdas, depth + 1);
                    yield return AtRoot(instance, space, j, roots[j]!, "flat", Invariant($"d2F[W,W] = 0 on index {j + 1}'s slot (the balanced scaling)"), second, SignCondition.Zero);
                    yield return AtRoot(instance, space, j, roots[j]!, "descent", Invariant($"the third derivative of F(W(1+t)) is > 0: F falls at third order for s < x* (index {j + 1})"), third, SignCondition.Positive);
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
        var enclosed = EnclosedValues.Of(space);
        yield return enclosed is not null ? EnclosedClaims.Ordering(enclosed, active, unused, k => YName(space, k)) : Ordering(space, active, unused);
        if (instance.Depth == 2 && active.Count < space.MaxActive && unused.Count > 0)
        {
            // The approximations keep the exact order, so the largest unused value is at the same index.
            int largest = unused.OrderByDescending(k => ys[k]).First();
            yield return enclosed is not null ? EnclosedFreeSlot(enclosed, space, largest) : FreeSlot(space, largest, lambda);
        }

        // The loss against the other local minimizers. F = Σ_j y_j² + Σ_active Δ_j with Δ_j = g(σ_j) − y_j²
        // (docs/theory.md §2), so F_a − F_b is a signed sum of the Δ_j of the indices where the two types differ. Each Δ_j's
        // sign is a one-variable claim gain[j] (x₊ beats the empty slot iff y_j > y_glob); the comparison then follows by
        // sign arithmetic, itself a (linear) query. Where the signs do not decide it, one query holds all the σ.
        var others = space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(space, t).IsMinimizer && t.ToString() != type.ToString()).ToList();
        var comparisons = new List<(CriticalPointType A, CriticalPointType B, bool Strict, string Name, string Description)>();
        if (classification.Class == PointClass.GlobalMinimizer)
        {
            comparisons.AddRange(others.Select(other => (type, other, false, $"global vs {other}", $"F is at most the loss of the local minimizer {other}")));
        }
        else
        {
            var global = others.First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
            comparisons.Add((global, type, true, "spurious", $"the global minimizer {global} has strictly lower loss"));
        }

        var decomposed = comparisons.Select(c => (Comparison: c, Terms: GainTerms(c.A, c.B))).ToList();
        var gains = decomposed.Where(d => d.Terms is not null).SelectMany(d => d.Terms!).Select(t => t.Index).Distinct().Order().ToList();
        foreach (int j in gains)
        {
            var root = (enclosed is null ? space.GroupOf(j).ExactRoots : space.GroupOf(j).Roots).PositiveRoots.Single(r => r.Label == LargeRootLabel(instance.Depth));
            if (roots[j] is null && enclosed is not null)
            {
                // As below: the other minimizer's x+ is bracketed first, the gain's premise.
                yield return EnclosedClaims.Root(enclosed, Invariant($"root[{j + 1}]"), Invariant($"x+ of y_{j + 1} = {space.ValueText(j)} (the other minimizer's) is a positive root of f(.; y_{j + 1}), the only one in its bracket for every y in its interval"), j, root.Label, YName(space, j));
            }
            else if (roots[j] is null && space.GroupOf(j).Exact is { } irrational)
            {
                // The gain's σ is x+ of an index this type leaves unused: its root claim, the gain's premise, comes first.
                var elimination = AlgebraicElimination(instance, irrational);
                yield return AlgebraicRootClaims.Root(Invariant($"root[{j + 1}]"), Invariant($"x+ of y_{j + 1} = {space.ValueText(j)} (the other minimizer's) is a positive root of f(.; y_{j + 1})"), elimination, SigmaName(space, j, root.Label), AlgebraicRootClaims.Separated(root.Value, elimination), YName(space, j));
            }

            var condition = GainCondition(space, j);
            yield return AtRoot(instance, space, j, root, Invariant($"gain[{j + 1}]"), Invariant($"Delta_{j + 1} = g(x+) - y_{j + 1}^2 {condition.Symbol()} at y_{j + 1} = {space.ValueText(j)}: x+ {(condition == SignCondition.Negative ? "beats" : condition == SignCondition.Zero ? "ties with" : "loses to")} the empty slot (times sqrt(lambda) > 0)"), ScalarTheory.ScaledGainAtRoot(instance.Depth), condition);
        }

        foreach (var ((a, b, strict, name, description), terms) in decomposed)
        {
            if (terms is not null && SignArithmeticDecides(space, terms, strict))
            {
                var reals = new PinnedReals(lambda);
                var sum = Terms.Add(terms.Select(t => Terms.Multiply(Terms.Number(t.Coefficient), reals.Signed(Invariant($"Delta_{t.Index + 1}"), GainCondition(space, t.Index)))).ToArray());
                string words = string.Join(" ", terms.Select(t => Invariant($"{(t.Coefficient > 0 ? "+" : "-")} Delta_{t.Index + 1}")));
                yield return new Claim(name, Invariant($"{description}: F_a - F_b = {words} {(strict ? "< 0" : "<= 0")} by the signs proved in {string.Join(", ", terms.Select(t => Invariant($"gain[{t.Index + 1}]")))}"), reals.Constants.ToList(), reals.Context.ToList(), strict ? Terms.Less(sum, Zero) : Terms.LessOrEqual(sum, Zero), () => SignArithmeticDecides(space, terms, strict))
                {
                    Pins = reals.Pins.ToList(),
                    Premises = terms.Select(t => Invariant($"gain[{t.Index + 1}]")).ToList(),
                    Reduction = "F = sum_j y_j^2 + sum over active j of Delta_j (docs/theory.md section 2), so F_a - F_b is this signed sum of the Delta_j where the types differ; each Delta_j's sign is the premise's claim",
                };
            }
            else if (enclosed is not null)
            {
                yield return EnclosedClaims.Unencoded(name, description, "the signs of the slot gains do not decide the comparison, and a loss comparison holding the sigma of several values known by intervals at once is not encoded");
            }
            else
            {
                var reals = new PinnedReals(lambda);
                var difference = ScaledLossDifference(instance, space, a, b, reals);
                yield return Make(name, description, reals, strict ? Terms.Less(difference, Zero) : Terms.LessOrEqual(difference, Zero), null);
            }
        }
    }

    /// <summary>(O): every active y is at least every unused y.</summary>
    private static Claim Ordering(CriticalPointTypes space, IReadOnlyList<int> active, IReadOnlyList<int> unused)
    {
        var plain = new PinnedReals(space.Landscape.LambdaProduct);
        // Distinct values' isolating intervals are disjoint (CriticalPointTypes refines them so): stated by their intervals
        // alone, the comparisons are linear, where pinning each y by its polynomial costs Z3 seconds per pair.
        var ordering = Terms.And(active.SelectMany(j => unused.Select(k => Terms.GreaterOrEqual(BracketedYTerm(space, j, plain), BracketedYTerm(space, k, plain)))).ToArray());
        return Make("ordering", "(O): every active y is at least every unused y", plain, ordering, space.HasApproximatedValues ? AtValues(plain, ordering) : null);
    }

    /// <summary>L = 2 with a free slot: the largest unused y has y² ≤ λ.</summary>
    private static Claim FreeSlot(CriticalPointTypes space, int largest, BigRational lambda)
    {
        var slot = new PinnedReals(lambda);
        var y = YTerm(space, largest, slot);
        var free = Terms.LessOrEqual(Terms.Multiply(y, y), Terms.Number(lambda));
        return Make("free-slot", "no unused y exceeds sqrt(lambda) while a slot is free (y^2 <= lambda)", slot, free, space.GroupOf(largest).Exact is null ? null : AtValues(slot, free));
    }

    /// <summary><see cref="FreeSlot"/> for every y in the largest unused value's interval.</summary>
    private static Claim EnclosedFreeSlot(EnclosedValues enclosed, CriticalPointTypes space, int largest)
    {
        var squareOverLambda = ScalarTheory.Variable(ScalarTheory.Y).Power(2).Subtract(ScalarTheory.Constant(enclosed.LambdaProduct));
        return EnclosedClaims.AtValues(enclosed, "free-slot", "no unused y exceeds sqrt(lambda) while a slot is free (y^2 <= lambda), for every y in its interval", new[] { (squareOverLambda, SignCondition.NonPositive, (int?)null, (int?)largest) }, k => YName(space, k));
    }

    /// <summary>
    /// The second-order condition block by block (docs/theory.md §4a): hessian[j] — every block whose only algebraic
    /// number is index j's σ (its own L × L block, positive definite at x₊; its pairs with every unused or hidden-only
    /// position, and with active positions at the same root) is positive semidefinite; hessian[free] — every block of
    /// two positions without σ (positive definite for L ≥ 3). Blocks of two active positions at different roots hold two
    /// algebraic numbers and are not claimed (docs/verification.md).
    /// </summary>
    internal static IEnumerable<Claim> HessianClaims(DmfInstance instance, CriticalPointTypes space, CriticalPointType type) =>
        BlockClaims(instance, space, type, BlockFamily.Hessian);

    /// <summary>
    /// The sharpness claims for a step η (docs/verification.md, "Sharpness"): every eigenvalue of ∇²F is below 2/η —
    /// block by block, (2/η)·I − B ≻ 0, which in the blocks' congruent coordinates (δ_l = √λ_l·Δ_l, times s) reads
    /// (2/η)·s·diag(1/λ_l) − M ≻ 0 (times s·σ^{L−2} where the owner's y was eliminated): stable[j], stable[j|k],
    /// stable[free], like hessian[…]; a block of two active positions at different roots as stable[j,k] on a box of both σ
    /// where that is encodable, else a claim says it is not (stable[pairs]) and the type's stability stays unknown.
    /// </summary>
    internal static IEnumerable<Claim> StabilityClaims(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, BigRational step) =>
        BlockClaims(instance, space, type, new BlockFamily("stable", Invariant($"have every eigenvalue below 2/eta = {(2 / step).ToExactString()}"), step));

    /// <summary>
    /// unstable[…]: one exact condition of one block's shifted matrix (2/η)·s·diag(1/λ_l) − M is ≤ 0, so that block is not
    /// positive definite — ∇²F has an eigenvalue at or above 2/η. The block and the condition are picked where the
    /// approximations of σ and s make the condition clearly negative; a block of two different σ is tried on a box of both
    /// (<see cref="TwoRootInstability"/>); blocks whose values stand as variables (irrational or certified y) are not tried.
    /// Null when no block qualifies.
    /// </summary>
    internal static Claim? InstabilityClaim(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, BigRational step)
    {
        if (EnclosedValues.Of(space) is not null)
        {
            return null;
        }

        var lambda = instance.Landscape.LambdaProduct;
        var positions = HessianBlocks.Positions(instance, space, type, exact: true);
        var (sLow, sHigh) = EnclosedValues.SquareRootBox(lambda);
        var s = BigRational.Midpoint(sLow, sHigh);
        for (int a = 0; a < positions.Count; a++)
        {
            for (int c = a; c < positions.Count; c++)
            {
                var (pa, pc) = (positions[a], positions[c]);
                if (HessianBlocks.TwoRoots(pa, pc))
                {
                    if (TwoRootInstability(instance, space, pa, pc, step, s) is { } pair)
                    {
                        return pair;
                    }

                    continue;
                }

                var matrix = MatrixOf(instance, pa, pc);
                if (matrix.XValue is not null || matrix.YValue is not null)
                {
                    continue;
                }

                var owner = pa.Root is not null ? pa : pc.Root is not null ? pc : null;
                var sigma = owner?.Root is { } root ? BinaryMagnitude.RefinedRelative(root.Value, 80) : null;
                var x = sigma is null ? BigRational.Zero : BigRational.Midpoint(sigma.Interval.Lower, sigma.Interval.Upper);
                string block = Invariant($"block {{{a + 1},{c + 1}}}");
                IReadOnlyList<BlockCondition> conditions;
                try
                {
                    conditions = BlockConditions.For(Shifted(instance, matrix, a == c ? new[] { pa } : new[] { pa, pc }, step), lambda, strict: true, block);
                }
                catch (NotSupportedException)
                {
                    continue;
                }

                if (ClearlyNegative(conditions, new[] { x, BigRational.Zero, s, lambda }) is { } condition)
                {
                    string description = FailureDescription(block, step, condition);
                    var negated = new BlockCondition(condition.Quantity, SignCondition.NonPositive, condition.Meaning);
                    return owner is { Index: { } j, Root: { } r }
                        ? AtRoots(instance, space, j, r, Invariant($"unstable[{j + 1}]"), description, new[] { (condition.Quantity, SignCondition.NonPositive) })
                        : FreeBlocksClaim(instance, space, new[] { (negated, (int?)null, (int?)null) }, 1, new BlockFamily("unstable", "have an eigenvalue at or above 2/eta", step));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// unstable[j,k]: one condition of the shifted block of two active positions at different roots is ≤ 0, on a box of
    /// both σ (<see cref="BoxClaims"/>); picked where the approximations make it clearly negative. Null otherwise.
    /// </summary>
    private static Claim? TwoRootInstability(DmfInstance instance, CriticalPointTypes space, BlockPosition a, BlockPosition c, BigRational step, BigRational s)
    {
        if (a.Symbolic is not null || c.Symbolic is not null || TwoRootConditions(instance, a, c, step) is not { } shifted)
        {
            return null;
        }

        var (block, conditions) = shifted;

        var xa = BinaryMagnitude.RefinedRelative(a.Root!.Value, 80);
        var xc = BinaryMagnitude.RefinedRelative(c.Root!.Value, 80);
        var point = new[] { BigRational.Midpoint(xa.Interval.Lower, xa.Interval.Upper), BigRational.Midpoint(xc.Interval.Lower, xc.Interval.Upper), s, instance.Landscape.LambdaProduct };
        return ClearlyNegative(conditions, point) is { } condition
            ? TwoRootBox(instance, space, a, c, "unstable", FailureDescription(block, step, condition), new[] { (condition.Quantity, SignCondition.NonPositive) })
            : null;
    }

    /// <summary>
    /// stable[j,k]: the block of two active positions at different roots (σ_j in x, σ_k in y, both values rational),
    /// shifted by the step, is positive definite — decided on a box of (σ_j, σ_k) by our interval arithmetic and the solver
    /// (<see cref="BoxClaims"/>), with root[j] and root[k] placing the two σ. Null when the block is not encodable here
    /// (an irrational or certified value, or a component too large) or no box settles it.
    /// </summary>
    private static Claim? TwoRootBlockClaim(DmfInstance instance, CriticalPointTypes space, BlockFamily family, BlockPosition a, BlockPosition c, BigRational step)
    {
        if (EnclosedValues.Of(space) is not null || TwoRootConditions(instance, a, c, step) is not { } shifted)
        {
            return null;
        }

        var conditions = shifted.Conditions;

        string description = Invariant($"the Hessian block of index {a.Index + 1} ({a.Root!.Label.ToSymbol()}) and index {c.Index + 1} ({c.Root!.Label.ToSymbol()}) {family.Says} ({conditions.Count} exact conditions)");
        return TwoRootBox(instance, space, a, c, family.Name, description, conditions.Select(q => (q.Quantity, q.Condition)).ToList());
    }

    /// <summary>The block of two active positions at different roots shifted by the step, and its exact PD conditions in (σ_a, σ_c, s); null when not encodable.</summary>
    private static (string Block, IReadOnlyList<BlockCondition> Conditions)? TwoRootConditions(DmfInstance instance, BlockPosition a, BlockPosition c, BigRational step)
    {
        if (a.Index is null || c.Index is null || a.Root is null || c.Root is null)
        {
            return null;
        }

        try
        {
            var matrix = HessianBlocks.Matrix(instance.Widths, instance.Lambdas, a, c);
            string block = Invariant($"block {{{a.Position + 1},{c.Position + 1}}}");
            return (block, BlockConditions.For(Shifted(instance, matrix, new[] { a, c }, step), instance.Landscape.LambdaProduct, strict: true, block));
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The box claim over both σ of a two-root block, with root[j] and root[k] as premises.</summary>
    private static Claim? TwoRootBox(DmfInstance instance, CriticalPointTypes space, BlockPosition a, BlockPosition c, string family, string description, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions)
    {
        int j = a.Index!.Value, k = c.Index!.Value;
        var (ra, rc) = (a.Root!, c.Root!);
        return BoxClaims.Try(
            Invariant($"{family}[{j + 1},{k + 1}]"),
            description,
            conditions,
            SigmaName(space, j, ra.Label),
            ra.Value,
            SigmaName(space, k, rc.Label),
            rc.Value,
            instance.Landscape,
            Invariant($"root[{j + 1}]"),
            Invariant($"root[{k + 1}]"));
    }

    /// <summary>A condition whose value at <paramref name="point"/> is negative beyond 2^−40 of its largest coefficient, or null.</summary>
    private static BlockCondition? ClearlyNegative(IReadOnlyList<BlockCondition> conditions, IReadOnlyList<BigRational> point) =>
        conditions.FirstOrDefault(condition =>
        {
            var value = condition.Quantity.Evaluate(point);
            var scale = condition.Quantity.Terms.Aggregate(BigRational.One, (m, t) => BigRational.Max(m, BigRational.Abs(t.Coefficient)));
            return value.Sign < 0 && BigRational.Abs(value) >= scale * BigRational.FromBinary(1, -40);
        });

    private static string FailureDescription(string block, BigRational step, BlockCondition condition) =>
        Invariant($"{block} has an eigenvalue at or above 2/eta = {(2 / step).ToExactString()}: for (2/eta)*I minus the block, the condition '{condition.Meaning}' fails");

    /// <summary>What a family of block claims states: hessian[…] (PSD, PD where the rules say so) or stable[…] (below 2/η).</summary>
    private sealed record BlockFamily(string Name, string Says, BigRational? Step)
    {
        public static BlockFamily Hessian { get; } = new("hessian", "are PSD", null);
    }

    private static IEnumerable<Claim> BlockClaims(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, BlockFamily family)
    {
        var lambda = instance.Landscape.LambdaProduct;
        var positions = HessianBlocks.Positions(instance, space, type, exact: EnclosedValues.Of(space) is null);
        var blocks = new List<(int? Owner, IReadOnlyList<BlockCondition> Conditions, BlockMatrix Matrix)>();
        var unsupported = new List<string>();
        var twoRoot = new List<Claim>();
        int skipped = 0;
        for (int a = 0; a < positions.Count; a++)
        {
            for (int c = a; c < positions.Count; c++)
            {
                var (pa, pc) = (positions[a], positions[c]);
                if (HessianBlocks.TwoRoots(pa, pc))
                {
                    if (family.Step is { } eta && TwoRootBlockClaim(instance, space, family, pa, pc, eta) is { } pair)
                    {
                        twoRoot.Add(pair);
                    }
                    else
                    {
                        skipped++;
                    }

                    continue;
                }

                var owner = pa.Root is not null ? pa : pc.Root is not null ? pc : null;
                bool strict = family.Step is not null || (owner is null ? instance.Depth >= 3 : a == c && owner.Root!.Label is RootLabel.LargeRoot or RootLabel.SoftThresholdRoot);
                string block = Invariant($"block {{{a + 1},{c + 1}}}");
                try
                {
                    var matrix = MatrixOf(instance, pa, pc);
                    var entries = family.Step is { } step ? Shifted(instance, matrix, a == c ? new[] { pa } : new[] { pa, pc }, step) : matrix.Entries;
                    blocks.Add((owner?.Index, BlockConditions.For(entries, lambda, strict, block), matrix));
                }
                catch (NotSupportedException exception)
                {
                    unsupported.Add(exception.Message);
                }
            }
        }

        foreach (var group in blocks.Where(b => b.Owner is not null).GroupBy(b => b.Owner!.Value).OrderBy(g => g.Key))
        {
            int j = group.Key;
            var root = positions.First(p => p.Index == j).Root!;
            var single = group.Where(b => !OtherValue(b.Matrix, space, j)).ToList();
            var conditions = single.SelectMany(b => b.Conditions).Select(k => (k.Quantity, k.Condition)).ToList();
            if (single.Count > 0)
            {
                string says = family.Step is null ? "are PSD" : family.Says;
                string own = family.Step is null ? "; its own block PD at x+" : string.Empty;
                yield return AtRoots(instance, space, j, root, Invariant($"{family.Name}[{j + 1}]"), Invariant($"the {single.Count} Hessian blocks holding sigma for index {j + 1} alone {says} ({conditions.Count} exact conditions on eigenvalues, diagonal entries and minors{own})"), conditions);
            }

            foreach (var pair in group.Where(b => OtherValue(b.Matrix, space, j)).GroupBy(b => b.Matrix.YValue!.Index!.Value).OrderBy(g => g.Key))
            {
                yield return PairedBlocksClaim(instance, space, j, root, pair.Key, pair.SelectMany(b => b.Conditions).ToList(), pair.Count(), family);
            }
        }

        var freeBlocks = blocks.Where(b => b.Owner is null).ToList();
        if (freeBlocks.Sum(b => b.Conditions.Count) > 0)
        {
            yield return FreeBlocksClaim(instance, space, freeBlocks.SelectMany(b => b.Conditions.Select(k => (k, b.Matrix.XValue?.Index, b.Matrix.YValue?.Index))).ToList(), freeBlocks.Count, family);
        }

        foreach (var reason in unsupported)
        {
            var reals = new PinnedReals(lambda);
            yield return new Claim(Invariant($"{family.Name}[block]"), family.Step is null ? "a Hessian block is PSD" : "a Hessian block " + family.Says, reals.Constants.ToList(), reals.Context.ToList(), Terms.And(), null) { NotEncoded = reason };
        }

        foreach (var claim in twoRoot)
        {
            yield return claim;
        }

        if (family.Step is not null && skipped > 0)
        {
            // The hessian[…] claims need not these blocks (the rules' lemmas cover them); a bound on every eigenvalue does.
            var reals = new PinnedReals(lambda);
            yield return new Claim(Invariant($"{family.Name}[pairs]"), Invariant($"the {skipped} Hessian blocks of two active positions at different roots {family.Says}"), reals.Constants.ToList(), reals.Context.ToList(), Terms.And(), null)
            {
                NotEncoded = "these blocks hold two different sigma: they are claimed on a box of both (stable[j,k]) where both values are rational and the block's conditions are within the encodings (components of at most 4 entries, or equicorrelated: so far L = 2), else their eigenvalues are bounded by certified enclosures (the sharpness table), not by the solver",
            };
        }
    }

    /// <summary>Whether the block's y is another index's irrational value rather than index <paramref name="owner"/>'s own.</summary>
    private static bool OtherValue(BlockMatrix matrix, CriticalPointTypes space, int owner) =>
        matrix.YValue is not null && (matrix.OwnerEliminated || IsRational(space, owner));

    /// <summary>
    /// c₀ + y·c₁ with index j's y eliminated at its root (the same positive factor for both parts), as one polynomial in
    /// x, y (standing for the other value) and s, with the σ its claims use.
    /// </summary>
    private static (MultivariatePolynomial Quantity, AlgebraicNumber Sigma) BoxQuantity(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, MultivariatePolynomial c0, MultivariatePolynomial c1)
    {
        var y = ScalarTheory.Variable(ScalarTheory.Y);
        if (space.GroupOf(j).Exact is { } irrational)
        {
            var elimination = AlgebraicElimination(instance, irrational);
            int k = Math.Max(0, Math.Max(c0.DegreeIn(ScalarTheory.Y), c1.DegreeIn(ScalarTheory.Y)));
            return (elimination.Eliminate(c0, k).Add(y.Multiply(elimination.Eliminate(c1, k))), AlgebraicRootClaims.Separated(root.Value, elimination));
        }

        var rational = Elimination(instance.Depth, space.SingularValues[j], instance.Landscape.LambdaProduct);
        MultivariatePolynomial Lift(Polynomial q) => MultivariatePolynomial.FromUnivariate(q, ScalarTheory.VariableCount, ScalarTheory.X);
        return (Lift(rational.Eliminate(c0)).Add(y.Multiply(Lift(rational.Eliminate(c1)))), Separated(root, rational).Value);
    }

    /// <summary>
    /// hessian[j|k]: the blocks holding σ for index j and the irrational y_k of another index are PSD — conditions in σ, y_k
    /// and s (an irrational y_j was eliminated in the block itself, <see cref="BlockMatrix.OwnerEliminated"/>), with σ's
    /// root conditions in the same query.
    /// </summary>
    private static Claim PairedBlocksClaim(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, int k, IReadOnlyList<BlockCondition> conditions, int blocks, BlockFamily family)
    {
        var lambda = instance.Landscape.LambdaProduct;
        string name = Invariant($"{family.Name}[{j + 1}|{k + 1}]");
        string description = Invariant($"the {blocks} Hessian blocks holding sigma for index {j + 1} and y_{k + 1} = {space.ValueText(k)} {family.Says} ({conditions.Count} exact conditions)");
        if (EnclosedValues.Of(space) is { } enclosed)
        {
            return EnclosedClaims.AtRootWithValue(enclosed, name, description, j, root.Label, SigmaName(space, j, root.Label), conditions.Select(c => (c.Quantity, c.Condition)).ToList(), k, YName(space, k), Invariant($"root[{j + 1}]"),
                "the conditions are on the block's entries at sigma, y_k and s (y_j was replaced by N(sigma)/(s*sigma^(L-2)) in the block, multiplied by s*sigma^(L-2) > 0)");
        }

        var exactSigma = space.GroupOf(j).Exact is { } own
            ? AlgebraicRootClaims.Separated(root.Value, AlgebraicElimination(instance, own))
            : Separated(root, Elimination(instance.Depth, space.SingularValues[j], lambda)).Value;
        if (BoxClaims.Try(name, description, conditions.Select(c => (c.Quantity, c.Condition)).ToList(), SigmaName(space, j, root.Label), exactSigma, YName(space, k), space.GroupOf(k).Exact!, instance.Landscape, Invariant($"root[{j + 1}]")) is { } box)
        {
            return box;
        }

        var reals = new PinnedReals(lambda);
        var (sigma, rootConditions, reduction) = RootConjuncts(instance, space, j, root, reals);
        var value = YTerm(space, k, reals);
        var s = reals.SquareRootOfLambda;
        var statement = Terms.And(rootConditions.Concat(conditions.Select(c => c.Condition.Of(ScalarForms.Print(c.Quantity, sigma, value, s, Terms.Number(lambda))))).ToArray());
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, AtValues(reals, statement))
        {
            Pins = reals.Pins.ToList(),
            Reduction = reduction + "; the conditions are on the block's entries at sigma, y_" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " and s (an irrational y of the active index was replaced by N(sigma)/(s*sigma^(L-2)) in the block, multiplied by s*sigma^(L-2) > 0)",
        };
    }

    /// <summary>
    /// σ for index j, declared, and the conjuncts that make it a positive root of f(·; y_j): R(σ) = 0 for a rational y_j, the
    /// link conditions for an irrational one (pinned beside it).
    /// </summary>
    private static (SmtTerm Sigma, IReadOnlyList<SmtTerm> Conditions, string Reduction) RootConjuncts(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, PinnedReals reals)
    {
        var lambda = instance.Landscape.LambdaProduct;
        string sigmaName = SigmaName(space, j, root.Label);
        if (space.GroupOf(j).Exact is { } irrational)
        {
            var elimination = AlgebraicElimination(instance, irrational);
            var (sigma, conditions) = AlgebraicRootClaims.PinnedRoot(elimination, sigmaName, AlgebraicRootClaims.Separated(root.Value, elimination), YName(space, j), reals);
            return (sigma, conditions, "the link conjuncts make sigma a positive root of f(.; y_j): N(sigma)/(s*sigma^(L-2)) is a root of y_j's polynomial inside its isolating interval, hence y_j");
        }

        var rational = Elimination(instance.Depth, space.SingularValues[j], lambda);
        var x = reals.Algebraic(sigmaName, Separated(root, rational).Value);
        return (x, new[] { Terms.Greater(x, Zero), Terms.Equal(PinnedReals.PolynomialAt(rational.RootPolynomial, x), Zero) }, "sigma > 0 with R(sigma) = 0 is a positive root of f(.; y_j) (R = N^2 - lambda*D^2)");
    }

    /// <summary>
    /// The blocks without σ: conditions on rationals and s = √λ alone — and, in a block holding irrational values, on them,
    /// pinned beside s (<paramref name="conditions"/> pairs each condition with the indices whose values its x and y denote).
    /// </summary>
    private static Claim FreeBlocksClaim(DmfInstance instance, CriticalPointTypes space, IReadOnlyList<(BlockCondition Condition, int? XValue, int? YValue)> conditions, int blocks, BlockFamily family)
    {
        var lambda = instance.Landscape.LambdaProduct;
        string says = family.Step is null ? (instance.Depth >= 3 ? "are PD" : "are PSD") : family.Says;
        string name = Invariant($"{family.Name}[free]");
        string description = Invariant($"the {blocks} Hessian blocks of positions without sigma {says} ({conditions.Count} exact conditions)");
        if (EnclosedValues.Of(space) is { } enclosed)
        {
            return EnclosedClaims.AtValues(enclosed, name, description + ", for every value in their intervals", conditions.Select(k => (k.Condition.Quantity, k.Condition.Condition, k.XValue, k.YValue)).ToList(), k => YName(space, k));
        }

        var reals = new PinnedReals(lambda);
        var zero = Terms.Number(BigRational.Zero);
        SmtTerm[] Variables(int? x, int? y) => new[] { x is { } i ? YTerm(space, i, reals) : zero, y is { } j ? YTerm(space, j, reals) : zero, (SmtTerm)reals.SquareRootOfLambda, Terms.Number(lambda) };
        var statement = Terms.And(conditions.Select(k => k.Condition.Condition.Of(PinnedReals.PolynomialAt(k.Condition.Quantity, Variables(k.XValue, k.YValue)))).ToArray());
        var root = instance.Landscape.SquareRootOfLambda;
        bool Exact() => conditions.All(k =>
        {
            var c0 = k.Condition.Quantity.CoefficientOf(ScalarTheory.S, 0).ToUnivariate(ScalarTheory.X);
            var c1 = k.Condition.Quantity.CoefficientOf(ScalarTheory.S, 1).ToUnivariate(ScalarTheory.X);
            if (c0.Degree > 0 || c1.Degree > 0)
            {
                return false;
            }

            return k.Condition.Condition.Holds(root.SignOf(Polynomial.FromCoefficients(c0[0], c1[0])));
        });
        var exact = conditions.Any(k => k.XValue is not null || k.YValue is not null) ? AtValues(reals, statement) : Exact;
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact)
        {
            Pins = reals.Pins.ToList(),
        };
    }

    /// <summary>A block's matrix, shared by every type with the same positions, values and active flags.</summary>
    private static BlockMatrix MatrixOf(DmfInstance instance, BlockPosition a, BlockPosition c)
    {
        string key = Invariant($"{string.Join(",", instance.Widths.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)))}|{string.Join(",", instance.Lambdas.Select(l => l.ToExactString()))}|{a.Position}:{a.Y.ToExactString()}:{a.Root is not null}:{a.Symbolic is not null}|{c.Position}:{c.Y.ToExactString()}:{c.Root is not null}:{c.Symbolic is not null}");
        if (BlockCache.Count > 4096)
        {
            BlockCache.Clear();
        }

        return BlockCache.GetOrAdd(key, _ => HessianBlocks.Matrix(instance.Widths, instance.Lambdas, a, c));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, BlockMatrix> BlockCache = new(StringComparer.Ordinal);

    /// <summary>
    /// (2/η)·s·diag(1/λ_l) − M for a block M in the congruent coordinates of <see cref="HessianBlocks"/> (δ_l = √λ_l·Δ_l,
    /// times s = √λ): positive definite iff every eigenvalue of the true block is below 2/η. Where the owner's y was
    /// eliminated the block was multiplied by s·σ^{L−2} &gt; 0, and so is the shift.
    /// </summary>
    private static MultivariatePolynomial[,] Shifted(DmfInstance instance, BlockMatrix matrix, IReadOnlyList<BlockPosition> window, BigRational step)
    {
        var entries = HessianBlocks.Entries(instance.Widths, window);
        int n = entries.Count;
        var s = ScalarTheory.Variable(ScalarTheory.S);
        var factor = matrix.OwnerEliminated ? s.Multiply(s).Multiply(ScalarTheory.Variable(ScalarTheory.X).Power(instance.Depth - 2)) : s;
        var shifted = new MultivariatePolynomial[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < n; k++)
            {
                var negated = matrix.Entries[i, k].Scale(BigRational.MinusOne);
                shifted[i, k] = i != k ? negated : negated.Add(factor.Scale(2 / (step * instance.Lambdas[entries[i].Layer])));
            }
        }

        return shifted;
    }

    /// <summary>Several conditions at index j's root in one query (<see cref="RootClaims.Signs"/>, <see cref="AlgebraicRootClaims.Signs"/>).</summary>
    private static Claim AtRoots(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, string name, string description, IReadOnlyList<(MultivariatePolynomial, SignCondition)> conditions)
    {
        string sigmaName = SigmaName(space, j, root.Label);
        if (EnclosedValues.Of(space) is { } enclosed)
        {
            return EnclosedClaims.AtRoot(enclosed, name, description, j, root.Label, sigmaName, conditions, Invariant($"root[{j + 1}]"));
        }

        if (space.GroupOf(j).Exact is { } irrational)
        {
            var algebraic = AlgebraicElimination(instance, irrational);
            return AlgebraicRootClaims.Signs(name, description, algebraic, sigmaName, AlgebraicRootClaims.Separated(root.Value, algebraic), YName(space, j), conditions, Invariant($"root[{j + 1}]"));
        }

        var elimination = Elimination(instance.Depth, space.SingularValues[j], instance.Landscape.LambdaProduct);
        return RootClaims.Signs(name, description, elimination, sigmaName, Separated(root, elimination).Value, conditions);
    }

    private static RootLabel LargeRootLabel(int depth) => depth == 2 ? RootLabel.SoftThresholdRoot : RootLabel.LargeRoot;

    /// <summary>The theory's sign of Δ_j = g(x₊(y_j)) − y_j²: &lt; 0 above y_glob, = 0 at it, &gt; 0 below (docs/theory.md §2.1).</summary>
    private static SignCondition GainCondition(CriticalPointTypes space, int j) => space.GroupOf(j).RelationToGlobal switch
    {
        ThresholdRelation.Above => SignCondition.Negative,
        ThresholdRelation.Equal => SignCondition.Zero,
        _ => SignCondition.Positive,
    };

    /// <summary>
    /// F_a − F_b as Σ ±Δ_j over the indices where the types differ, when at each such index exactly one of them is active
    /// and at x₊ (always so for two local minimizers); null otherwise.
    /// </summary>
    private static IReadOnlyList<(int Index, int Coefficient)>? GainTerms(CriticalPointType a, CriticalPointType b)
    {
        // Labels only: no root is isolated to decide which indices differ.
        var labelsA = a.LabelPerIndex();
        var labelsB = b.LabelPerIndex();
        var terms = new List<(int, int)>();
        for (int j = 0; j < labelsA.Count; j++)
        {
            if (labelsA[j] == labelsB[j])
            {
                continue;
            }

            var (active, coefficient) = labelsA[j] is { } la && labelsB[j] is null ? (la, 1) : labelsB[j] is { } lb && labelsA[j] is null ? (lb, -1) : (default(RootLabel), 0);
            if (coefficient == 0 || active is not (RootLabel.LargeRoot or RootLabel.SoftThresholdRoot))
            {
                return null;
            }

            terms.Add((j, coefficient));
        }

        return terms;
    }

    /// <summary>Whether every term ±Δ_j is ≤ 0 by its proved sign (and, for a strict claim, some term &lt; 0).</summary>
    private static bool SignArithmeticDecides(CriticalPointTypes space, IReadOnlyList<(int Index, int Coefficient)> terms, bool strict)
    {
        var signs = terms.Select(t => t.Coefficient * GainCondition(space, t.Index) switch { SignCondition.Negative => -1, SignCondition.Zero => 0, _ => 1 }).ToList();
        return signs.All(sign => sign <= 0) && (!strict || signs.Any(sign => sign < 0));
    }

    /// <summary>
    /// s·(F_a − F_b): by docs/theory.md §2 with f(σ) = 0, F = Σ_j y_j² − Σ_active [y·σ^L/s − (L−1)σ²], so the Σ y_j² parts
    /// cancel and so does every index with the same root in both types.
    /// </summary>
    private static SmtTerm ScaledLossDifference(DmfInstance instance, CriticalPointTypes space, CriticalPointType a, CriticalPointType b, PinnedReals reals)
    {
        var rootsA = a.RootPerIndex(exact: true);
        var rootsB = b.RootPerIndex(exact: true);
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

    /// <summary>sign·s·Δ_j = sign·(−y·σ^L + (L−1)·s·σ²) (<see cref="ScalarTheory.ScaledGainAtRoot"/>): an active index's contribution to s·F beyond s·y².</summary>
    private static SmtTerm SlotGain(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, PinnedReals reals, int sign)
    {
        var sigma = reals.Algebraic(SigmaName(space, j, root.Label), root.Value);
        var gain = ScalarTheory.ScaledGainAtRoot(instance.Depth).Scale(sign);
        return ScalarForms.Print(gain, sigma, YTerm(space, j, reals), reals.SquareRootOfLambda, Terms.Number(instance.Landscape.LambdaProduct));
    }
}
