using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;
using Dmf.Verify.Descent;
using ScottPlot;

namespace Dmf.Plots;

/// <summary>
/// The fractions of runs reaching each outcome (global, spurious, W = 0, saddle, other) against the swept λ (or
/// scale of Y, or constant step η), one line per outcome, with the theory's thresholds λ_glob(y_j) (dashed) and
/// λ_crit(y_j) (solid) — for steps, each minimizer's 2/λ_max (dashed for the global one) — as vertical lines, labeled
/// inside the plot above the fractions.
/// </summary>
public static class SweepPicture
{
    private static readonly (SweepOutcome Outcome, string Name, Color Color)[] Lines =
    {
        (SweepOutcome.Global, "global minimizer (W ≠ 0)", Colors.Green),
        (SweepOutcome.Spurious, "spurious local minimizer (W ≠ 0)", Colors.Orange),
        (SweepOutcome.Zero, "W = 0", Colors.Blue),
        (SweepOutcome.Saddle, "saddle", Colors.Red),
        (SweepOutcome.Other, "not converged", Colors.Gray),
    };

    /// <summary>The picture (PNG or SVG per <paramref name="size"/>).</summary>
    public static byte[] Render(SweepReport report, PictureSize size)
    {
        ArgumentNullException.ThrowIfNull(report);
        size = size.Validated();
        var plot = new Plot();
        var xs = report.Points.Select(p => p.Value.ToDouble()).ToArray();
        if (xs.Any(x => !double.IsFinite(x) || x <= 0))
        {
            throw new ArgumentException("The swept values are outside the range a picture can show.", nameof(report));
        }

        foreach (var (outcome, name, color) in Lines)
        {
            var ys = report.Points.Select(p => p.Fraction(outcome)).ToArray();
            if (outcome == SweepOutcome.Other && ys.All(y => y == 0))
            {
                continue;
            }

            var line = plot.Add.Scatter(xs, ys);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = name;
        }

        double low = xs.Min(), high = xs.Max();
        // Threshold lines, each labeled inside the plot above the fractions (labels staggered so neighbours do not overlap).
        var shown = report.Thresholds.Where(t => t.Value >= low && t.Value <= high).OrderBy(t => t.Value).ToList();
        for (int k = 0; k < shown.Count; k++)
        {
            var threshold = shown[k];
            var line = plot.Add.VerticalLine(threshold.Value);
            line.Color = threshold.Global ? Colors.Black.WithAlpha(0.6) : Colors.Black;
            line.LinePattern = threshold.Global ? LinePattern.Dashed : LinePattern.Solid;
            line.LineWidth = 1;
            string y = InlineMath.Symbol("y", (threshold.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Unicode;
            string name = report.Parameter switch
            {
                SweepParameter.LambdaProduct => threshold.Global ? $"λ_glob({y})" : $"λ_crit({y})",
                SweepParameter.DataScale => threshold.Global ? $"t·{y} = y_glob" : $"t·{y} = y_crit",
                _ => $"2/λ_max {threshold.Minimizer}",
            };
            var label = plot.Add.Text(name, threshold.Value, 1.08 + (0.06 * (k % 3)));
            label.LabelFontSize = 12;
            label.LabelAlignment = Alignment.LowerLeft;
        }

        plot.Axes.SetLimits(low - (0.02 * (high - low)), high + (0.02 * (high - low)), -0.02, 1.3);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, 6).Select(k => new Tick(k / 5.0, (k / 5.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        plot.Title(Invariant($"Where {report.Options.Runs} descents per point end (L = {report.Base.Depth})"));
        plot.XLabel(report.Parameter switch
        {
            SweepParameter.LambdaProduct => "λ = Π λ_l",
            SweepParameter.DataScale => "t (singular values t·y_j)",
            _ => "constant step η (plain gradient descent)",
        });
        plot.YLabel("fraction of runs");
        plot.ShowLegend(Edge.Right);
        return PngRendering.Render(plot, size);
    }
}
