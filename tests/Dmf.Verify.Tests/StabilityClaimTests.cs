using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>
/// The sharpness claims stable[…] (docs/verification.md, "Sharpness"): every Hessian block's eigenvalues below 2/η, in
/// the blocks' congruent coordinates. On the default example's global minimizer [x+, 0] (λ_max = 8.659387, so
/// 2/λ_max = 0.230963) they are proved for η = 0.2 and refuted for η = 1/4 — the encoding decides both ways; a minimizer
/// unstable for its step gets unstable[…], one block shown to have an eigenvalue at or above 2/η.
/// </summary>
public class StabilityClaimTests
{
    private static readonly DmfInstance Example = DmfInstance.FromSingularValues(
        new[] { 2, 2, 2, 2 }, new[] { BigRational.Parse("0.5"), BigRational.Parse("0.8"), BigRational.Parse("1.2") }, new BigRational[] { 2, BigRational.Parse("1.6") });

    [Theory]
    [InlineData("0.2", true)]
    [InlineData("0.23", true)]
    [InlineData("1/4", false)]
    [InlineData("0.5", false)]
    public void Stability_claims_of_the_global_minimizer_are_decided_both_ways(string step, bool stable)
    {
        var space = Example.Types();
        var global = space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var claims = SharpnessClaims.StabilityClaims(new ClaimContext(Example, space), global, BigRational.Parse(step)).ToList();
        Assert.NotEmpty(claims);
        var results = claims.Select(c => verifier.Check(c, new[] { "stability test" })).ToList();
        if (stable)
        {
            Assert.All(results, r => Assert.Equal(ClaimStatus.Proved, r.Status));
        }
        else
        {
            Assert.Contains(results, r => r.Status == ClaimStatus.Refuted);
        }
    }

    [Fact]
    public void With_a_step_a_stable_minimizer_is_verified_and_so_is_an_unstable_one()
    {
        var space = Example.Types();
        var spectra = new HessianSpectra(Example, space);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var step = BigRational.Parse("0.2");
        foreach (var type in space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(space, t).IsMinimizer))
        {
            var stability = spectra.For(type, step).StabilityFor(step);
            var result = verifier.Verify(Example, space, type, CriticalPointClassifier.Classify(space, type), step, stability);
            if (stability == LinearStability.Stable)
            {
                Assert.Equal(VerificationStatus.Verified, result.Status);
                Assert.Contains(result.Claims, c => c.Claim.StartsWith("stable[", StringComparison.Ordinal));
            }
            else
            {
                // [x+, x+]: its lambda_max (11.544734) lives in the block of its two different sigma, a component of 2L = 6
                // entries: a rational direction v with v^T S v <= 0 on a box of both sigma proves it (BlockCertificates).
                Assert.Equal(VerificationStatus.Verified, result.Status);
                Assert.Contains(result.Claims, c => c.Claim == "unstable[1,2]" && c.Status == ClaimStatus.Proved && c.Description.Contains("v^T S v", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Instability_is_proved_where_lambda_max_lives_in_a_block_with_one_sigma()
    {
        // At step 1/4 (2/eta = 8) the global minimizer [x+, 0] is unstable: its lambda_max 8.659387 lives in the block of
        // y_1's slot with the unused y_2 — one sigma, so one of its shifted matrix's conditions is proved <= 0.
        var space = Example.Types();
        var global = space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
        var step = BigRational.Parse("1/4");
        var claim = SharpnessClaims.InstabilityClaim(new ClaimContext(Example, space), global, step);
        Assert.NotNull(claim);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        Assert.Equal(ClaimStatus.Proved, verifier.Check(claim!, new[] { "instability test" }).Status);
        var result = verifier.Verify(Example, space, global, CriticalPointClassifier.Classify(space, global), step, LinearStability.Unstable);
        Assert.Equal(VerificationStatus.Verified, result.Status);

        // Where it is stable, no block has such a condition.
        Assert.Null(SharpnessClaims.InstabilityClaim(new ClaimContext(Example, space), global, BigRational.Parse("0.2")));
    }

    [Fact]
    public void A_block_of_two_different_sigma_is_claimed_on_a_box_at_depth_2()
    {
        // L = 2, lambda = 0.6, 0.9, y = 2, 1.2: the global minimizer uses both values; its block of the two slots holds both
        // sigma and is settled on a box of them (stable[1,2]) for step 1/10.
        var instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2 }, new[] { BigRational.Parse("0.6"), BigRational.Parse("0.9") }, new[] { new BigRational(2), BigRational.Parse("1.2") });
        var space = instance.Types();
        var global = space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
        Assert.Equal(2, global.ActiveCount);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var step = BigRational.Parse("1/10");
        var result = verifier.Verify(instance, space, global, CriticalPointClassifier.Classify(space, global), step, LinearStability.Stable);
        Assert.Equal(VerificationStatus.Verified, result.Status);
        Assert.Contains(result.Claims, c => c.Claim == "stable[1,2]" && c.Status == ClaimStatus.Proved);

        // At step 0.31 (2/eta = 6.4516 < lambda_max = 6.598309) only that block reaches 2/eta: unstable[1,2] is proved on a box.
        var unstableStep = BigRational.Parse("0.31");
        var unstable = verifier.Verify(instance, space, global, CriticalPointClassifier.Classify(space, global), unstableStep, LinearStability.Unstable);
        Assert.Equal(VerificationStatus.Verified, unstable.Status);
        Assert.Contains(unstable.Claims, c => c.Claim == "unstable[1,2]" && c.Status == ClaimStatus.Proved);
    }
}
