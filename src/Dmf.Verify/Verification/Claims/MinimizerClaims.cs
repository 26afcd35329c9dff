using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The minimizers' claims (docs/theory.md §2, §3): the ordering (O), the free slot at L = 2, each slot's gain against the
/// empty slot, and the loss order against the other local minimizers.
/// </summary>
internal static class MinimizerClaims
{
    internal static IEnumerable<Claim> For(ClaimContext context, CriticalPointType type, Classification classification, IReadOnlyList<ScalarRoot?> roots)
    {
        var lambda = context.Instance.Landscape.LambdaProduct;
        var ys = context.Space.SingularValues;
        var active = Enumerable.Range(0, roots.Count).Where(j => roots[j] is not null).ToList();
        var unused = Enumerable.Range(0, roots.Count).Where(j => roots[j] is null).ToList();
        var enclosed = context.Enclosed;
        yield return enclosed is not null ? EnclosedClaims.Ordering(enclosed, active, unused, k => context.YName(k)) : Ordering(context, active, unused);
        if (context.Instance.Depth == 2 && active.Count < context.Space.MaxActive && unused.Count > 0)
        {
            // The approximations keep the exact order, so the largest unused value is at the same index.
            int largest = unused.OrderByDescending(k => ys[k]).First();
            yield return enclosed is not null ? EnclosedFreeSlot(enclosed, context, largest) : FreeSlot(context, largest, lambda);
        }

        // The loss against the other local minimizers. F = Σ_j y_j² + Σ_active Δ_j with Δ_j = g(σ_j) − y_j²
        // (docs/theory.md §2), so F_a − F_b is a signed sum of the Δ_j of the indices where the two types differ. Each Δ_j's
        // sign is a one-variable claim gain[j] (x₊ beats the empty slot iff y_j > y_glob); the comparison then follows by
        // sign arithmetic, itself a (linear) query. Where the signs do not decide it, one query holds all the σ.
        var others = context.Space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(context.Space, t).IsMinimizer && !t.Equals(type)).ToList();
        var comparisons = new List<(CriticalPointType A, CriticalPointType B, bool Strict, string Name, string Description)>();
        if (classification.Class == PointClass.GlobalMinimizer)
        {
            comparisons.AddRange(others.Select(other => (type, other, false, $"global vs {other}", $"F is at most the loss of the local minimizer {other}")));
        }
        else
        {
            var global = others.First(t => CriticalPointClassifier.Classify(context.Space, t).Class == PointClass.GlobalMinimizer);
            comparisons.Add((global, type, true, "spurious", $"the global minimizer {global} has strictly lower loss"));
        }

        var decomposed = comparisons.Select(c => (Comparison: c, Terms: GainTerms(c.A, c.B))).ToList();
        var gains = decomposed.Where(d => d.Terms is not null).SelectMany(d => d.Terms!).Select(t => t.Index).Distinct().Order().ToList();
        foreach (int j in gains)
        {
            var root = (enclosed is null ? context.Space.GroupOf(j).ExactRoots : context.Space.GroupOf(j).Roots).PositiveRoots.Single(r => r.Label == ClaimContext.LargeRootLabel(context.Instance.Depth));
            if (roots[j] is null && enclosed is not null)
            {
                // As below: the other minimizer's x+ is bracketed first, the gain's premise.
                yield return EnclosedClaims.Root(enclosed, Invariant($"root[{j + 1}]"), Invariant($"x+ of y_{j + 1} = {context.Space.ValueText(j)} (the other minimizer's) is a positive root of f(.; y_{j + 1}), the only one in its bracket for every y in its interval"), j, root.Label, context.YName(j));
            }
            else if (roots[j] is null && context.Space.GroupOf(j).Exact is { } irrational)
            {
                // The gain's σ is x+ of an index this type leaves unused: its root claim, the gain's premise, comes first.
                var elimination = context.AlgebraicElimination(irrational);
                yield return AlgebraicRootClaims.Root(Invariant($"root[{j + 1}]"), Invariant($"x+ of y_{j + 1} = {context.Space.ValueText(j)} (the other minimizer's) is a positive root of f(.; y_{j + 1})"), elimination, context.SigmaName(j, root.Label), AlgebraicRootClaims.Separated(root.Value, elimination), context.YName(j));
            }

            var condition = GainCondition(context, j);
            yield return context.AtRoot(j, root, Invariant($"gain[{j + 1}]"), Invariant($"Delta_{j + 1} = g(x+) - y_{j + 1}^2 {condition.Symbol()} at y_{j + 1} = {context.Space.ValueText(j)}: x+ {(condition == SignCondition.Negative ? "beats" : condition == SignCondition.Zero ? "ties with" : "loses to")} the empty slot (times sqrt(lambda) > 0)"), ScalarTheory.ScaledGainAtRoot(context.Instance.Depth), condition);
        }

