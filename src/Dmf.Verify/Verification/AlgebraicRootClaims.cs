using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Smt;
using static System.FormattableString;

namespace Dmf.Verify.Verification;

/// <summary>
/// Claims about a positive root σ of f(·; y) when y is irrational (docs/verification.md, "Irrational y"): y is declared
/// and pinned by its own polynomial and isolating interval, like σ. "σ is a root" is σ &gt; 0 ∧
/// link(σ, s): y' = N(σ)/(s·σ^{L−2}) is a root of y's polynomial inside y's interval, so y' = y and f(σ; y) = 0; every
/// statement c(σ, y, √λ) ⋈ 0 at that root takes y = N(σ)/(s·σ^{L−2}) (<see cref="AlgebraicRootElimination"/>) and becomes
/// C(σ, s) ⋈ 0, so each query is in σ and s alone (y pinned beside them) and stands on its own. Our own exact check
/// decides each C at σ (<see cref="AlgebraicRootElimination.SignAt"/>).
/// </summary>
internal static class AlgebraicRootClaims
{
    private static readonly SmtTerm Zero = Terms.Number(BigRational.Zero);

    /// <summary>σ is a positive root of f(·; y): σ &gt; 0 and the link conditions, in σ and s, with y pinned beside them.</summary>
    public static Claim Root(string name, string description, AlgebraicRootElimination elimination, string sigmaName, AlgebraicNumber sigma, string yName) =>
        Signs(name, description, elimination, sigmaName, sigma, yName, Array.Empty<(MultivariatePolynomial, SignCondition)>());

