using Dmf.Symbolic.Exact;
using Dmf.Verify.Descent;
using Dmf.Verify.Instance;

namespace Dmf.Verify.Tests;

/// <summary>
/// A λ sweep of the default example (L = 3, λ = 0.5, 0.8, 1.2, y = 2, 1.6; fixed seeds) changes where the theory puts
/// the changes: beyond λ_crit(y₁) every run ends at W = 0 (no x₊ root is left); between λ_glob(y₁) and λ_crit(y₁) the
/// runs that end at a nonzero minimizer end at a spurious one (x₊ exists but loses to 0); below λ_glob(y₁) runs reach
/// the nonzero global minimizer.
/// </summary>
public class SweepExperimentTests
{
    private static readonly DmfInstance Example = DmfInstance.FromSingularValues(
        new[] { 2, 2, 2, 2 }, new[] { BigRational.Parse("0.5"), BigRational.Parse("0.8"), BigRational.Parse("1.2") }, new BigRational[] { 2, BigRational.Parse("1.6") });

    private static readonly DescentOptions Options = DescentOptions.Default with { Runs = 40 };

    [Fact]
    public void The_fractions_change_where_the_thresholds_are()
    {
        var landscape = Example.Landscape;
        var global = landscape.GlobalLambda(2);      // 1
        var critical = landscape.CriticalLambda(2);  // 27/16
        Assert.Equal(BigRational.One, global);
        Assert.Equal(BigRational.Create(27, 16), critical);

        var grid = new[] { "0.5", "0.8", "1.05", "1.2", "1.4", "1.6", "1.7", "2", "3" }.Select(BigRational.Parse).ToList();
        var report = SweepExperiment.Run(Example, SweepParameter.LambdaProduct, grid, Options);
        Assert.Equal(grid, report.Points.Select(p => p.Value));
        foreach (var point in report.Points)
        {
            Assert.Equal(Options.Runs, point.Counts.Values.Sum());
            Assert.Equal(point.Value, point.Instance.Landscape.LambdaProduct);
            if (point.Value > critical)
            {
                Assert.Equal(point.Runs, point.Counts[SweepOutcome.Zero]);
                Assert.True(point.ZeroIsGlobal);
            }
            else if (point.Value > global)
            {
                Assert.Equal(0, point.Counts[SweepOutcome.Global]);
                Assert.True(point.ZeroIsGlobal);
            }
        }

        // Not vacuous: between the thresholds some runs do end at a spurious x₊ minimizer, and below λ_glob(y₁) some
        // reach the nonzero global minimizer.
        Assert.Contains(report.Points, p => p.Value > global && p.Value < critical && p.Counts[SweepOutcome.Spurious] > 0);
        Assert.All(report.Points.Where(p => p.Value < global), p => Assert.True(p.Counts[SweepOutcome.Global] > 0));
    }

    [Fact]
    public void The_thresholds_are_exact_and_a_scale_sweep_mirrors_them()
    {
        var lambda = SweepExperiment.Run(Example, SweepParameter.LambdaProduct, new[] { BigRational.One }, Options with { Runs = 1 });
        Assert.Equal(
            new[] { "1", "1.6875", "0.4096", "0.6912" },
            lambda.Thresholds.Select(t => t.Exact!.Value.ToExactString()));

        // The scale thresholds are the t with t·y_j = y_crit (or y_glob), in doubles.
        var scale = SweepExperiment.Run(Example, SweepParameter.DataScale, new[] { BigRational.One }, Options with { Runs = 1 });
        foreach (var threshold in scale.Thresholds)
        {
            double y = Example.SingularValues[threshold.Index].ToDouble() * threshold.Value;
            double expected = threshold.Global ? Example.Landscape.GlobalThreshold.ToDouble() : Example.Landscape.CriticalThreshold.ToDouble();
            Assert.Equal(expected, y, 1e-12);
        }
    }

    [Fact]
    public void Common_seeds_make_a_sweep_deterministic()
    {
        var grid = new[] { BigRational.Parse("0.7"), BigRational.Parse("1.3") };
        var first = SweepExperiment.Run(Example, SweepParameter.LambdaProduct, grid, Options with { Runs = 12 });
        var second = SweepExperiment.Run(Example, SweepParameter.LambdaProduct, grid, Options with { Runs = 12 });
        Assert.Equal(first.Points.Select(p => string.Join(",", p.Counts.OrderBy(c => c.Key).Select(c => c.Value))), second.Points.Select(p => string.Join(",", p.Counts.OrderBy(c => c.Key).Select(c => c.Value))));
    }

    [Fact]
    public void The_progress_counts_every_descent_of_every_point()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<(int Done, long Total)>();
        SweepExperiment.Run(Example, SweepParameter.LambdaProduct, new[] { BigRational.One, 2 }, Options with { Runs = 5 }, (d, t) => seen.Add((d, t)));
        Assert.All(seen, s => Assert.Equal(10, s.Total));
        Assert.Equal(10, seen.Max(s => s.Done));
        Assert.Equal(10, seen.Count);
    }
}
