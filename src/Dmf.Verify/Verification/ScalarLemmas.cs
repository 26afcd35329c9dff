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
/// <item>(e1) y &lt; y_crit ⇒ f has no positive root; (e2) y = y_crit ⇒ a positive root is x_* and double; (e3) f has at
/// most two positive roots (L ≥ 3).</item>
/// <item>(d1) y² &gt; λ_1λ_2 ⇒ the N3 block λ_1a² + λ_2b² − 2y·ab is negative at (a, b) = (√λ_2, √λ_1); (d2) y² ≤ λ_1λ_2 ⇒
/// it is nonnegative everywhere (L = 2).</item>
/// </list>
/// Each lemma is invariant under the scaling (x, y, s) ↦ (tx, ty, t^{L−1}s), t &gt; 0 (f scales by t^{2L−1}, f' by
/// t^{2L−2}, both thresholds by t^{2L−2} in λ), so it holds for all λ &gt; 0 iff it holds at λ = 1. The
/// <paramref name="normalized"/> form states it at s = 1: one fewer degree of freedom, which Z3 4.8's nlsat needs for
/// (b1) and (c2) at odd depths (the general form times out there); <see cref="ScalingReductionFailure"/> checks the
/// reduction in our own algebra for each lemma it is used for.
/// </summary>
internal static class ScalarLemmas
{
    /// <summary>The lemmas that apply at <paramref name="depth"/> ≥ 2 (for L = 2's free-slot block, normalization changes nothing).</summary>
    public static IReadOnlyList<Claim> For(int depth, bool normalized = false) => For(depth, normalized ? "s" : null);

    /// <summary>
    /// The lemmas at <paramref name="depth"/>, with the positive variable <paramref name="normalizedAt"/> ("s" or "x") set
    /// to 1, or in general form (null). Any positive variable may be fixed: the scaling reaches every value of it.
    /// </summary>
    public static IReadOnlyList<Claim> For(int depth, string? normalizedAt)
    {
        if (normalizedAt is not (null or "s" or "x"))
        {
            throw new ArgumentOutOfRangeException(nameof(normalizedAt), normalizedAt, "Normalize at s or x.");
        }

        string? normalized = normalizedAt;
        if (depth < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "Depth L must be at least 2.");
        }

        var lemmas = new List<Claim>();
        if (depth >= 3)
        {
            lemmas.Add(RootLabel(depth, normalized, above: true));
            lemmas.Add(RootLabel(depth, normalized, above: false));
            lemmas.Add(TwoRootsNeedCritical(depth, normalized));
            lemmas.Add(CriticalGivesTwoRoots(depth, normalized));
            lemmas.Add(NoRootBelowCritical(depth, normalized));
            lemmas.Add(DoubleRootAtCritical(depth, normalized));
            lemmas.Add(AtMostTwoRoots(depth, normalized));
        }

        lemmas.Add(GlobalThreshold(depth, normalized, below: true));
        lemmas.Add(GlobalThreshold(depth, normalized, below: false));
        if (depth == 2)
        {
            lemmas.Add(FreeSlotIndefinite());
            lemmas.Add(FreeSlotSemidefinite());
        }