        foreach (var ((a, b, strict, name, description), terms) in decomposed)
        {
            if (terms is not null && SignArithmeticDecides(context, terms, strict))
            {
                var reals = new PinnedReals(lambda);
                var sum = Terms.Add(terms.Select(t => Terms.Multiply(Terms.Number(t.Coefficient), reals.Signed(Invariant($"Delta_{t.Index + 1}"), GainCondition(context, t.Index)))).ToArray());
                string words = string.Join(" ", terms.Select(t => Invariant($"{(t.Coefficient > 0 ? "+" : "-")} Delta_{t.Index + 1}")));
                yield return new Claim(name, Invariant($"{description}: F_a - F_b = {words} {(strict ? "< 0" : "<= 0")} by the signs proved in {string.Join(", ", terms.Select(t => Invariant($"gain[{t.Index + 1}]")))}"), reals.Constants.ToList(), reals.Context.ToList(), strict ? Terms.Less(sum, ClaimContext.Zero) : Terms.LessOrEqual(sum, ClaimContext.Zero), () => SignArithmeticDecides(context, terms, strict))
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
                var difference = ScaledLossDifference(context, a, b, reals);
                yield return ClaimContext.Make(name, description, reals, strict ? Terms.Less(difference, ClaimContext.Zero) : Terms.LessOrEqual(difference, ClaimContext.Zero), null);
            }
        }
    }

    /// <summary>(O): every active y is at least every unused y.</summary>
    private static Claim Ordering(ClaimContext context, IReadOnlyList<int> active, IReadOnlyList<int> unused)
    {
        var plain = new PinnedReals(context.Space.Landscape.LambdaProduct);
        // Distinct values' isolating intervals are disjoint (CriticalPointTypes refines them so): stated by their intervals
        // alone, the comparisons are linear, where pinning each y by its polynomial costs Z3 seconds per pair.
        var ordering = Terms.And(active.SelectMany(j => unused.Select(k => Terms.GreaterOrEqual(context.BracketedYTerm(j, plain), context.BracketedYTerm(k, plain)))).ToArray());
        return ClaimContext.Make("ordering", "(O): every active y is at least every unused y", plain, ordering, context.Space.HasApproximatedValues ? ClaimContext.AtValues(plain, ordering) : null);
    }

    /// <summary>L = 2 with a free slot: the largest unused y has y² ≤ λ.</summary>
    private static Claim FreeSlot(ClaimContext context, int largest, BigRational lambda)
    {
        var slot = new PinnedReals(lambda);
        var y = context.YTerm(largest, slot);
        var free = Terms.LessOrEqual(Terms.Multiply(y, y), Terms.Number(lambda));
        return ClaimContext.Make("free-slot", "no unused y exceeds sqrt(lambda) while a slot is free (y^2 <= lambda)", slot, free, context.Space.GroupOf(largest).Exact is null ? null : ClaimContext.AtValues(slot, free));
    }

    /// <summary><see cref="FreeSlot"/> for every y in the largest unused value's interval.</summary>
    private static Claim EnclosedFreeSlot(EnclosedValues enclosed, ClaimContext context, int largest)
    {
        var squareOverLambda = ScalarTheory.Variable(ScalarTheory.Y).Power(2).Subtract(ScalarTheory.Constant(enclosed.LambdaProduct));
        return EnclosedClaims.AtValues(enclosed, "free-slot", "no unused y exceeds sqrt(lambda) while a slot is free (y^2 <= lambda), for every y in its interval", new[] { (squareOverLambda, SignCondition.NonPositive, (int?)null, (int?)largest) }, k => context.YName(k));
    }

    /// <summary>The theory's sign of Δ_j = g(x₊(y_j)) − y_j²: &lt; 0 above y_glob, = 0 at it, &gt; 0 below (docs/theory.md §2.1).</summary>
    private static SignCondition GainCondition(ClaimContext context, int j) => context.Space.GroupOf(j).RelationToGlobal switch
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
    private static bool SignArithmeticDecides(ClaimContext context, IReadOnlyList<(int Index, int Coefficient)> terms, bool strict)
    {
        var signs = terms.Select(t => t.Coefficient * GainCondition(context, t.Index) switch { SignCondition.Negative => -1, SignCondition.Zero => 0, _ => 1 }).ToList();
        return signs.All(sign => sign <= 0) && (!strict || signs.Any(sign => sign < 0));
    }

    /// <summary>
    /// s·(F_a − F_b): by docs/theory.md §2 with f(σ) = 0, F = Σ_j y_j² − Σ_active [y·σ^L/s − (L−1)σ²], so the Σ y_j² parts
    /// cancel and so does every index with the same root in both types.
    /// </summary>
    private static SmtTerm ScaledLossDifference(ClaimContext context, CriticalPointType a, CriticalPointType b, PinnedReals reals)
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
                terms.Add(SlotGain(context, j, ra, reals, 1));
            }

            if (rootsB[j] is { } rb)
            {
                terms.Add(SlotGain(context, j, rb, reals, -1));
            }
        }

        return Terms.Add(terms.ToArray());
    }

    /// <summary>sign·s·Δ_j = sign·(−y·σ^L + (L−1)·s·σ²) (<see cref="ScalarTheory.ScaledGainAtRoot"/>): an active index's contribution to s·F beyond s·y².</summary>
    private static SmtTerm SlotGain(ClaimContext context, int j, ScalarRoot root, PinnedReals reals, int sign)
    {
        var sigma = reals.Algebraic(context.SigmaName(j, root.Label), root.Value);
        var gain = ScalarTheory.ScaledGainAtRoot(context.Instance.Depth).Scale(sign);
        return ScalarForms.Print(gain, sigma, context.YTerm(j, reals), reals.SquareRootOfLambda, Terms.Number(context.Instance.Landscape.LambdaProduct));
    }
}
