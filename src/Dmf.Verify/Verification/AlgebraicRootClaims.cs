using Dmf.Symbolic.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// Claims about a positive root σ of f(·; y) when y is irrational and exactly at a threshold (docs/verification.md, "Values known by an interval"): y is declared
/// and pinned by its own polynomial and isolating interval, like σ. "σ is a root" is σ &gt; 0 ∧
/// link(σ, s): y' = N(σ)/(s·σ^{L−2}) is a root of y's polynomial inside y's interval, so y' = y and f(σ; y) = 0; every
/// statement c(σ, y, √λ) ⋈ 0 at that root takes y = N(σ)/(s·σ^{L−2}) (<see cref="AlgebraicRootElimination"/>) and becomes
/// C(σ, s) ⋈ 0, so each query is in σ and s alone (y pinned beside them) and stands on its own. Our own exact check
/// decides each C at σ (<see cref="AlgebraicRootElimination.SignAt"/>).
/// </summary>
internal static class AlgebraicRootClaims
{
    private static readonly SmtTerm Zero = Terms.Number(BigRational.Zero);

    /// <summary>
    /// σ is a positive root of f(·; y). First as a bracket (<see cref="BracketRoot"/>); where none is found (x*, a double
    /// root, has no sign change), σ &gt; 0 and the link conditions, in σ and s, with y pinned beside them.
    /// </summary>
    public static Claim Root(string name, string description, AlgebraicRootElimination elimination, string sigmaName, AlgebraicNumber sigma, string yName) =>
        BracketRoot(name, description, elimination, sigma, yName)
        ?? Signs(name, description, elimination, sigmaName, sigma, yName, Array.Empty<(MultivariatePolynomial, SignCondition)>());

    /// <summary>
    /// The root as a bracket [a, b] of σ (its interval, refined): for every y in a box of y (s pinned), f(a; y) and
    /// f(b; y) have opposite signs and f′(x; y) has one sign for x in [a, b] — so f(·; y) has exactly one root in (a, b)
    /// for the actual y. That root is a root of P (the resultant), and P has exactly one root in (a, b), σ (our Sturm
    /// count), so it is σ. No algebraic number of high degree enters the query: it is polynomial in x, y and s of
    /// degree 2L − 1, on a box our interval arithmetic certified. Null when no bracket is certified within 40 halvings.
    /// </summary>
    private static Claim? BracketRoot(string name, string description, AlgebraicRootElimination elimination, AlgebraicNumber sigma, string yName)
    {
        var landscape = elimination.Landscape;
        var lambda = landscape.LambdaProduct;
        var fOverX = RootElimination.ReduceSquareRoot(ScalarTheory.FOverX(elimination.Depth), lambda);
        var derivative = RootElimination.ReduceSquareRoot(ScalarTheory.FDerivative(elimination.Depth), lambda);
        var (x, y, r) = (sigma, elimination.SingularValue, landscape.SquareRootOfLambda);
        if (sigma.TryGetRational(out _) || sigma.Sign <= 0)
        {
            return null;
        }

        var fine = BigRational.FromBinary(1, -20);
        for (int attempt = 0; attempt < 40; attempt++)
        {
            // y and s much narrower than σ's bracket: f(a; y) ≈ f'(σ)(a − σ) must outweigh y's and s's spread.
            y = y.Refine(x.Interval.Width * fine);
            r = r.Refine(x.Interval.Width * fine);
            var (a, b) = (x.Interval.Lower, x.Interval.Upper);
            int lowSign = SignOnBox(fOverX, new IsolatingInterval(a, a), y.Interval, r.Interval);
            int highSign = SignOnBox(fOverX, new IsolatingInterval(b, b), y.Interval, r.Interval);
            int slope = SignOnBox(derivative, x.Interval, y.Interval, r.Interval);
            if (lowSign != 0 && highSign == -lowSign && slope != 0 && a.Sign > 0)
            {
                return BracketClaim(name, description, elimination, sigma, yName, a, b, y.Interval, lowSign, slope, fOverX, derivative);
            }

            x = x.Refine(x.Interval.Width / 2);
        }

        return null;
    }

