using Dmf.Symbolic.Exact;
using Dmf.Verify.Descent;
using Dmf.Verify.Instance;

namespace Dmf.Verify.Tests;

/// <summary>
/// Loss curves record F at every iteration of a short descent (no kinks from sampling), and stay bounded and evenly
/// spaced for long ones.
/// </summary>
public class LossCurveTests
{
    [Fact]
    public void A_short_run_is_recorded_at_every_iteration()
    {
        var recorder = new LossCurveRecorder();
        for (int i = 0; i < 300; i++)
        {
            recorder.Record(i, 1000 - i);
        }

        var curve = recorder.Finish(300, 700);
        Assert.Equal(1, curve.Stride);
        Assert.Equal(Enumerable.Range(0, 301), curve.Iterations);
        Assert.Equal(Enumerable.Range(0, 301).Select(i => 1000.0 - i), curve.Losses);
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(5000)]
    [InlineData(1_000_000)]
    public void A_long_run_keeps_a_bounded_evenly_spaced_sample(int iterations)
    {
        var recorder = new LossCurveRecorder();
        for (int i = 0; i < iterations; i++)
        {
            recorder.Record(i, Math.Exp(-i / 100.0));
        }

        var curve = recorder.Finish(iterations, Math.Exp(-iterations / 100.0));
        Assert.InRange(curve.Iterations.Count, LossCurveRecorder.Capacity / 2, LossCurveRecorder.Capacity + 1);
        Assert.Equal(0, curve.Iterations[0]);
        Assert.Equal(iterations, curve.Iterations[^1]);
        for (int k = 1; k < curve.Iterations.Count - 1; k++)
        {
            Assert.Equal(curve.Stride, curve.Iterations[k] - curve.Iterations[k - 1]);
        }

        for (int k = 0; k < curve.Iterations.Count; k++)
        {
            Assert.Equal(Math.Exp(-curve.Iterations[k] / 100.0), curve.Losses[k]);
        }
    }

    [Theory]
    [InlineData(Optimizer.GradientDescent)]
    [InlineData(Optimizer.Lbfgs)]
    public void Each_descent_records_its_loss_at_every_step_down_to_its_end(Optimizer optimizer)
    {
        var instance = DmfInstance.FromSingularValues(new[] { 3, 3, 3, 3 }, new[] { BigRational.Create(1, 2), BigRational.Create(1, 2), BigRational.Create(1, 2) }, new BigRational[] { 3, 2, 1 });
        var report = DescentExperiment.Run(instance, DescentOptions.Default with { Runs = 4, Optimizer = optimizer });
        foreach (var run in report.Runs)
        {
            var curve = run.End.LossCurve;
            Assert.True(run.End.Iterations < LossCurveRecorder.Capacity, "the instance should converge quickly");
            Assert.Equal(1, curve.Stride);
            Assert.Equal(Enumerable.Range(0, run.End.Iterations + 1), curve.Iterations);
            Assert.Equal(run.End.Loss, curve.Losses[^1]);
            for (int k = 1; k < curve.Losses.Count; k++)
            {
                Assert.True(curve.Losses[k] <= curve.Losses[k - 1], $"Armijo steps decrease F: step {k}");
            }
        }
    }
}
