using Dmf.Symbolic.Exact;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>
/// A claim whose context is empty would be "unsat" for any statement: it must come out vacuous — never proved —
/// whether the emptiness is found by our exact pin check or only by the solver.
/// </summary>
public class VacuityTests
{
    private static readonly SmtTerm Zero = Terms.Number(BigRational.Zero);

    private static ClaimResult Check(Claim claim) => new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default).Check(claim, new[] { "vacuity test" });

    [Fact]
    public void A_square_root_of_a_negative_lambda_is_vacuous_by_the_exact_check()
    {
        var reals = new PinnedReals(BigRational.MinusOne);
        var s = reals.SquareRootOfLambda;
        var claim = new Claim("c", "s is 7", reals.Constants, reals.Context, Terms.Equal(s, Terms.Number(7)), null) { Pins = reals.Pins };
        var result = Check(claim);
        Assert.Equal(ClaimStatus.Vacuous, result.Status);
        Assert.Contains("s > 0 with s^2 = -1 has no solution", result.Detail);
    }

    [Fact]
    public void An_empty_interval_pin_is_vacuous_by_the_exact_check()
    {
        var reals = new PinnedReals(BigRational.One);
        var r = reals.Between("r", 3, 2);
        var claim = new Claim("c", "r is 5/2", reals.Constants, reals.Context, Terms.Equal(r, Terms.Number(BigRational.Parse("5/2"))), null) { Pins = reals.Pins };
        var result = Check(claim);
        Assert.Equal(ClaimStatus.Vacuous, result.Status);
        Assert.Contains("(3, 2) is empty", result.Detail);
    }

    [Fact]
    public void A_sign_pin_is_never_empty_and_admits_exactly_its_signs()
    {
        var pin = new SignPin("d", SignCondition.Negative);
        Assert.Null(pin.Emptiness());
        Assert.True(pin.Admits(Dmf.Symbolic.Exact.AlgebraicNumber.FromRational(-1)));
        Assert.False(pin.Admits(Dmf.Symbolic.Exact.AlgebraicNumber.FromRational(0)));
    }

    [Theory]
    [InlineData(2, 3, 0)]  // an interval moved off its root: the pin names no number
    [InlineData(-2, 2, 2)] // an interval holding both roots: the pin does not name one number
    public void An_interval_without_exactly_one_root_is_vacuous_by_the_exact_check(int lower, int upper, int roots)
    {
        var x = Terms.Real("x");
        var p = Polynomial.FromCoefficients(-2, 0, 1);
        var context = new[] { Terms.Equal(PinnedReals.PolynomialAt(p, x), Zero), Terms.Less(Terms.Number(lower), x), Terms.Less(x, Terms.Number(upper)) };
        var claim = new Claim("c", "x is 5/2", new[] { x }, context, Terms.Equal(x, Terms.Number(BigRational.Parse("5/2"))), null)
        {
            Pins = new Pin[] { new AlgebraicPin("x", p, lower, upper) },
        };
        var result = Check(claim);
        Assert.Equal(ClaimStatus.Vacuous, result.Status);
        Assert.Contains(FormattableString.Invariant($"has {roots} roots in ({lower}, {upper})"), result.Detail);
    }

    [Fact]
    public void An_empty_context_the_exact_check_cannot_see_is_vacuous_by_the_solver()
    {
        // The same empty interval and contradictory premises without pins (as a lemma's premises): the solver finds the
        // context unsat on its own, so the claim is vacuous, not proved.
        var x = Terms.Real("x");
        var p = Polynomial.FromCoefficients(-2, 0, 1);
        var offRoot = new Claim("c", "x is 5/2", new[] { x }, new[] { Terms.Equal(PinnedReals.PolynomialAt(p, x), Zero), Terms.Less(Terms.Number(2), x), Terms.Less(x, Terms.Number(3)) }, Terms.Equal(x, Terms.Number(BigRational.Parse("5/2"))), null);
        var contradictory = new Claim("c", "x is 1", new[] { x }, new[] { Terms.Greater(x, Zero), Terms.Equal(Terms.Add(Terms.Multiply(x, x), Terms.Number(1)), Zero) }, Terms.Equal(x, Terms.Number(1)), null);
        foreach (var claim in new[] { offRoot, contradictory })
        {
            var result = Check(claim);
            Assert.Equal(ClaimStatus.Vacuous, result.Status);
            Assert.Contains("the solver finds the context unsatisfiable", result.Detail);
        }
    }

    [Fact]
    public void A_satisfiable_context_is_not_vacuous_and_the_claim_is_decided()
    {
        var reals = new PinnedReals(2);
        var s = reals.SquareRootOfLambda;
        var x = reals.Free("x");
        var proved = new Claim("c", "s^2 = 2", reals.Constants, reals.Context, Terms.Equal(Terms.Multiply(s, s), Terms.Number(2)), null) { Pins = reals.Pins };
        Assert.Equal(ClaimStatus.Proved, Check(proved).Status);
        var refuted = new Claim("c", "x is never 1", reals.Constants, reals.Context, Terms.Not(Terms.Equal(x, Terms.Number(1))), null) { Pins = reals.Pins };
        var result = Check(refuted);
        Assert.True(result.Status == ClaimStatus.Refuted, result.Detail);
        Assert.Contains("counterexample (checked exactly)", result.Detail);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_lemma_has_satisfiable_premises(int depth)
    {
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        foreach (var lemma in ScalarLemmas.For(depth, normalized: true))
        {
            var context = InProcessZ3.Load().Check(lemma.ContextQuery(new[] { "premises test" }), SmtBudget.Default);
            Assert.True(context.Status == SmtStatus.Sat, $"L = {depth}, {lemma.Name}: premises {context.Status}");
            Assert.NotEqual(ClaimStatus.Vacuous, verifier.Check(lemma, new[] { "premises test" }).Status);
        }
    }

    [Fact]
    public void Every_active_value_gets_a_proved_completeness_claim_and_a_root_left_out_is_not_proved()
    {
        var instance = Dmf.Verify.Instance.DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, new[] { BigRational.Parse("0.5"), BigRational.Parse("0.8"), BigRational.Parse("1.2") }, new[] { BigRational.Parse("2"), BigRational.Parse("1.6") });
        var space = instance.Types();
        var type = space.Enumerate().Single(t => t.ToString() == "[x+, x-]");
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var result = verifier.Verify(instance, space, type, Dmf.Verify.Landscape.CriticalPointClassifier.Classify(space, type));
        var complete = result.Claims.Where(c => c.Claim.StartsWith("complete[", StringComparison.Ordinal) && c.Claim.EndsWith(']')).ToList();
        Assert.Equal(new[] { "complete[y=2]", "complete[y=1.6]" }, complete.Select(c => c.Claim));
        Assert.All(complete, c => Assert.Equal(ClaimStatus.Proved, c.Status));

        // Each by Descartes' rule from its two listed roots, proved as claims of their own.
        var premises = result.Claims.Where(c => c.Claim.StartsWith("complete[", StringComparison.Ordinal) && !c.Claim.EndsWith(']')).Select(c => c.Claim).ToList();
        Assert.Equal(new[] { "complete[y=2].x-", "complete[y=2].x+", "complete[y=1.6].x-", "complete[y=1.6].x+" }, premises);
        Assert.All(result.Claims.Where(c => premises.Contains(c.Claim)), c => Assert.Equal(ClaimStatus.Proved, c.Status));

        // Listing only x+ for y = 2 (x- left out): the claim is false, so it must not come out proved.
        var onlyLarge = instance.Landscape.Roots(2).PositiveRoots.Where(r => r.Label == Dmf.Symbolic.Landscape.RootLabel.LargeRoot).ToList();
        var wrong = verifier.Check(RootCompletenessClaims.CompletenessClaim(new ClaimContext(instance, instance.Types()), 2, onlyLarge), new[] { "mutation test" });
        Assert.NotEqual(ClaimStatus.Proved, wrong.Status);
        Assert.NotEqual(ClaimStatus.Vacuous, wrong.Status);
    }
}
