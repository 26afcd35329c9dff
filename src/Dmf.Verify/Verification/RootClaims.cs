using Dmf.Symbolic.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// Claims about one positive root σ of f(·; y) in one variable with rational coefficients (docs/verification.md,
/// "Encodings"): "σ is a root" becomes σ &gt; 0 ∧ R(σ) = 0 (R = (N − sD)(N + sD), N + sD &gt; 0), and any statement
/// c(σ, √λ) ⋈ 0 becomes Q(σ) ⋈ 0 by <see cref="RootElimination"/> (D·c = Q + c₁·(sD − N), D &gt; 0, sD = N at the
/// root). The context pins σ alone, so both the solver's query and our exact check (the sign of Q at the algebraic σ)
/// are univariate.
/// </summary>
internal static class RootClaims
{
    private static readonly SmtTerm Zero = Terms.Number(BigRational.Zero);

    /// <summary>σ is a positive root of f(·; y): σ &gt; 0 ∧ R(σ) = 0.</summary>
    public static Claim Root(string name, string description, RootElimination elimination, string sigmaName, AlgebraicNumber sigma)
    {
        var reals = new PinnedReals(elimination.LambdaProduct);
        var x = reals.Algebraic(sigmaName, sigma);
        var r = elimination.RootPolynomial;
        return Make(name, description, reals, Terms.And(PositiveRootOf(r, x).ToArray()), () => IsPositiveRootOf(r, sigma), RootReduction(elimination));
    }

    /// <summary>c(σ, y, √λ, λ) ⋈ 0 at the root σ, as Q(σ) ⋈ 0.</summary>
    public static Claim Sign(string name, string description, RootElimination elimination, string sigmaName, AlgebraicNumber sigma, MultivariatePolynomial c, SignCondition condition) =>
        Signs(name, description, elimination, sigmaName, sigma, new[] { (c, condition) });

    /// <summary>Every c_k(σ, y, √λ, λ) ⋈_k 0 at the root σ, as one query: σ &gt; 0 ∧ R(σ) = 0 ∧ ⋀ Q_k(σ) ⋈_k 0.</summary>
    public static Claim Signs(string name, string description, RootElimination elimination, string sigmaName, AlgebraicNumber sigma, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions)
    {
        var reduced = conditions.Select(c => (Q: elimination.Eliminate(c.Quantity), c.Condition)).ToList();
        var r = elimination.RootPolynomial;
        var reals = new PinnedReals(elimination.LambdaProduct);
        var x = reals.Algebraic(sigmaName, sigma);
        var statement = Terms.And(PositiveRootOf(r, x).Concat(reduced.Select(c => c.Condition.Of(PinnedReals.PolynomialAt(c.Q, x)))).ToArray());
        return Make(name, description, reals, statement, () => IsPositiveRootOf(r, sigma) && reduced.All(c => c.Condition.Holds(sigma.SignOf(c.Q))),
            Invariant($"the query proves sigma > 0 and R(sigma) = 0, so sigma is a positive root of f and s*D = N there, with D = {elimination.Denominator} > 0 and N = {elimination.Numerator}; writing each quantity c = c0 + s*c1 (s^2 = lambda), D*c = Q + c1*(s*D - N) (checked exactly), so sign c = sign Q, and the query's remaining conjuncts are the Q(sigma) with the claimed signs; ") + RootReduction(elimination));
    }

    /// <summary>
    /// f(·; y) has no root in (a, b) but σ. Where R' has no root on [a, b] (<see cref="Separated"/> refines σ's interval
    /// until it does not) the query is univariate: R is strictly monotone there, and σ is a root of R (root[j]).
    /// Otherwise (a multiple root of R) it is R(x) = 0 ∧ a &lt; x &lt; b ⇒ x = σ.
    /// </summary>
    public static Claim Unique(string name, string description, RootElimination elimination, string sigmaName, AlgebraicNumber sigma)
    {
        var reals = new PinnedReals(elimination.LambdaProduct);
        var interval = sigma.Interval;
        var r = elimination.RootPolynomial;
        var lower = Terms.Number(interval.Lower);
        var upper = Terms.Number(interval.Upper);
        if (Monotone(elimination, interval))
        {
            var x = reals.Free("x");
            var derivative = r.Derivative();
            var statement = Terms.Implies(Terms.And(Terms.LessOrEqual(lower, x), Terms.LessOrEqual(x, upper)), Terms.Not(Terms.Equal(PinnedReals.PolynomialAt(derivative, x), Zero)));
            return Make(name, description, reals, statement, () => interval.Lower.Sign >= 0 && Monotone(elimination, interval),
                "R' has no root on the closed interval, so R is strictly monotone there and sigma, a root of R in it (root[...]), is its only one; " + RootReduction(elimination));
        }

        var pinned = reals.Algebraic(sigmaName, sigma);
        var other = reals.Free("x");
        var inside = Terms.And(Terms.Less(lower, other), Terms.Less(other, upper), Terms.Equal(PinnedReals.PolynomialAt(r, other), Zero));
        return Make(name, description, reals, Terms.Implies(inside, Terms.Equal(other, pinned)),
            () => interval.Lower.Sign >= 0 && DistinctRoots(r, interval.Lower, interval.Upper) == 1, RootReduction(elimination));
    }

