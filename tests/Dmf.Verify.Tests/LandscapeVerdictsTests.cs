using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Tests;

public class LandscapeVerdictsTests
{
    private static LandscapeVerdicts Verdicts(int depth, string lambda, string[] ys, int dMin) =>
        LandscapeVerdicts.For(CriticalPointTypes.Create(ScalarLandscape.Create(depth, BigRational.Parse(lambda)), ys.Select(BigRational.Parse).ToList(), dMin));

    [Fact]
    public void The_L3_example_is_benign_and_does_not_collapse()
    {
        var v = Verdicts(3, "0.48", new[] { "2", "1.6" }, 2);
        Assert.True(v.Benign);
        Assert.Empty(v.OffendingIndices);
        Assert.False(v.CollapsesToZero);
    }

    [Fact]
    public void A_value_exactly_at_y_crit_breaks_benignity_only_within_the_top_d_min()
    {
        // L = 3, λ = 27/16: y = 2 is exactly y_crit.
        var v = Verdicts(3, "27/16", new[] { "5", "2" }, 2);
        Assert.False(v.Benign);
        Assert.Equal(new[] { 1 }, v.OffendingIndices);
        Assert.True(Verdicts(3, "27/16", new[] { "5", "2" }, 1).Benign); // y = 2 is outside the top d_min = 1
        Assert.True(Verdicts(2, "4", new[] { "2" }, 1).Benign);          // L = 2 is always benign
    }

    [Fact]
    public void Collapse_to_zero_uses_y_glob_for_L3_and_sqrt_lambda_for_L2()
    {
        // L = 3, λ = 1: y_glob = 2 exactly. y_1 = 2 is a tie (0 and x+ both global), so no collapse; 1.9 collapses.
        Assert.False(Verdicts(3, "1", new[] { "2" }, 1).CollapsesToZero);
        Assert.True(Verdicts(3, "1", new[] { "1.9", "0.5" }, 2).CollapsesToZero);
        // L = 2, λ = 4: √λ = 2; y_1 ≤ 2 collapses.
        Assert.True(Verdicts(2, "4", new[] { "2" }, 1).CollapsesToZero);
        Assert.False(Verdicts(2, "4", new[] { "2.1" }, 1).CollapsesToZero);
    }
}
