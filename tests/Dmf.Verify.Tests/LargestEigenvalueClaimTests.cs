using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>
/// λ_max proved by the solvers (<c>--exact --sharpness</c>, docs/verification.md "Sharpness"): a rational bracket (a, b)
/// around the blocks' enclosure — every eigenvalue below b (lmax-below[…]), one at or above a in λ_max's block
/// (lmax-above[…]) — and, where λ_max is algebraic, lmax: the root of its defining polynomial in (a, b).
/// </summary>
public class LargestEigenvalueClaimTests
{
    private static readonly DmfInstance Example = DmfInstance.FromSingularValues(
        new[] { 2, 2, 2, 2 }, new[] { BigRational.Parse("0.5"), BigRational.Parse("0.8"), BigRational.Parse("1.2") }, new BigRational[] { 2, BigRational.Parse("1.6") });

    private static (CriticalPointTypes Space, CriticalPointType Global, HessianSharpness Sharpness) Global(DmfInstance instance)
    {
        var space = instance.Types();
        var global = space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
        return (space, global, new HessianSpectra(instance, space).For(global, null));
    }

    [Fact]
    public void The_default_global_minimizers_lambda_max_is_bracketed_and_proved()
    {
        var (space, global, sharpness) = Global(Example);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var result = verifier.Verify(Example, space, global, CriticalPointClassifier.Classify(space, global), sharpness: sharpness);
        Assert.Equal(VerificationStatus.Verified, result.Status);
        var lmax = result.Claims.Where(c => c.Claim.StartsWith("lmax", StringComparison.Ordinal)).ToList();
        Assert.Contains(lmax, c => c.Claim.StartsWith("lmax-below[", StringComparison.Ordinal));
        Assert.Contains(lmax, c => c.Claim.StartsWith("lmax-above[", StringComparison.Ordinal));
        Assert.All(lmax, c => Assert.Equal(ClaimStatus.Proved, c.Status));
    }

    [Fact]
    public void An_algebraic_lambda_max_is_proved_the_root_of_its_polynomial()
    {
        // L = 2, lambda = 1, 2, y = 1, 1/2: the global minimizer is 0; lambda_max = 3 + sqrt(5), the larger root of t^2 - 6t + 4.
        var instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2 }, new BigRational[] { 1, 2 }, new[] { BigRational.One, BigRational.Parse("1/2") });
        var (space, global, sharpness) = Global(instance);
        Assert.NotNull(sharpness.Largest.Exact);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var result = verifier.Verify(instance, space, global, CriticalPointClassifier.Classify(space, global), sharpness: sharpness);
        Assert.Equal(VerificationStatus.Verified, result.Status);
        var root = Assert.Single(result.Claims, c => c.Claim == "lmax");
        Assert.Equal(ClaimStatus.Proved, root.Status);
        Assert.Contains("t^2 - 6*t + 4", root.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void A_bracket_on_the_wrong_side_of_lambda_max_is_refuted(int side)
    {
        // Just below lambda_max "every eigenvalue below b" is false; just above it "an eigenvalue at or above a" is.
        var (space, global, sharpness) = Global(Example);
        var context = new ClaimContext(Example, space);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var shift = BigRational.FromBinary(1, -12) * sharpness.Largest.Lower;
        if (side < 0)
        {
            var claims = SharpnessClaims.Below(context, global, new EigenvalueBound("lmax-below", sharpness.Largest.Lower - shift, "b")).ToList();
            Assert.Contains(claims.Select(c => verifier.Check(c, new[] { "bracket test" })), r => r.Status == ClaimStatus.Refuted);
        }
        else
        {
            // No block's condition is violated above lambda_max: nothing to claim.
            Assert.Null(SharpnessClaims.Reaching(context, global, new EigenvalueBound("lmax-above", sharpness.Largest.Upper + shift, "a"), null));
        }
    }

    [Fact]
    public void A_rational_sigma_in_a_box_of_two_roots_is_its_numeral_not_an_empty_interval()
    {
        // L = 2, lambda = 1/2, 1/2, y = 4.5, 2.5: sigma_1 = 2 is rational, sigma_2 = sqrt(2) is not. The block of the two
        // slots was stated on the open box (2, 2) — empty, so the claim came out vacuous.
        var instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2 }, new[] { BigRational.Parse("1/2"), BigRational.Parse("1/2") }, new[] { BigRational.Parse("4.5"), BigRational.Parse("2.5") });
        var (space, global, _) = Global(instance);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var step = BigRational.Parse("1/10");
        var result = verifier.Verify(instance, space, global, CriticalPointClassifier.Classify(space, global), step, LinearStability.Stable);
        Assert.Equal(VerificationStatus.Verified, result.Status);
        Assert.Contains(result.Claims, c => c.Claim == "stable[1,2]" && c.Status == ClaimStatus.Proved);
    }

    [Fact]
    public void A_block_of_two_different_sigma_at_depth_3_is_settled_by_certificates()
    {
        // The default example's [x+, x+]: lambda_max = 11.544734 lives in the block of its two slots, one component of
        // 2L = 6 entries — beyond the exact conditions; a perturbation certificate (row by row) and a negative direction
        // settle both ends of the bracket on a box of both sigma.
        var space = Example.Types();
        var type = space.EnumerateOrdered().Single(t => t.ActiveCount == 2 && CriticalPointClassifier.Classify(space, t).IsMinimizer);
        var sharpness = new HessianSpectra(Example, space).For(type, null);
        Assert.Equal(new int?[] { 1, 2 }, sharpness.LargestBlock);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var result = verifier.Verify(Example, space, type, CriticalPointClassifier.Classify(space, type), sharpness: sharpness);
        Assert.Equal(VerificationStatus.Verified, result.Status);
        Assert.Contains(result.Claims, c => c.Claim.StartsWith("lmax-below[1,2].", StringComparison.Ordinal) && c.Description.Contains("perturbation certificate", StringComparison.Ordinal));
        Assert.Contains(result.Claims, c => c.Claim == "lmax-above[1,2]" && c.Description.Contains("v^T S v", StringComparison.Ordinal));
    }

    [Fact]
    public void An_own_block_beyond_the_exact_conditions_is_bounded_by_a_certificate()
    {
        // L = 5 with unequal lambda_l: a slot's own 5 x 5 block has no structure the exact conditions cover; its entry
        // bounds at the pinned root, with the exact pivots of B - t*I, bound its eigenvalues.
        var instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2, 2, 2 }, new[] { BigRational.Parse("0.3"), BigRational.Parse("0.5"), BigRational.Parse("0.8"), BigRational.Parse("1.1"), BigRational.Parse("0.9") }, new[] { new BigRational(3), BigRational.Parse("2.5") });
        var space = instance.Types();
        var type = space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
        var claims = SharpnessClaims.StabilityClaims(new ClaimContext(instance, space), type, BigRational.Parse("1/100")).ToList();
        Assert.DoesNotContain(claims, c => c.NotEncoded is not null);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        Assert.All(claims.Select(c => verifier.Check(c, new[] { "certificate test" })), r => Assert.Equal(ClaimStatus.Proved, r.Status));
    }
}