    /// <summary>
    /// σ with an isolating interval on which R' has no root, found by at most 64 bisections; σ unchanged when it is
    /// rational or none is found (a multiple root of R, such as x* at y = y_crit). Deterministic, so every claim about
    /// σ and the completeness claim of its y use the same interval.
    /// </summary>
    public static AlgebraicNumber Separated(AlgebraicNumber sigma, RootElimination elimination) =>
        sigma.TryGetRational(out _) ? sigma : SeparatedBy(sigma, elimination.RootDerivativeSturm);

    /// <summary>
    /// σ with an isolating interval on which the polynomial of <paramref name="derivative"/> has no root, found by at most
    /// 64 bisections; σ unchanged when none is found. Shared by the rational and the algebraic claims.
    /// </summary>
    internal static AlgebraicNumber SeparatedBy(AlgebraicNumber sigma, SturmSequence derivative)
    {
        var current = sigma;
        for (int attempt = 0; attempt < 64; attempt++)
        {
            var interval = current.Interval;
            if (derivative.CountRootsClosed(interval.Lower, interval.Upper) == 0)
            {
                return current;
            }

            current = current.Refine(interval.Width / 2);
        }

        return sigma;
    }

    /// <summary>x &gt; 0 and R(x) = 0: x is a positive root of R, hence of f.</summary>
    private static IEnumerable<SmtTerm> PositiveRootOf(Polynomial r, SmtTerm x) =>
        new[] { Terms.Greater(x, Zero), Terms.Equal(PinnedReals.PolynomialAt(r, x), Zero) };

    /// <summary>Our exact check of <see cref="PositiveRootOf"/>.</summary>
    private static bool IsPositiveRootOf(Polynomial r, AlgebraicNumber value) => value.Sign > 0 && value.SignOf(r) == 0;

    private static bool Monotone(RootElimination elimination, IsolatingInterval interval) =>
        elimination.RootDerivativeSturm.CountRootsClosed(interval.Lower, interval.Upper) == 0;

    /// <summary>
    /// The listed roots as claims of their own when Descartes' rule of signs can finish the completeness argument (the
    /// listed roots, a double root counted twice, are as many as R's coefficient sign changes V): each is a positive root of
    /// R (a double one with R' = 0 too), one variable each. Empty otherwise.
    /// </summary>
    public static IReadOnlyList<Claim> ListedRoots(string prefix, RootElimination elimination, IReadOnlyList<ScalarRoot> listed)
    {
        if (!DescartesApplies(elimination, listed))
        {
            return Array.Empty<Claim>();
        }

        var r = elimination.RootPolynomial;
        var derivative = r.Derivative();
        return listed.Select((root, i) =>
        {
            var reals = new PinnedReals(elimination.LambdaProduct);
            var x = reals.Algebraic(Invariant($"root_{i + 1}"), root.Value);
            bool isDouble = root.Label == RootLabel.DoubleRoot;
            var parts = PositiveRootOf(r, x).ToList();
            if (isDouble)
            {
                parts.Add(Terms.Equal(PinnedReals.PolynomialAt(derivative, x), Zero));
            }

            var value = root.Value;
            return Make(ListedName(prefix, root), Invariant($"the listed {root.Label.ToSymbol()} is a positive {(isDouble ? "double " : string.Empty)}root of R"), reals, Terms.And(parts.ToArray()),
                () => IsPositiveRootOf(r, value) && (!isDouble || value.SignOf(derivative) == 0), RootReduction(elimination));
        }).ToList();
    }

