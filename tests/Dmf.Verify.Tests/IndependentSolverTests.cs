using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>The independent second solver corroborates decided claims, and a contradiction is a disagreement.</summary>
public class IndependentSolverTests
{
    /// <summary>A solver that answers the same for every query.</summary>
    private sealed class ConstantSolver(SmtStatus status) : ISmtSolver
    {
        public string Version => "constant " + SmtTranscript.Word(status);

        public SmtOutcome Check(SmtScript script, SmtBudget budget) => new(status, null, status == SmtStatus.Unknown ? "timeout" : null, 0);
    }

    private static readonly DmfInstance L2 = DmfInstance.FromSingularValues(new[] { 2, 2, 2 }, new[] { BigRational.Parse("0.6"), BigRational.Parse("0.9") }, new BigRational[] { 2, BigRational.Parse("1.2") });

    private static TypeVerification VerifyFirstType(ISmtSolver independent)
    {
        var space = L2.Types();
        var type = space.Enumerate().First();
        return new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default, independent).Verify(L2, space, type, CriticalPointClassifier.Classify(space, type));
    }

    [Fact]
    public void A_corroborating_solver_is_recorded_among_the_provers()
    {
        var result = VerifyFirstType(new ConstantSolver(SmtStatus.Unsat));
        Assert.Equal(VerificationStatus.Verified, result.Status);
        Assert.All(result.Claims, c => Assert.Equal(new[] { InProcessZ3.Load().Version, "constant unsat" }, c.ProvedBy));
        Assert.All(result.Claims, c => Assert.Equal("constant unsat: unsat", c.IndependentAnswer));
    }

    [Fact]
    public void A_contradicting_solver_turns_every_proof_into_a_disagreement()
    {
        var result = VerifyFirstType(new ConstantSolver(SmtStatus.Sat));
        Assert.Equal(VerificationStatus.Disagreement, result.Status);
        Assert.All(result.Claims, c =>
        {
            Assert.Equal(ClaimStatus.Disagreement, c.Status);
            Assert.Contains("Z3 proved it (unsat with two seeds), but constant sat answers sat", c.Detail);
            Assert.Empty(c.ProvedBy);
        });
    }

    [Fact]
    public void An_undecided_second_opinion_leaves_the_proof_as_it_is()
    {
        var result = VerifyFirstType(new ConstantSolver(SmtStatus.Unknown));
        Assert.Equal(VerificationStatus.Verified, result.Status);
        Assert.All(result.Claims, c => Assert.Single(c.ProvedBy));
        Assert.All(result.Claims, c => Assert.Equal("constant unknown: unknown (timeout)", c.IndependentAnswer));
    }

    [Fact]
    public void An_exactly_checked_counterexample_that_the_second_solver_calls_unsat_is_a_disagreement()
    {
        var l3 = DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, new[] { BigRational.Parse("0.5"), BigRational.Parse("0.8"), BigRational.Parse("1.2") }, new[] { BigRational.Parse("2"), BigRational.Parse("1.6") });
        var space = l3.Types();
        var type = space.Enumerate().Single(t => t.ToString() == "[x+, x-]");
        var claim = TypeClaims.For(l3, space, type, CriticalPointClassifier.Classify(space, type)).Single(c => c.Name == "threshold[2]");
        var wrong = claim with { Statement = Terms.Not(claim.Statement) };
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default, new ConstantSolver(SmtStatus.Unsat)).Check(wrong, new[] { "disagreement test" });
        Assert.Equal(ClaimStatus.Disagreement, result.Status);
        Assert.Contains("counterexample (checked exactly)", result.Detail);
        Assert.Contains("but constant unsat answers unsat", result.Detail);
    }
}
