using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The scalar lemmas the classification rests on, for one depth and for all λ &gt; 0, y ≥ 0 (λ = s² with s &gt; 0 a
/// variable, so √λ needs no square root): each a claim whose premises are its context, proved when premises ∧ ¬claim
/// is unsatisfiable.
/// <list type="bullet">
/// <item>(a+) a positive root above x_* has f' &gt; 0; (a−) below x_*, f' &lt; 0 (L ≥ 3).</item>
/// <item>(b1) two distinct positive roots ⇒ y &gt; y_crit (λ &lt; λ_crit(y)); (b2) y &gt; y_crit ⇒ f(x_*) &lt; 0, so f,
/// positive near 0 and at ∞, has a root on each side of x_* (L ≥ 3).</item>
/// <item>(c1) λ &lt; λ_glob(y) ⇒ g(x₊) &lt; g(0); (c2) λ ≥ λ_glob(y) ⇒ g(x₊) ≥ g(0), with g(x) − g(0) = x²(L − 1) − y·x^L/s at a
/// root, i.e. g(x₊) &lt; g(0) ⇔ y·x^{L−2} &gt; (L − 1)s (L ≥ 3). At L = 2 (c2) would have contradictory premises
/// (vacuous); (c3) states what holds there instead: λ ≥ y² ⇒ f has no positive root.</item>
/// <item>(d1) y² &gt; λ_1λ_2 ⇒ the N3 block λ_1a² + λ_2b² − 2y·ab is negative at (a, b) = (√λ_2, √λ_1); (d2) y² ≤ λ_1λ_2 ⇒
/// it is nonnegative everywhere (L = 2).</item>
/// </list>
/// Each lemma is invariant under the scaling (x, y, s) ↦ (tx, ty, t^{L−1}s), t &gt; 0 (f scales by t^{2L−1}, f' by
/// t^{2L−2}, both thresholds by t^{2L−2} in λ), so it holds for all λ &gt; 0 iff it holds at λ = 1. The
/// <paramref name="normalized"/> form states it at s = 1: two fewer degrees of freedom, which Z3 4.8's nlsat needs for
/// (b1) and (c2) at odd depths (the general form times out there).
/// </summary>
public static class ScalarLemmas
{
    /// <summary>The lemmas that apply at <paramref name="depth"/> ≥ 2 (for L = 2's free-slot block, normalization changes nothing).</summary>
    public static IReadOnlyList<Claim> For(int depth, bool normalized = false)
    {
        if (depth < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "Depth L must be at least 2.");
        }

        var lemmas = new List<Claim>();
        var constants = ScalarLandscape.Create(depth, BigRational.One);
        var criticalConstant = constants.CriticalLambda(BigRational.One);
        var globalConstant = constants.GlobalLambda(BigRational.One);
        if (depth >= 3)
        {
            lemmas.Add(RootLabel(depth, normalized, above: true));
            lemmas.Add(RootLabel(depth, normalized, above: false));
            lemmas.Add(TwoRootsNeedCritical(depth, normalized, criticalConstant));
            lemmas.Add(CriticalGivesTwoRoots(depth, normalized, criticalConstant));
        }

        lemmas.Add(GlobalThreshold(depth, normalized, globalConstant, below: true));
        lemmas.Add(GlobalThreshold(depth, normalized, globalConstant, below: false));
        if (depth == 2)
        {
            lemmas.Add(FreeSlotIndefinite());
            lemmas.Add(FreeSlotSemidefinite());
        }

        return lemmas;
    }

    private static SmtTerm Zero => Terms.Number(BigRational.Zero);

    /// <summary>x &gt; 0, y ≥ 0 and s &gt; 0 (or s = 1 when normalized), with the constants to declare.</summary>
    private static (SmtConstant X, SmtConstant Y, SmtTerm S, List<SmtConstant> Declared, List<SmtTerm> Domain) Variables(bool normalized)
    {
        var x = Terms.Real("x");
        var y = Terms.Real("y");
        var domain = new List<SmtTerm> { Terms.Greater(x, Zero), Terms.GreaterOrEqual(y, Zero) };
        var declared = new List<SmtConstant> { x, y };
        if (normalized)
        {
            return (x, y, Terms.Number(BigRational.One), declared, domain);
        }

        var s = Terms.Real("s");
        declared.Add(s);
        domain.Add(Terms.Greater(s, Zero));
        return (x, y, s, declared, domain);
    }

    /// <summary>f/x with λ = s² (see <see cref="ScalarForms.FOverX"/>; with f itself Z3 times out at L = 5, 7).</summary>
    private static SmtTerm F(int depth, SmtTerm x, SmtTerm y, SmtTerm s) => ScalarForms.FOverX(depth, x, y, s, Terms.Multiply(s, s));

    private static SmtTerm FDerivative(int depth, SmtTerm x, SmtTerm y, SmtTerm s) => ScalarForms.FDerivative(depth, x, y, s, Terms.Multiply(s, s));

    /// <summary>L·x^{2L−2} − (L−2)·s²: positive iff x &gt; x_*.</summary>
    private static SmtTerm AboveInflection(int depth, SmtTerm x, SmtTerm s) => Terms.Subtract(
        Terms.Multiply(Terms.Number(depth), Terms.Power(x, (2 * depth) - 2)),
        Terms.Multiply(Terms.Number(depth - 2), s, s));

    private static Claim RootLabel(int depth, bool normalized, bool above)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        domain.Add(Terms.Equal(F(depth, x, y, s), Zero));
        domain.Add(above ? Terms.Greater(AboveInflection(depth, x, s), Zero) : Terms.Less(AboveInflection(depth, x, s), Zero));
        var statement = above ? Terms.Greater(FDerivative(depth, x, y, s), Zero) : Terms.Less(FDerivative(depth, x, y, s), Zero);
        return new Claim(above ? "a+" : "a-", above ? "a positive root above x* has f' > 0" : "a positive root below x* has f' < 0", declared, domain, statement, null);
    }

    private static Claim TwoRootsNeedCritical(int depth, bool normalized, BigRational criticalConstant)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        var z = Terms.Real("z");
        declared.Add(z);
        domain.Add(Terms.Less(x, z));
        domain.Add(Terms.Equal(F(depth, x, y, s), Zero));
        domain.Add(Terms.Equal(F(depth, z, y, s), Zero));
        var statement = Terms.Less(Terms.Multiply(s, s), Terms.Multiply(Terms.Number(criticalConstant), Terms.Power(y, (2 * depth) - 2)));
        return new Claim("b1", "two distinct positive roots imply y > y_crit (lambda < lambda_crit(y))", declared, domain, statement, null);
    }

    private static Claim CriticalGivesTwoRoots(int depth, bool normalized, BigRational criticalConstant)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        domain.Add(Terms.Less(Terms.Multiply(s, s), Terms.Multiply(Terms.Number(criticalConstant), Terms.Power(y, (2 * depth) - 2))));
        domain.Add(Terms.Equal(AboveInflection(depth, x, s), Zero));
        return new Claim("b2", "y > y_crit implies f(x*) < 0 (so a root on each side of x*)", declared, domain, Terms.Less(F(depth, x, y, s), Zero), null);
    }

    private static Claim GlobalThreshold(int depth, bool normalized, BigRational globalConstant, bool below)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        if (depth == 2 && !below)
        {
            // At L = 2, λ ≥ λ_glob(y) = y² leaves f no positive root at all, so "g(x₊) ≥ g(0)" would have empty premises
            // (vacuous); what holds — and what makes W = 0 the global choice there — is that no x₊ exists.
            domain.Add(Terms.GreaterOrEqual(Terms.Multiply(s, s), Terms.Multiply(y, y)));
            return new Claim("c3", "L = 2: lambda >= lambda_glob(y) = y^2 implies f has no positive root (0 is the only choice)", declared, domain, Terms.Not(Terms.Equal(F(depth, x, y, s), Zero)), null);
        }

        domain.Add(Terms.Equal(F(depth, x, y, s), Zero));
        if (depth >= 3)
        {
            domain.Add(Terms.Greater(AboveInflection(depth, x, s), Zero));
        }

        var lambda = Terms.Multiply(s, s);
        var threshold = Terms.Multiply(Terms.Number(globalConstant), Terms.Power(y, (2 * depth) - 2));
        domain.Add(below ? Terms.Less(lambda, threshold) : Terms.GreaterOrEqual(lambda, threshold));
        var gain = Terms.Subtract(Terms.Multiply(y, Terms.Power(x, depth - 2)), Terms.Multiply(Terms.Number(depth - 1), s));
        return below
            ? new Claim("c1", "lambda < lambda_glob(y) implies g(x+) < g(0)", declared, domain, Terms.Greater(gain, Zero), null)
            : new Claim("c2", "lambda >= lambda_glob(y) implies g(x+) >= g(0)", declared, domain, Terms.LessOrEqual(gain, Zero), null);
    }

    private static Claim FreeSlotIndefinite()
    {
        var y = Terms.Real("y");
        var s1 = Terms.Real("s_1");
        var s2 = Terms.Real("s_2");
        var domain = new List<SmtTerm>
        {
            Terms.GreaterOrEqual(y, Zero), Terms.Greater(s1, Zero), Terms.Greater(s2, Zero),
            Terms.Greater(Terms.Multiply(y, y), Terms.Multiply(s1, s1, s2, s2)),
        };
        var block = Terms.Subtract(Terms.Multiply(Terms.Number(2), s1, s1, s2, s2), Terms.Multiply(Terms.Number(2), y, s1, s2));
        return new Claim("d1", "y^2 > lambda_1 lambda_2 implies the N3 block is negative at (sqrt(lambda_2), sqrt(lambda_1))", new[] { y, s1, s2 }, domain, Terms.Less(block, Zero), null);
    }

    private static Claim FreeSlotSemidefinite()
    {
        var y = Terms.Real("y");
        var s1 = Terms.Real("s_1");
        var s2 = Terms.Real("s_2");
        var a = Terms.Real("a");
        var b = Terms.Real("b");
        var domain = new List<SmtTerm>
        {
            Terms.GreaterOrEqual(y, Zero), Terms.Greater(s1, Zero), Terms.Greater(s2, Zero),
            Terms.LessOrEqual(Terms.Multiply(y, y), Terms.Multiply(s1, s1, s2, s2)),
        };
        var block = Terms.Add(Terms.Multiply(s1, s1, a, a), Terms.Multiply(s2, s2, b, b), Terms.Multiply(Terms.Number(-2), y, a, b));
        return new Claim("d2", "y^2 <= lambda_1 lambda_2 implies the N3 block is nonnegative", new[] { y, s1, s2, a, b }, domain, Terms.GreaterOrEqual(block, Zero), null);
    }
}
