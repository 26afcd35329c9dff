using Dmf.Symbolic.Exact;
using Dmf.Verify.Descent;
using Dmf.Verify.Instance;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Tests;

/// <summary>
/// The edge of stability on the default example (L = 3, λ = 0.5, 0.8, 1.2, y = 2, 1.6; fixed seeds; docs/sweep.md):
/// constant-step gradient descent reaches a minimizer only while the step is below its 2/λ_max, proved from the
/// Hessian's blocks (docs/theory.md §4c) — the spurious [x+, x+] below 0.173239, the global [x+, 0] below 0.230963 —
/// and no run converges where linear stability forbids it.
/// </summary>
public class EdgeOfStabilityTests
{
    private static readonly DmfInstance Example = DmfInstance.FromSingularValues(
        new[] { 2, 2, 2, 2 }, new[] { BigRational.Parse("0.5"), BigRational.Parse("0.8"), BigRational.Parse("1.2") }, new BigRational[] { 2, BigRational.Parse("1.6") });

    [Fact]
    public void The_share_of_each_minimizer_falls_to_zero_beyond_its_largest_stable_step()
    {
        var grid = new[] { "0.12", "0.16", "0.18", "0.22", "0.24", "0.3" }.Select(BigRational.Parse).ToList();
        var report = SweepExperiment.Run(Example, SweepParameter.Step, grid, DescentOptions.Default with { Runs = 40 });
        var steps = report.Thresholds.ToDictionary(t => t.Minimizer!.ToString(), t => t.StableStep!);
        Assert.Equal(0.173239, steps["[x+, x+]"].Approximation, 6);
        Assert.Equal(0.230963, steps["[x+, 0]"].Approximation, 6);
        Assert.Equal(BigRational.Parse("5/6"), steps["[0, 0]"].Lower);
        Assert.Empty(report.Findings);
        foreach (var point in report.Points)
        {
            double step = point.Value.ToDouble();
            Assert.Equal(step < 0.173239, point.Counts[SweepOutcome.Spurious] > 0);
            Assert.Equal(step < 0.230963, point.Counts[SweepOutcome.Global] > 0);
            Assert.True(point.Counts[SweepOutcome.Zero] > 0, $"W = 0 is stable up to 5/6, yet no run reached it at {step}");
        }
    }

    [Fact]
    public void A_constant_step_descent_judges_every_minimizer()
    {
        var report = DescentExperiment.Run(Example, DescentOptions.Default with { Runs = 30, Step = 0.2, Optimizer = Optimizer.ConstantStep });
        Assert.Empty(report.Findings);
        var stability = report.Minimizers.ToDictionary(m => m.Type.ToString(), m => m.Stability);
        Assert.Equal(LinearStability.Unstable, stability["[x+, x+]"]);
        Assert.Equal(LinearStability.Stable, stability["[x+, 0]"]);
        Assert.Equal(LinearStability.Stable, stability["[0, 0]"]);
        Assert.DoesNotContain(report.Histogram, h => h.Key == "[x+, x+]");
        Assert.Contains(report.Histogram, h => h.Key == "[x+, 0]" && h.Stability == LinearStability.Stable);
        Assert.Contains(report.Runs, r => r.End.Diverged);
    }
}
