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
        var ys = space.SingularValues;
        var roots = type.RootPerIndex();
        var claims = new List<Claim>();
        var active = Enumerable.Range(0, roots.Count).Where(j => roots[j] is not null).ToList();

        foreach (int j in active)
        {
            var y = ys[j];
            var elimination = Elimination(depth, y, lambda);
            var root = Separated(roots[j]!, elimination);
            string name = SigmaName(space, j, root.Label);
            claims.Add(RootClaims.Root(Invariant($"root[{j + 1}]"), Invariant($"sigma for index {j + 1} is a positive root of f(.; {y.ToExactString()})"), elimination, name, root.Value));
            if (!root.Value.TryGetRational(out _))
            {
                var interval = root.Value.Interval;
                claims.Add(RootClaims.Unique(Invariant($"unique[{j + 1}]"), $"f(.; {y.ToExactString()}) has no other root in ({interval.Lower.ToExactString()}, {interval.Upper.ToExactString()})", elimination, name, root.Value));
            }

            var (condition, words) = root.Label switch
            {
                RootLabel.SmallRoot => (SignCondition.Negative, "f' < 0: it is the small root x-"),
                RootLabel.DoubleRoot => (SignCondition.Zero, "f' = 0: it is the double root x*"),
                _ => (SignCondition.Positive, "f' > 0: it is the large root x+"),
            };
            claims.Add(RootClaims.Sign(Invariant($"label[{j + 1}]"), Invariant($"at sigma for index {j + 1}, {words}"), elimination, name, root.Value, ScalarTheory.FDerivative(depth), condition));
            claims.Add(ThresholdClaim(instance, space, j));
            if (classification.IsMinimizer)
            {
                claims.Add(GlobalThresholdClaim(instance, space, j));
            }
        }

        foreach (var y in active.Select(j => ys[j]).Distinct())
        {
            claims.AddRange(CompletenessPremises(instance, y));
            claims.Add(CompletenessClaim(instance, y));
        }

        claims.AddRange(RuleClaims(instance, space, type, classification, roots));
        if (classification.IsMinimizer || classification.Rule == ClassificationRule.DoubleRoot)
        {
            claims.AddRange(HessianClaims(instance, space, type));
        }

        return claims;
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

    /// <summary>c(σ_j, √λ) ⋈ 0 at index j's root, in one variable (<see cref="RootClaims.Sign"/>).</summary>
    private static Claim AtRoot(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, string name, string description, MultivariatePolynomial c, SignCondition condition)
    {
        var elimination = Elimination(instance.Depth, space.SingularValues[j], instance.Landscape.LambdaProduct);
        return RootClaims.Sign(name, description, elimination, SigmaName(space, j, root.Label), Separated(root, elimination).Value, c, condition);
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
        int group = space.Groups.ToList().IndexOf(space.GroupOf(index));
        string suffix = label switch { RootLabel.SmallRoot => "small", RootLabel.DoubleRoot => "double", _ => "large" };
        return Invariant($"sigma_g{group + 1}_{suffix}");
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
                    var curvature = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedScaling(instance.Lambdas, ys[j]), instance.Lambdas);
                    yield return AtRoot(instance, space, j, roots[j]!, "witness", Invariant($"N2: d2F[W,W] < 0 on index {j + 1}'s slot (its balanced scaling; times sqrt(lambda) > 0)"), curvature, SignCondition.Negative);
                    break;
                }

            case ClassificationRule.OrderingViolated:
                {
                    // d²F[Δ, Δ] for the tangent of rotating (u_j, u_k) and (v_j, v_k) together, from the derived Hessian form.
                    int j = classification.Indices[0], k = classification.Indices[1];
                    var curvature = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.Swap(instance.Lambdas, ys[j], ys[k]), instance.Lambdas);
                    yield return AtRoot(instance, space, j, roots[j]!, "witness", Invariant($"N1: the swap of index {j + 1} (active) and {k + 1} (unused) has d2F < 0 (times sqrt(lambda) > 0)"), curvature, SignCondition.Negative);
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
                    var second = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedScaling(instance.Lambdas, ys[j]), instance.Lambdas);
                    var third = BalancedSubstitution.ScaledBySqrtLambda(CurvatureWitness.BalancedThirdOrder(instance.Lambdas, ys[j]), instance.Lambdas);
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
        var plain = new PinnedReals(lambda);
        var ordering = Terms.And(active.SelectMany(j => unused.Select(k => Terms.GreaterOrEqual(Terms.Number(ys[j]), Terms.Number(ys[k])))).ToArray());
        yield return Make("ordering", "(O): every active y is at least every unused y", plain, ordering, null);

        if (instance.Depth == 2 && active.Count < space.MaxActive && unused.Count > 0)
        {
            var largest = unused.Select(k => ys[k]).Max();
            yield return Make("free-slot", "no unused y exceeds sqrt(lambda) while a slot is free (y^2 <= lambda)", plain, Terms.LessOrEqual(Terms.Number(largest * largest), Terms.Number(lambda)), null);
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
            var root = instance.Landscape.Roots(ys[j]).PositiveRoots.Single(r => r.Label == LargeRootLabel(instance.Depth));
            var condition = GainCondition(space, j);
            yield return AtRoot(instance, space, j, root, Invariant($"gain[{j + 1}]"), Invariant($"Delta_{j + 1} = g(x+) - y_{j + 1}^2 {condition.Symbol()} at y_{j + 1} = {ys[j].ToExactString()}: x+ {(condition == SignCondition.Negative ? "beats" : condition == SignCondition.Zero ? "ties with" : "loses to")} the empty slot (times sqrt(lambda) > 0)"), ScalarTheory.ScaledGainAtRoot(instance.Depth), condition);
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
            else
            {
                var reals = new PinnedReals(lambda);
                var difference = ScaledLossDifference(instance, space, a, b, reals);
                yield return Make(name, description, reals, strict ? Terms.Less(difference, Zero) : Terms.LessOrEqual(difference, Zero), null);
            }
        }
    }

    /// <summary>
    /// The second-order condition block by block (docs/theory.md §4a): hessian[j] — every block whose only algebraic
    /// number is index j's σ (its own L × L block, positive definite at x₊; its pairs with every unused or hidden-only
    /// position, and with active positions at the same root) is positive semidefinite; hessian[free] — every block of
    /// two positions without σ (positive definite for L ≥ 3). Blocks of two active positions at different roots hold two
    /// algebraic numbers and are not claimed (docs/verification.md).
    /// </summary>
    internal static IEnumerable<Claim> HessianClaims(DmfInstance instance, CriticalPointTypes space, CriticalPointType type)
    {
        var lambda = instance.Landscape.LambdaProduct;
        var positions = HessianBlocks.Positions(instance, space, type);
        var blocks = new List<(int? Owner, IReadOnlyList<BlockCondition> Conditions)>();
        var unsupported = new List<string>();
        for (int a = 0; a < positions.Count; a++)
        {
            for (int c = a; c < positions.Count; c++)
            {
                var (pa, pc) = (positions[a], positions[c]);
                if (pa.Root is { } ra && pc.Root is { } rc && a != c && (ra.Label != rc.Label || pa.Y != pc.Y))
                {
                    continue;
                }

                var owner = pa.Root is not null ? pa : pc.Root is not null ? pc : null;
                bool strict = owner is null ? instance.Depth >= 3 : a == c && owner.Root!.Label is RootLabel.LargeRoot or RootLabel.SoftThresholdRoot;
                string block = Invariant($"block {{{a + 1},{c + 1}}}");
                try
                {
                    blocks.Add((owner?.Index, BlockConditions.For(BlockMatrix(instance, pa, pc), lambda, strict, block)));
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
            var conditions = group.SelectMany(b => b.Conditions).Select(k => (k.Quantity, k.Condition)).ToList();
            var root = positions.First(p => p.Index == j).Root!;
            yield return AtRoots(instance, space, j, root, Invariant($"hessian[{j + 1}]"), Invariant($"the {group.Count()} Hessian blocks holding sigma for index {j + 1} alone are PSD ({conditions.Count} exact conditions on eigenvalues, diagonal entries and minors; its own block PD at x+)"), conditions);
        }

        var freeBlocks = blocks.Where(b => b.Owner is null).ToList();
        var free = freeBlocks.SelectMany(b => b.Conditions).ToList();
        if (free.Count > 0)
        {
            yield return FreeBlocksClaim(instance, free, freeBlocks.Count);
        }

        foreach (var reason in unsupported)
        {
            var reals = new PinnedReals(lambda);
            yield return new Claim("hessian[block]", "a Hessian block is PSD", reals.Constants.ToList(), reals.Context.ToList(), Terms.And(), null) { NotEncoded = reason };
        }
    }

    /// <summary>The blocks without σ: conditions on rationals and s = √λ alone.</summary>
    private static Claim FreeBlocksClaim(DmfInstance instance, IReadOnlyList<BlockCondition> conditions, int blocks)
    {
        var lambda = instance.Landscape.LambdaProduct;
        var reals = new PinnedReals(lambda);
        var variables = new[] { Terms.Number(BigRational.Zero), Terms.Number(BigRational.Zero), (SmtTerm)reals.SquareRootOfLambda, Terms.Number(lambda) };
        var statement = Terms.And(conditions.Select(k => k.Condition.Of(PinnedReals.PolynomialAt(k.Quantity, variables))).ToArray());
        var root = instance.Landscape.SquareRootOfLambda;
        bool Exact() => conditions.All(k =>
        {
            var c0 = k.Quantity.CoefficientOf(ScalarTheory.S, 0).ToUnivariate(ScalarTheory.X);
            var c1 = k.Quantity.CoefficientOf(ScalarTheory.S, 1).ToUnivariate(ScalarTheory.X);
            if (c0.Degree > 0 || c1.Degree > 0)
            {
                return false;
            }

            return k.Condition.Holds(root.SignOf(Polynomial.FromCoefficients(c0[0], c1[0])));
        });
        return new Claim("hessian[free]", Invariant($"the {blocks} Hessian blocks of positions without sigma are {(instance.Depth >= 3 ? "PD" : "PSD")} ({conditions.Count} exact conditions)"), reals.Constants.ToList(), reals.Context.ToList(), statement, Exact)
        {
            Pins = reals.Pins.ToList(),
        };
    }

    /// <summary>A block's matrix, shared by every type with the same positions, values and active flags.</summary>
    private static MultivariatePolynomial[,] BlockMatrix(DmfInstance instance, BlockPosition a, BlockPosition c)
    {
        string key = Invariant($"{string.Join(",", instance.Widths.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)))}|{string.Join(",", instance.Lambdas.Select(l => l.ToExactString()))}|{a.Position}:{a.Y.ToExactString()}:{a.Root is not null}|{c.Position}:{c.Y.ToExactString()}:{c.Root is not null}");
        if (BlockCache.Count > 4096)
        {
            BlockCache.Clear();
        }

        return BlockCache.GetOrAdd(key, _ => HessianBlocks.Matrix(instance.Widths, instance.Lambdas, a, c));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MultivariatePolynomial[,]> BlockCache = new(StringComparer.Ordinal);

    /// <summary>Several conditions at index j's root in one query (<see cref="RootClaims.Signs"/>).</summary>
    private static Claim AtRoots(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, string name, string description, IReadOnlyList<(MultivariatePolynomial, SignCondition)> conditions)
    {
        var elimination = Elimination(instance.Depth, space.SingularValues[j], instance.Landscape.LambdaProduct);
        return RootClaims.Signs(name, description, elimination, SigmaName(space, j, root.Label), Separated(root, elimination).Value, conditions);
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
        var rootsA = a.RootPerIndex();
        var rootsB = b.RootPerIndex();
        var terms = new List<(int, int)>();
        for (int j = 0; j < rootsA.Count; j++)
        {
            if (rootsA[j]?.Label == rootsB[j]?.Label)
            {
                continue;
            }

            var (active, coefficient) = rootsA[j] is { } ra && rootsB[j] is null ? (ra, 1) : rootsB[j] is { } rb && rootsA[j] is null ? (rb, -1) : (null!, 0);
            if (coefficient == 0 || active.Label is not (RootLabel.LargeRoot or RootLabel.SoftThresholdRoot))
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

    /// <summary>sign·s·Δ_j = sign·(−y·σ^L + (L−1)·s·σ²) (<see cref="ScalarTheory.ScaledGainAtRoot"/>): an active index's contribution to s·F beyond s·y².</summary>
    private static SmtTerm SlotGain(DmfInstance instance, CriticalPointTypes space, int j, ScalarRoot root, PinnedReals reals, int sign)
    {
        var sigma = reals.Algebraic(SigmaName(space, j, root.Label), root.Value);
        var gain = ScalarTheory.ScaledGainAtRoot(instance.Depth).Scale(sign);
        return ScalarForms.Print(gain, sigma, Terms.Number(space.SingularValues[j]), reals.SquareRootOfLambda, Terms.Number(instance.Landscape.LambdaProduct));
    }
}