    private static Claim BracketClaim(string name, string description, AlgebraicRootElimination elimination, AlgebraicNumber sigma, string yName, BigRational a, BigRational b, IsolatingInterval yBox, int lowSign, int slope, MultivariatePolynomial fOverX, MultivariatePolynomial derivative)
    {
        var lambda = elimination.LambdaProduct;
        var reals = new PinnedReals(lambda);
        var y = reals.Between(yName, yBox.Lower, yBox.Upper);
        var s = reals.SquareRootOfLambda;
        var x = reals.Free("x");
        var l = Terms.Number(lambda);
        SmtTerm Signed(int sign, SmtTerm t) => sign > 0 ? Terms.Greater(t, Zero) : Terms.Less(t, Zero);
        var statement = Terms.And(
            Signed(lowSign, ScalarForms.Print(fOverX, Terms.Number(a), y, s, l)),
            Signed(-lowSign, ScalarForms.Print(fOverX, Terms.Number(b), y, s, l)),
            Terms.Implies(Terms.And(Terms.LessOrEqual(Terms.Number(a), x), Terms.LessOrEqual(x, Terms.Number(b))), Signed(slope, ScalarForms.Print(derivative, x, y, s, l))));
        var p = elimination.RootPolynomial;
        bool Exact() => elimination.IsRootOfF(sigma) && sigma.CompareTo(a) > 0 && sigma.CompareTo(b) < 0
            && elimination.RootSturm.CountRoots(a, b) - (p.Evaluate(b).IsZero ? 1 : 0) == 1;
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, Exact)
        {
            Pins = reals.Pins.ToList(),
            Reduction = Invariant($"the query proves, for every {yName} in ({yBox.Lower.ToExactString()}, {yBox.Upper.ToExactString()}) (y's isolating interval, so for y), that f(x; y)/x = {ScalarText.Of(ScalarTheory.FOverX(elimination.Depth))} changes sign between a = {a.ToExactString()} and b = {b.ToExactString()} and that f' has one sign on [a, b]: f(.; y) has exactly one root in (a, b). It is a root of P = {p} (the resultant of f and y's polynomial), which has exactly one root in (a, b), sigma (a Sturm count, checked exactly with sigma's membership), so it is sigma"),
        };
    }

    /// <summary>The sign a corner enclosure of q over the box certifies (0 when it does not).</summary>
    private static int SignOnBox(MultivariatePolynomial q, IsolatingInterval x, IsolatingInterval y, IsolatingInterval s) =>
        BoxClaims.HoldsOnBox(q, SignCondition.Positive, x, y, s) ? 1 : BoxClaims.HoldsOnBox(q, SignCondition.Negative, x, y, s) ? -1 : 0;

    /// <summary>
    /// Every c_k(σ, y, √λ, λ) ⋈_k 0 at the root σ: σ &gt; 0 ∧ link(σ, s) ∧ ⋀ C_k(σ, s) ⋈_k 0, y eliminated
    /// (<see cref="AlgebraicRootElimination.Eliminate(MultivariatePolynomial)"/>).
    /// </summary>
    public static Claim Signs(string name, string description, AlgebraicRootElimination elimination, string sigmaName, AlgebraicNumber sigma, string yName, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions, string? rootClaim = null)
    {
        var reduced = conditions.Select(c => (C: elimination.Eliminate(c.Quantity), c.Condition)).ToList();

        // With the root proved by its own claim, conditions that hold strictly (or identically) are stated on a box of σ.
        if (rootClaim is not null && reduced.Count > 0
            && BoxClaims.Try(name, description, reduced, sigmaName, sigma, null, null, elimination.Landscape, rootClaim) is { } box)
        {
            return box;
        }

        var reals = new PinnedReals(elimination.LambdaProduct);
        var (x, rootConditions) = PinnedRoot(elimination, sigmaName, sigma, yName, reals);
        var s = reals.SquareRootOfLambda;
        var lambda = Terms.Number(elimination.LambdaProduct);
        var statement = Terms.And(rootConditions.Concat(reduced.Select(c => c.Condition.Of(ScalarForms.Print(c.C, x, Zero, s, lambda)))).ToArray());
        var interval = elimination.SingularValue.Interval;
        string reduction = Invariant($"y is pinned by m(y) = 0 and {interval.Lower.ToExactString()} < y < {interval.Upper.ToExactString()} (m = {elimination.SingularValue.DefiningPolynomial}, whose only root there is y: a Sturm count); the query's link conjuncts say that y' = N(sigma)/(s*sigma^{elimination.Depth - 2}) (N = {ScalarText.Of(ScalarTheory.RootNumerator(elimination.Depth))}) has m(y') = 0 (times (s*sigma^{elimination.Depth - 2})^deg m > 0) and lies in that interval, so y' = y: sigma > 0 is a root of f(.; y) = x*(N - s*y*x^{elimination.Depth - 2})");
        if (reduced.Count > 0)
        {
            reduction += "; then each quantity c of degree k in y, times (s*sigma^(L-2))^k > 0 with y = N/(s*sigma^(L-2)), s^2 = lambda and a positive power of sigma divided out, is the polynomial C(sigma, s) of the remaining conjuncts, with the sign of c (the substitution is re-checked exactly)";
        }

        return Make(name, description, reals, statement, () => elimination.IsRootOfF(sigma) && reduced.All(c => c.Condition.Holds(elimination.SignAt(c.C, sigma))), reduction);
    }

    /// <summary>
    /// σ and y declared and pinned in <paramref name="reals"/> (with s), and the conjuncts in σ and s that make σ a positive
    /// root of f(·; y): σ &gt; 0 and the link conditions. Every pinned claim at an irrational y's root starts from them.
    /// </summary>
    internal static (SmtConstant Sigma, IReadOnlyList<SmtTerm> Conditions) PinnedRoot(AlgebraicRootElimination elimination, string sigmaName, AlgebraicNumber sigma, string yName, PinnedReals reals)
    {
        var x = reals.Algebraic(sigmaName, sigma);
        reals.Algebraic(yName, elimination.SingularValue);
        var s = reals.SquareRootOfLambda;
        var lambda = Terms.Number(elimination.LambdaProduct);
        var link = elimination.Link().Select(l => (l.Sign == 0 ? SignCondition.Zero : SignCondition.Positive).Of(ScalarForms.Print(l.Quantity, x, Zero, s, lambda)));
        return (x, new[] { Terms.Greater(x, Zero) }.Concat(link).ToList());
    }

    /// <summary>
    /// f(·; y) has no root in (a, b) but σ: every positive root of f(·; y) is a root of the square-free P (the resultant
    /// of f·(its conjugate in s) and y's polynomial), and P' has no root on [a, b] (<see cref="Separated"/> refines σ's
    /// interval until it does not), so P is strictly monotone there and σ (a root of f, root[j]) is the only one.
    /// Otherwise P(x) = 0 ∧ a &lt; x &lt; b ⇒ x = σ.
    /// </summary>
    public static Claim Unique(string name, string description, AlgebraicRootElimination elimination, string sigmaName, AlgebraicNumber sigma)
    {
        var reals = new PinnedReals(elimination.LambdaProduct);
        var interval = sigma.Interval;
        var p = elimination.RootPolynomial;
        var lower = Terms.Number(interval.Lower);
        var upper = Terms.Number(interval.Upper);
        string reduction = Invariant($"every positive root of f(.; y) is a root of P = {p}, the square-free part of sum_k n_k*A^k*(lambda*B)^(d-k) (A = (x^(2L-2) + lambda)^2, B = x^(2L-4), n the polynomial of y^2)");
        if (Monotone(elimination, interval))
        {
            var x = reals.Free("x");
            var statement = Terms.Implies(Terms.And(Terms.LessOrEqual(lower, x), Terms.LessOrEqual(x, upper)), Terms.Not(Terms.Equal(PinnedReals.PolynomialAt(p.Derivative(), x), Zero)));
            return Make(name, description, reals, statement, () => interval.Lower.Sign >= 0 && Monotone(elimination, interval),
                reduction + "; P' has no root on the closed interval, so P is strictly monotone there and sigma (a root of f, root[...]) is its only root in it");
        }

        var pinned = reals.Algebraic(sigmaName, sigma);
        var other = reals.Free("x");
        var inside = Terms.And(Terms.Less(lower, other), Terms.Less(other, upper), Terms.Equal(PinnedReals.PolynomialAt(p, other), Zero));
        return Make(name, description, reals, Terms.Implies(inside, Terms.Equal(other, pinned)),
            () => interval.Lower.Sign >= 0 && elimination.RootSturm.CountRoots(interval.Lower, interval.Upper) - (p.Evaluate(interval.Upper).IsZero ? 1 : 0) == 1, reduction);
    }

    /// <summary>
    /// complete[y]: every positive root of f(·; y) is one of the listed (lies in its interval, or equals it when rational):
    /// x &gt; 0 ∧ N(x) = s·y·x^{L−2} ⇒ x is one of them, with y and s pinned. Our exact check isolates P's positive roots
    /// and keeps those that are y's by the link conditions.
    /// </summary>
    public static Claim Complete(string name, string description, AlgebraicRootElimination elimination, string yName, IReadOnlyList<ScalarRoot> listed)
    {
        if (DescartesApplies(elimination, listed, out int variations))
        {
            var box = new PinnedReals(elimination.LambdaProduct);
            var places = listed.Select((root, i) => root.Value.TryGetRational(out var q)
                ? (SmtTerm)Terms.Number(q)
                : box.Between(Invariant($"root_{i + 1}"), root.Value.Interval.Lower, root.Value.Interval.Upper)).ToList();
            var distinct = Terms.And(Enumerable.Range(1, places.Count - 1).Select(i => Terms.Less(places[i - 1], places[i])).ToArray());
            return new Claim(name, description, box.Constants.ToList(), box.Context.ToList(), distinct, () => ListsEveryPositiveRoot(elimination, listed))
            {
                Pins = box.Pins.ToList(),
                Premises = listed.Select(root => ListedName(name, root)).ToList(),
                Reduction = Invariant($"R(x; y) = {ScalarText.Of(ScalarTheory.RootPolynomial(elimination.Depth))} = (f(x; y)/x)*(its conjugate in s) has coefficients whose signs at y (decided exactly) change {variations} times, so by Descartes' rule of signs f(.; y) has at most {variations} positive roots counted with multiplicity; the premises prove the listed ones are roots ({listed.Sum(root => root.Label == RootLabel.DoubleRoot ? 2 : 1)} with multiplicity: a double root also has f' = 0), this query that they are distinct, so there is no other"),
            };
        }

        var reals = new PinnedReals(elimination.LambdaProduct);
        var y = reals.Algebraic(yName, elimination.SingularValue);
        var x = reals.Free("x");
        var inside = listed.Select(root => root.Value.TryGetRational(out var q)
            ? Terms.Equal(x, Terms.Number(q))
            : Terms.And(Terms.Less(Terms.Number(root.Value.Interval.Lower), x), Terms.Less(x, Terms.Number(root.Value.Interval.Upper)))).ToArray();
        var statement = Terms.Implies(Terms.And(Terms.Greater(x, Zero), Terms.Equal(FOverX(elimination, x, y, reals.SquareRootOfLambda), Zero)), Terms.Or(inside));
        return Make(name, description, reals, statement, () => ListsEveryPositiveRoot(elimination, listed), "the statement is: every x > 0 with f(x; y)/x = 0 lies in one of the listed places");
    }

    /// <summary>
    /// The listed roots as claims of their own when Descartes' rule finishes the completeness argument (<see cref="Complete"/>):
    /// each a positive root of f(·; y), a double one with f' = 0 too. Empty otherwise.
    /// </summary>
    public static IReadOnlyList<Claim> ListedRoots(string prefix, AlgebraicRootElimination elimination, string yName, IReadOnlyList<ScalarRoot> listed)
    {
        if (!DescartesApplies(elimination, listed, out _))
        {
            return Array.Empty<Claim>();
        }

        return listed.Select((root, i) => root.Label == RootLabel.DoubleRoot
            ? Signs(ListedName(prefix, root), Invariant($"the listed {root.Label.ToSymbol()} is a positive double root of f(.; y)"), elimination, Invariant($"root_{i + 1}"), root.Value, yName, new[] { (ScalarTheory.FDerivative(elimination.Depth), SignCondition.Zero) })
            : Root(ListedName(prefix, root), Invariant($"the listed {root.Label.ToSymbol()} is a positive root of f(.; y)"), elimination, Invariant($"root_{i + 1}"), root.Value, yName)).ToList();
    }

    private static string ListedName(string complete, ScalarRoot root) => Invariant($"{complete}.{root.Label.ToSymbol()}");

    /// <summary>Whether the listed roots, a double root twice, are as many as the sign changes V of R(·; y)'s coefficients at y.</summary>
    private static bool DescartesApplies(AlgebraicRootElimination elimination, IReadOnlyList<ScalarRoot> listed, out int variations)
    {
        var r = RootElimination.ReduceSquareRoot(ScalarTheory.RootPolynomial(elimination.Depth), elimination.LambdaProduct);
        var signs = new List<int>();
        for (int power = r.DegreeIn(ScalarTheory.X); power >= 0; power--)
        {
            int sign = elimination.SingularValue.SignOf(r.CoefficientOf(ScalarTheory.X, power).ToUnivariate(ScalarTheory.Y));
            if (sign != 0)
            {
                signs.Add(sign);
            }
        }

        variations = Enumerable.Range(1, Math.Max(0, signs.Count - 1)).Count(i => signs[i] != signs[i - 1]);
        return listed.Count > 0 && listed.Sum(root => root.Label == RootLabel.DoubleRoot ? 2 : 1) == variations;
    }

    /// <summary>σ with an isolating interval on which P' has no root (at most 64 bisections; σ unchanged when rational or none is found).</summary>
    public static AlgebraicNumber Separated(AlgebraicNumber sigma, AlgebraicRootElimination elimination) =>
        SeparatedRoots.GetValue(elimination, _ => new System.Collections.Concurrent.ConcurrentDictionary<AlgebraicNumber, Lazy<AlgebraicNumber>>(ReferenceEqualityComparer.Instance))
            .GetOrAdd(sigma, root => new Lazy<AlgebraicNumber>(() => SeparatedOnce(root, elimination))).Value;

    /// <summary>
    /// Each root separated once per elimination: the listed roots are shared by every type that uses the value, and their
    /// claims are built again for each of them (keyed by the root object; the table lives as long as the elimination).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AlgebraicRootElimination, System.Collections.Concurrent.ConcurrentDictionary<AlgebraicNumber, Lazy<AlgebraicNumber>>> SeparatedRoots = new();

    private static AlgebraicNumber SeparatedOnce(AlgebraicNumber sigma, AlgebraicRootElimination elimination) =>
        sigma.TryGetRational(out _) || sigma.SignOf(elimination.RootPolynomial) != 0 ? sigma : RootClaims.SeparatedBy(sigma, elimination.RootDerivativeSturm);

    private static bool Monotone(AlgebraicRootElimination elimination, IsolatingInterval interval) =>
        elimination.RootDerivativeSturm.CountRootsClosed(interval.Lower, interval.Upper) == 0;

    /// <summary>f(x; y)/x = x^{2L−2} − s·y·x^{L−2} + λ printed from <see cref="ScalarTheory.FOverX"/>.</summary>
    private static SmtTerm FOverX(AlgebraicRootElimination elimination, SmtTerm x, SmtTerm y, SmtTerm s) =>
        ScalarForms.FOverX(elimination.Depth, x, y, s, Terms.Number(elimination.LambdaProduct));

    /// <summary>Our exact check of completeness: the positive roots of P that are y's, each inside exactly one listed place, as many as listed.</summary>
    private static bool ListsEveryPositiveRoot(AlgebraicRootElimination elimination, IReadOnlyList<ScalarRoot> listed)
    {
        var roots = elimination.PositiveRootPolynomialRoots.Where(elimination.IsRootOfF).ToList();
        return roots.Count == listed.Count
            && roots.All(v => listed.Count(root => root.Value.TryGetRational(out var q)
                ? v.CompareTo(q) == 0
                : v.CompareTo(root.Value.Interval.Lower) > 0 && v.CompareTo(root.Value.Interval.Upper) < 0) == 1);
    }

    private static Claim Make(string name, string description, PinnedReals reals, SmtTerm statement, Func<bool> exact, string reduction) =>
        new(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact) { Pins = reals.Pins.ToList(), Reduction = reduction };
}