        return lemmas;
    }

    /// <summary>
    /// Our own check that <paramref name="normalized"/> is <paramref name="general"/> at s = 1 and that proving it proves the
    /// general lemma: every comparison of the general form is weighted-homogeneous in its variables with weight L − 1 for s
    /// and 1 for the others, so (x, y, s) ↦ (tx, ty, t^{L−1}s), t &gt; 0, multiplies each side's difference by a positive
    /// power of t (signs unchanged) and maps any counterexample to one with s = 1; and the normalized comparisons are the
    /// general ones with s replaced by 1 (s &gt; 0 itself dropped). Null when it holds, otherwise what fails.
    /// </summary>
    public static string? ScalingReductionFailure(Claim general, Claim normalized, int depth, string variable = "s")
    {
        ArgumentNullException.ThrowIfNull(general);
        ArgumentNullException.ThrowIfNull(normalized);
        var names = general.Constants.Select(c => c.Name).ToList();
        int sIndex = names.IndexOf(variable);
        if (sIndex < 0)
        {
            return $"the general form has no {variable}";
        }

        var weights = names.Select(n => n == "s" ? depth - 1 : 1).ToList();
        var s = MultivariatePolynomial.Variable(names.Count, sIndex);
        var generalAtoms = general.Context.Append(general.Statement).SelectMany(SmtPolynomial.Atoms).Select(a => SmtPolynomial.From(a, names))
            .Where(p => !p.Subtract(s).IsZero).ToList();
        var normalizedAtoms = normalized.Context.Append(normalized.Statement).SelectMany(SmtPolynomial.Atoms).Select(a => SmtPolynomial.From(a, names)).ToList();
        if (generalAtoms.Count != normalizedAtoms.Count)
        {
            return FormattableString.Invariant($"{generalAtoms.Count} comparisons in the general form, {normalizedAtoms.Count} in the normalized one");
        }

        for (int i = 0; i < generalAtoms.Count; i++)
        {
            var degrees = generalAtoms[i].WeightedDegrees(weights);
            if (degrees.Count > 1)
            {
                return FormattableString.Invariant($"comparison {i + 1} is not weighted-homogeneous (weighted degrees {string.Join(", ", degrees.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)))})");
            }

            if (!generalAtoms[i].Substitute(sIndex, BigRational.One).Subtract(normalizedAtoms[i]).IsZero)
            {
                return FormattableString.Invariant($"comparison {i + 1} of the normalized form is not the general one at {variable} = 1");
            }
        }

        return null;
    }

    /// <summary>
    /// A lemma normalized to x = 1 with y eliminated, or null where that does not apply: when the premises hold the root
    /// relation f(1)/1 = 1 − s·y + s² = 0, y = (1 + s²)/s, so every comparison P(y, s, …) ⋈ 0 becomes
    /// s^k·P((1 + s²)/s, s, …) ⋈ 0 (k = P's degree in y; s^k &gt; 0 keeps the relation). The substitution is done in our
    /// own algebra, comparison by comparison, so the result says exactly what the normalized lemma says.
    /// </summary>
    public static Claim? WithYEliminated(Claim normalizedAtX)
    {
        ArgumentNullException.ThrowIfNull(normalizedAtX);
        var names = normalizedAtX.Constants.Select(c => c.Name).ToList();
        int yIndex = names.IndexOf("y");
        int sIndex = names.IndexOf("s");
        if (yIndex < 0 || sIndex < 0 || names.Contains("x"))
        {
            return null;
        }

        int n = names.Count;
        var y = MultivariatePolynomial.Variable(n, yIndex);
        var sv = MultivariatePolynomial.Variable(n, sIndex);
        var one = MultivariatePolynomial.Constant(n, BigRational.One);
        var relation = sv.Multiply(y).Subtract(one).Subtract(sv.Multiply(sv));
        bool hasRelation = normalizedAtX.Context.Any(t => t is SmtApplication { Operator: "=" } eq && eq.Arguments[0].Sort == SmtSort.Real
            && SmtPolynomial.From(Terms.Subtract(eq.Arguments[0], eq.Arguments[1]), names) is var p && (p.Subtract(relation).IsZero || p.Add(relation).IsZero));
        if (!hasRelation)
        {
            return null;
        }

        var numerator = one.Add(sv.Multiply(sv));
        var constants = normalizedAtX.Constants.Where(c => c.Name != "y").ToList();
        var variables = normalizedAtX.Constants.Select(c => c.Name == "y" ? Terms.Number(BigRational.Zero) : (SmtTerm)c).ToList();
        SmtTerm Rewrite(SmtTerm term) => term switch
        {
            SmtApplication { Operator: "<" or "<=" or ">" or ">=" or "=" } comparison when comparison.Arguments[0].Sort == SmtSort.Real =>
                new SmtApplication(comparison.Operator, SmtSort.Bool, new[]
                {
                    PinnedReals.PolynomialAt(SubstituteQuotient(SmtPolynomial.From(Terms.Subtract(comparison.Arguments[0], comparison.Arguments[1]), names), yIndex, numerator, sv), variables),
                    Terms.Number(BigRational.Zero),
                }),
            SmtApplication { Sort: SmtSort.Bool } application => new SmtApplication(application.Operator, SmtSort.Bool, application.Arguments.Select(Rewrite).ToList()),
            _ => term,
        };
        return normalizedAtX with
        {
            Constants = constants,
            Context = normalizedAtX.Context.Select(Rewrite).ToList(),
            Statement = Rewrite(normalizedAtX.Statement),
            Reduction = "normalized to x = 1, then y = (1 + s^2)/s from the root relation 1 - s*y + s^2 = 0; each comparison P multiplied by s^(degree of P in y) > 0, computed exactly",
        };
    }

    /// <summary>d^k·p(…, num/d, …) with k = p's degree in the variable (a polynomial again).</summary>
    private static MultivariatePolynomial SubstituteQuotient(MultivariatePolynomial p, int index, MultivariatePolynomial numerator, MultivariatePolynomial denominator)
    {
        int k = Math.Max(0, p.DegreeIn(index));
        var result = MultivariatePolynomial.Constant(p.Variables, BigRational.Zero);
        for (int e = 0; e <= k; e++)
        {
            result = result.Add(p.CoefficientOf(index, e).Multiply(numerator.Power(e)).Multiply(denominator.Power(k - e)));
        }

        return result;
    }

    private static SmtTerm Zero => Terms.Number(BigRational.Zero);

    /// <summary>x &gt; 0, y ≥ 0 and s &gt; 0 (the normalized variable, if any, is the numeral 1), with the constants to declare.</summary>
    private static (SmtTerm X, SmtConstant Y, SmtTerm S, List<SmtConstant> Declared, List<SmtTerm> Domain) Variables(string? normalized)
    {
        var y = Terms.Real("y");
        var declared = new List<SmtConstant>();
        var domain = new List<SmtTerm>();
        SmtTerm x = Terms.Number(BigRational.One);
        if (normalized != "x")
        {
            var xc = Terms.Real("x");
            declared.Add(xc);
            domain.Add(Terms.Greater(xc, Zero));
            x = xc;
        }

        declared.Add(y);
        domain.Add(Terms.GreaterOrEqual(y, Zero));
        if (normalized == "s")
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

    // λ_crit(y) = κ_crit·y^{2L−2} and λ_glob(y) = κ_glob·y^{2L−2}, printed from ScalarTheory.
    private static SmtTerm CriticalLambda(int depth, SmtTerm y, SmtTerm s) => ScalarForms.Print(ScalarTheory.CriticalLambda(depth), Zero, y, s, Terms.Multiply(s, s));

    private static SmtTerm GlobalLambda(int depth, SmtTerm y, SmtTerm s) => ScalarForms.Print(ScalarTheory.GlobalLambda(depth), Zero, y, s, Terms.Multiply(s, s));

    /// <summary>L·x^{2L−2} − (L−2)·s²: positive iff x &gt; x_*.</summary>
    private static SmtTerm AboveInflection(int depth, SmtTerm x, SmtTerm s) => ScalarForms.Print(ScalarTheory.InflectionForm(depth), x, Zero, s, Terms.Multiply(s, s));

    private static Claim RootLabel(int depth, string? normalized, bool above)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        domain.Add(Terms.Equal(F(depth, x, y, s), Zero));
        domain.Add(above ? Terms.Greater(AboveInflection(depth, x, s), Zero) : Terms.Less(AboveInflection(depth, x, s), Zero));
        var statement = above ? Terms.Greater(FDerivative(depth, x, y, s), Zero) : Terms.Less(FDerivative(depth, x, y, s), Zero);
        return new Claim(above ? "a+" : "a-", above ? "a positive root above x* has f' > 0" : "a positive root below x* has f' < 0", declared, domain, statement, null);
    }

    private static Claim TwoRootsNeedCritical(int depth, string? normalized)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        var z = Terms.Real("z");
        declared.Add(z);
        domain.Add(Terms.Less(x, z));
        domain.Add(Terms.Equal(F(depth, x, y, s), Zero));
        domain.Add(Terms.Equal(F(depth, z, y, s), Zero));
        var statement = Terms.Less(Terms.Multiply(s, s), CriticalLambda(depth, y, s));
        return new Claim("b1", "two distinct positive roots imply y > y_crit (lambda < lambda_crit(y))", declared, domain, statement, null)
        {
            FollowsFrom = new Corollary(new[] { "e1", "e2" }, "y < y_crit leaves no root, y = y_crit only x*, so two distinct roots need y > y_crit"),
        };
    }

    private static Claim NoRootBelowCritical(int depth, string? normalized)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        domain.Add(Terms.Greater(Terms.Multiply(s, s), CriticalLambda(depth, y, s)));
        return new Claim("e1", "y < y_crit (lambda > lambda_crit(y)) implies f has no positive root", declared, domain, Terms.Not(Terms.Equal(F(depth, x, y, s), Zero)), null);
    }

    private static Claim DoubleRootAtCritical(int depth, string? normalized)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        domain.Add(Terms.Equal(Terms.Multiply(s, s), CriticalLambda(depth, y, s)));
        domain.Add(Terms.Equal(F(depth, x, y, s), Zero));
        return new Claim("e2", "y = y_crit (lambda = lambda_crit(y)): a positive root of f is x* and double (f' = 0)", declared, domain,
            Terms.And(Terms.Equal(AboveInflection(depth, x, s), Zero), Terms.Equal(FDerivative(depth, x, y, s), Zero)), null);
    }

    /// <summary>
    /// (e3) by Descartes' rule of signs on R (docs/theory.md §2.1): the query proves the signs of R's coefficients for all
    /// y ≥ 0, s &gt; 0 (as polynomials from <see cref="ScalarTheory.RootPolynomial"/>); our count of their sign changes is 2,
    /// so R — whose positive roots are f's — has at most two positive roots. (Three roots x &lt; z &lt; w as one query is
    /// beyond Z3's nlsat from L = 11 on.)
    /// </summary>
    private static Claim AtMostTwoRoots(int depth, string? normalized)
    {
        var (_, y, s, declared, domain) = Variables(normalized);
        var r = ScalarTheory.RootPolynomial(depth);
        var conditions = new List<SmtTerm>();
        var signs = new List<int>();
        for (int k = r.DegreeIn(ScalarTheory.X); k >= 0; k--)
        {
            var coefficient = r.CoefficientOf(ScalarTheory.X, k);
            if (coefficient.IsZero)
            {
                continue;
            }

            // The sign at y = λ = 1 is the claimed one: > 0, or ≤ 0 for a negative one (it vanishes at y = 0).
            int sign = coefficient.Evaluate(new[] { BigRational.One, BigRational.One, BigRational.One, BigRational.One }).Sign;
            var term = ScalarForms.Print(coefficient, Zero, y, s, Terms.Multiply(s, s));
            conditions.Add(sign > 0 ? Terms.Greater(term, Zero) : Terms.LessOrEqual(term, Zero));
            signs.Add(sign);
        }

        int variations = Enumerable.Range(1, signs.Count - 1).Count(i => signs[i] != signs[i - 1]);
        if (variations > 2)
        {
            throw new InvalidOperationException("R's coefficient signs change more than twice; Descartes' rule does not give two roots.");
        }

        return new Claim("e3", FormattableString.Invariant($"f has at most two positive roots: R's coefficients have fixed signs with {variations} changes (Descartes' rule of signs)"), declared, domain, Terms.And(conditions.ToArray()), null)
        {
            Reduction = "R = (x^{2L-2} + lambda)^2 - lambda y^2 x^{2L-4} has the positive roots of f; by Descartes' rule of signs it has at most as many positive roots as its coefficient sequence has sign changes, counted by us from the signs this query proves",
        };
    }

    private static Claim CriticalGivesTwoRoots(int depth, string? normalized)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        domain.Add(Terms.Less(Terms.Multiply(s, s), CriticalLambda(depth, y, s)));
        domain.Add(Terms.Equal(AboveInflection(depth, x, s), Zero));
        return new Claim("b2", "y > y_crit implies f(x*) < 0 (so a root on each side of x*)", declared, domain, Terms.Less(F(depth, x, y, s), Zero), null);
    }

    private static Claim GlobalThreshold(int depth, string? normalized, bool below)
    {
        var (x, y, s, declared, domain) = Variables(normalized);
        if (depth == 2 && !below)
        {
            // At L = 2, λ ≥ λ_glob(y) = y² leaves f no positive root at all, so "g(x₊) ≥ g(0)" would have empty premises
            // (vacuous); what holds — and what makes W = 0 the global choice there — is that no x₊ exists.
            domain.Add(Terms.GreaterOrEqual(Terms.Multiply(s, s), GlobalLambda(depth, y, s)));
            return new Claim("c3", "L = 2: lambda >= lambda_glob(y) = y^2 implies f has no positive root (0 is the only choice)", declared, domain, Terms.Not(Terms.Equal(F(depth, x, y, s), Zero)), null);
        }

        domain.Add(Terms.Equal(F(depth, x, y, s), Zero));
        if (depth >= 3)
        {
            domain.Add(Terms.Greater(AboveInflection(depth, x, s), Zero));
        }

        var lambda = Terms.Multiply(s, s);
        var threshold = GlobalLambda(depth, y, s);
        domain.Add(below ? Terms.Less(lambda, threshold) : Terms.GreaterOrEqual(lambda, threshold));
        var gain = ScalarForms.Print(ScalarTheory.GainFactor(depth), x, y, s, Terms.Multiply(s, s));
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