    /// <summary>
    /// Every positive root of f(·; y) is listed. Where <see cref="ListedRoots"/> applies: the listed roots are proved
    /// roots (the premises), their intervals are disjoint (this query), and R has at most V positive roots counted with
    /// multiplicity (Descartes; V counted exactly), so there is no other. Otherwise one query: x &gt; 0 ∧ R(x) = 0 ⇒ x is
    /// one of them.
    /// </summary>
    public static Claim Complete(string name, string description, RootElimination elimination, IReadOnlyList<ScalarRoot> listed)
    {
        var reals = new PinnedReals(elimination.LambdaProduct);
        var r = elimination.RootPolynomial;
        bool Exact() => ListsEveryPositiveRoot(r, listed);
        if (DescartesApplies(elimination, listed))
        {
            var places = listed.Select((root, i) => root.Value.TryGetRational(out var q)
                ? (SmtTerm)Terms.Number(q)
                : reals.Between(Invariant($"root_{i + 1}"), root.Value.Interval.Lower, root.Value.Interval.Upper)).ToList();
            var distinct = Terms.And(Enumerable.Range(1, places.Count - 1).Select(i => Terms.Less(places[i - 1], places[i])).ToArray());
            int variations = r.CoefficientSignVariations();
            return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), distinct, Exact)
            {
                Pins = reals.Pins.ToList(),
                Premises = listed.Select(root => ListedName(name, root)).ToList(),
                Reduction = Invariant($"R's coefficients change sign {variations} times, so by Descartes' rule of signs R has at most {variations} positive roots counted with multiplicity; the premises prove the listed ones are positive roots of R ({listed.Sum(root => root.Label == RootLabel.DoubleRoot ? 2 : 1)} with multiplicity: a double root also has R' = 0), this query that they are distinct, so R, hence f, has no other; ") + RootReduction(elimination),
            };
        }

        var x = reals.Free("x");
        var inside = listed.Select(root => root.Value.TryGetRational(out var q)
            ? Terms.Equal(x, Terms.Number(q))
            : Terms.And(Terms.Less(Terms.Number(root.Value.Interval.Lower), x), Terms.Less(x, Terms.Number(root.Value.Interval.Upper)))).ToArray();
        var statement = Terms.Implies(Terms.And(Terms.Greater(x, Zero), Terms.Equal(PinnedReals.PolynomialAt(r, x), Zero)), Terms.Or(inside));
        return Make(name, description, reals, statement, Exact, RootReduction(elimination));
    }

    private static string ListedName(string complete, ScalarRoot root) => Invariant($"{complete}.{root.Label.ToSymbol()}");

    private static bool DescartesApplies(RootElimination elimination, IReadOnlyList<ScalarRoot> listed) =>
        listed.Count > 0 && listed.Sum(root => root.Label == RootLabel.DoubleRoot ? 2 : 1) == elimination.RootPolynomial.CoefficientSignVariations();

    /// <summary>Our exact check of completeness: R's distinct positive roots, each inside exactly one listed place, as many as listed.</summary>
    private static bool ListsEveryPositiveRoot(Polynomial r, IReadOnlyList<ScalarRoot> listed)
    {
        var positive = RealRootIsolation.Isolate(r).Select(root => root.Value).Where(v => v.Sign > 0).ToList();
        return positive.Count == listed.Count
            && positive.All(v => listed.Count(root => root.Value.TryGetRational(out var q)
                ? v.CompareTo(q) == 0
                : v.CompareTo(root.Value.Interval.Lower) > 0 && v.CompareTo(root.Value.Interval.Upper) < 0) == 1);
    }

    private static int DistinctRoots(Polynomial r, BigRational lower, BigRational upper)
    {
        var squareFree = r.SquareFreePart();
        return SturmSequence.Create(squareFree).CountRoots(lower, upper) - (squareFree.Evaluate(upper).IsZero ? 1 : 0);
    }

    private static string RootReduction(RootElimination elimination) =>
        Invariant($"f(x; y) = x*(N - s*D) with N = {elimination.Numerator}, D = {elimination.Denominator}, and R = N^2 - lambda*D^2 = (N - s*D)*(N + s*D) (checked exactly); N + s*D > 0 for x > 0, so the positive roots of f are those of R = {elimination.RootPolynomial}");

    private static Claim Make(string name, string description, PinnedReals reals, SmtTerm statement, Func<bool> exact, string reduction) =>
        new(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact) { Pins = reals.Pins.ToList(), Reduction = reduction };
}
