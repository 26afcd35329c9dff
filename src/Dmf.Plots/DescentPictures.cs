using Dmf.Verify.Descent;
using Dmf.Verify.Landscape;
using ScottPlot;

namespace Dmf.Plots;

/// <summary>The histogram of types reached by a descent experiment, and the loss curves of its first runs.</summary>
public static class DescentPictures
{
    /// <summary>Bars: runs per type reached, labeled with the type and its class.</summary>
    public static byte[] Histogram(DescentReport report, PictureSize size)
    {
        ArgumentNullException.ThrowIfNull(report);
        size = size.Validated();
        var plot = new Plot();
        var ticks = new List<Tick>();
        for (int i = 0; i < report.Histogram.Count; i++)
        {
            var h = report.Histogram[i];
            var bar = plot.Add.Bar(i, h.Count);
            bar.LegendText = Invariant($"{h.Key}: {(h.Class is null ? "-" : h.Class.Class.Name())} ({h.Count})");
            bar.Color = h.Class is null ? Colors.Gray : h.Class.IsMinimizer ? (h.Class.Class == Dmf.Verify.Landscape.PointClass.GlobalMinimizer ? Colors.Green : Colors.Orange) : Colors.Red;
            ticks.Add(new Tick(i, h.Key));
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title(Invariant($"Types reached by {report.Options.Runs} gradient descents (L = {report.Instance.Depth})"));
        plot.XLabel("critical-point type reached");
        plot.YLabel("runs");
        plot.ShowLegend(Edge.Right);
        return PngRendering.Render(plot, size);
    }

    /// <summary>F − F_min against iterations (log scale) for the first <paramref name="runs"/> runs.</summary>
    public static byte[] LossCurves(DescentReport report, PictureSize size, int runs = 8)
    {
        ArgumentNullException.ThrowIfNull(report);
        size = size.Validated();
        var plot = new Plot();
        double best = report.Runs.Min(r => r.End.Loss);
        foreach (var run in report.Runs.Take(runs))
        {
            var curve = run.End.LossCurve;
            var xs = curve.Iterations.Select(i => (double)i).ToArray();
            var ys = curve.Losses.Select(f => Math.Log10(Math.Max(f - best, 1e-16))).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.MarkerSize = 0;
            line.LegendText = Invariant($"seed {run.Seed}: {run.Reached.Type?.ToString() ?? run.Reached.Problem}");
        }

        plot.Title(Invariant($"Loss curves of the first {Math.Min(runs, report.Runs.Count)} descents (L = {report.Instance.Depth})"));
        int stride = report.Runs.Take(runs).Max(r => r.End.LossCurve.Stride);
        plot.XLabel(stride == 1 ? "iteration" : Invariant($"iteration (F drawn every {stride} iterations)"));
        plot.YLabel("log10(F - F_best)");
        plot.Axes.SetLimitsX(0, Math.Max(1, report.Runs.Take(runs).Max(r => r.End.Iterations)));
        plot.ShowLegend(Edge.Right);
        return PngRendering.Render(plot, size);
    }
}