    /// <summary>
    /// Every c_k(σ, y, √λ, λ) ⋈_k 0 at the root σ: σ &gt; 0 ∧ link(σ, s) ∧ ⋀ C_k(σ, s) ⋈_k 0, y eliminated
    /// (<see cref="AlgebraicRootElimination.Eliminate(MultivariatePolynomial)"/>).
    /// </summary>
    public static Claim Signs(string name, string description, AlgebraicRootElimination elimination, string sigmaName, AlgebraicNumber sigma, string yName, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions)
    {
        var reduced = conditions.Select(c => (C: elimination.Eliminate(c.Quantity), c.Condition)).ToList();
        var reals = new PinnedReals(elimination.LambdaProduct);
        var x = reals.Algebraic(sigmaName, sigma);
        reals.Algebraic(yName, elimination.SingularValue);
        var s = reals.SquareRootOfLambda;
        var lambda = Terms.Number(elimination.LambdaProduct);
        SmtTerm Print(MultivariatePolynomial c) => ScalarForms.Print(c, x, Zero, s, lambda);
        var link = elimination.Link().Select(l => (l.Sign == 0 ? SignCondition.Zero : SignCondition.Positive).Of(Print(l.Quantity)));
        var statement = Terms.And(new[] { Terms.Greater(x, Zero) }.Concat(link).Concat(reduced.Select(c => c.Condition.Of(Print(c.C)))).ToArray());
        var interval = elimination.SingularValue.Interval;
        string reduction = Invariant($"y is pinned by m(y) = 0 and {interval.Lower.ToExactString()} < y < {interval.Upper.ToExactString()} (m = {elimination.SingularValue.DefiningPolynomial}, whose only root there is y: a Sturm count); the query's link conjuncts say that y' = N(sigma)/(s*sigma^{elimination.Depth - 2}) (N = x^{2 * elimination.Depth - 2} + lambda) has m(y') = 0 (times (s*sigma^{elimination.Depth - 2})^deg m > 0) and lies in that interval, so y' = y: sigma > 0 is a root of f(.; y) = x*(N - s*y*x^{elimination.Depth - 2})");
        if (reduced.Count > 0)
        {
            reduction += "; then each quantity c of degree k in y, times (s*sigma^(L-2))^k > 0 with y = N/(s*sigma^(L-2)), s^2 = lambda and a positive power of sigma divided out, is the polynomial C(sigma, s) of the remaining conjuncts, with the sign of c (the substitution is re-checked exactly)";
        }

        return Make(name, description, reals, statement, () => elimination.IsRootOfF(sigma) && reduced.All(c => c.Condition.Holds(elimination.SignAt(c.C, sigma))), reduction);
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
            () => interval.Lower.Sign >= 0 && SturmSequence.Create(p).CountRoots(interval.Lower, interval.Upper) - (p.Evaluate(interval.Upper).IsZero ? 1 : 0) == 1, reduction);
    }

    /// <summary>
    /// complete[y]: every positive root of f(·; y) is one of the listed (lies in its interval, or equals it when rational):
    /// x &gt; 0 ∧ N(x) = s·y·x^{L−2} ⇒ x is one of them, with y and s pinned. Our exact check isolates P's positive roots
    /// and keeps those that are y's by the link conditions.
    /// </summary>
    public static Claim Complete(string name, string description, AlgebraicRootElimination elimination, string yName, IReadOnlyList<ScalarRoot> listed)
    {
        var reals = new PinnedReals(elimination.LambdaProduct);
        var y = reals.Algebraic(yName, elimination.SingularValue);
        var x = reals.Free("x");
        var inside = listed.Select(root => root.Value.TryGetRational(out var q)
            ? Terms.Equal(x, Terms.Number(q))
            : Terms.And(Terms.Less(Terms.Number(root.Value.Interval.Lower), x), Terms.Less(x, Terms.Number(root.Value.Interval.Upper)))).ToArray();
        var statement = Terms.Implies(Terms.And(Terms.Greater(x, Zero), Terms.Equal(FOverX(elimination, x, y, reals.SquareRootOfLambda), Zero)), Terms.Or(inside));
        return Make(name, description, reals, statement, () => ListsEveryPositiveRoot(elimination, listed), "the statement is: every x > 0 with f(x; y)/x = 0 lies in one of the listed places");
    }

    /// <summary>σ with an isolating interval on which P' has no root (at most 64 bisections; σ unchanged when rational or none is found).</summary>
    public static AlgebraicNumber Separated(AlgebraicNumber sigma, AlgebraicRootElimination elimination)
    {
        if (sigma.TryGetRational(out _) || sigma.SignOf(elimination.RootPolynomial) != 0)
        {
            return sigma;
        }

        var current = sigma;
        for (int attempt = 0; attempt < 64; attempt++)
        {
            var interval = current.Interval;
            if (Monotone(elimination, interval))
            {
                return current;
            }

            current = current.Refine(interval.Width / 2);
        }

        return sigma;
    }

    private static bool Monotone(AlgebraicRootElimination elimination, IsolatingInterval interval) =>
        elimination.RootDerivativeSturm.CountRootsClosed(interval.Lower, interval.Upper) == 0;

    /// <summary>f(x; y)/x = x^{2L−2} − s·y·x^{L−2} + λ printed from <see cref="ScalarTheory.FOverX"/>.</summary>
    private static SmtTerm FOverX(AlgebraicRootElimination elimination, SmtTerm x, SmtTerm y, SmtTerm s) =>
        ScalarForms.FOverX(elimination.Depth, x, y, s, Terms.Number(elimination.LambdaProduct));

    /// <summary>Our exact check of completeness: the positive roots of P that are y's, each inside exactly one listed place, as many as listed.</summary>
    private static bool ListsEveryPositiveRoot(AlgebraicRootElimination elimination, IReadOnlyList<ScalarRoot> listed)
    {
        var roots = RealRootIsolation.IsolateSquareFree(elimination.RootPolynomial).Where(v => v.Sign > 0 && elimination.IsRootOfF(v)).ToList();
        return roots.Count == listed.Count
            && roots.All(v => listed.Count(root => root.Value.TryGetRational(out var q)
                ? v.CompareTo(q) == 0
                : v.CompareTo(root.Value.Interval.Lower) > 0 && v.CompareTo(root.Value.Interval.Upper) < 0) == 1);
    }

    private static Claim Make(string name, string description, PinnedReals reals, SmtTerm statement, Func<bool> exact, string reduction) =>
        new(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact) { Pins = reals.Pins.ToList(), Reduction = reduction };
}
