using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using ScottPlot;

namespace Dmf.Plots;

/// <summary>
/// The (y, λ) plane for the instance's depth: λ_crit(y) = c·y^{2L−2} separates two positive roots (below) from none
/// (above) — one root below for L = 2 — and λ_glob(y) marks where x₊ beats 0; the instance's (y_j, λ) are marked.
/// </summary>
public static class PhasePicture
{
    /// <summary>The PNG.</summary>
    public static byte[] Render(DmfInstance instance, PictureSize size)
    {
        ArgumentNullException.ThrowIfNull(instance);
        size = size.Validated();
        int depth = instance.Depth;
        double lambda = instance.Landscape.LambdaProduct.ToDouble();
        double yCrit = instance.Landscape.CriticalThreshold.ToDouble();
        double yMax = 1.5 * Math.Max(yCrit, instance.SingularValues.Select(y => y.ToDouble()).DefaultIfEmpty(0).Max());
        double lambdaMax = 2.5 * lambda;

        var plot = new Plot();
        var ys = Enumerable.Range(0, 301).Select(i => yMax * i / 300.0).ToArray();
        // λ_crit(y) and λ_glob(y) as ScalarTheory defines them, evaluated at each y.
        var criticalForm = ScalarTheory.CriticalLambda(depth);
        var globalForm = ScalarTheory.GlobalLambda(depth);
        // Each is one monomial κ·y^(2L−2): the legends show its coefficient and power.
        var (criticalPower, critical) = criticalForm.Terms.Select(t => (t.Exponents[ScalarTheory.Y], t.Coefficient.ToDouble())).Single();
        var (globalPower, global) = globalForm.Terms.Select(t => (t.Exponents[ScalarTheory.Y], t.Coefficient.ToDouble())).Single();
        var criticalCurve = ys.Select(y => Math.Min(ScalarTheory.EvaluateDouble(criticalForm, 0, y, 0, 0), lambdaMax)).ToArray();
        var top = ys.Select(_ => lambdaMax).ToArray();
        var zero = ys.Select(_ => 0.0).ToArray();

        var roots = plot.Add.FillY(ys, zero, criticalCurve);
        roots.FillColor = Colors.Green.WithAlpha(0.15);
        roots.LegendText = depth == 2 ? "one positive root (y > √λ)" : "two positive roots x₋ < x₊ (y > y_crit)";
        var none = plot.Add.FillY(ys, criticalCurve, top);
        none.FillColor = Colors.Gray.WithAlpha(0.15);
        none.LegendText = "no positive root (only σ = 0)";

        var criticalLine = plot.Add.Scatter(ys, criticalCurve);
        criticalLine.MarkerSize = 0;
        criticalLine.LineWidth = 2;
        criticalLine.LegendText = depth == 2 ? "λ = y² (y = √λ)" : Invariant($"λ_crit(y) = {critical:G4} y{Superscript(criticalPower)}");
        if (depth > 2)
        {
            var globalLine = plot.Add.Scatter(ys, ys.Select(y => Math.Min(ScalarTheory.EvaluateDouble(globalForm, 0, y, 0, 0), lambdaMax)).ToArray());
            globalLine.MarkerSize = 0;
            globalLine.LineWidth = 2;
            globalLine.LinePattern = LinePattern.Dashed;
            globalLine.LegendText = Invariant($"λ_glob(y) = {global:G4} y{Superscript(globalPower)} (x₊ beats 0 below)");
        }

        var points = plot.Add.ScatterPoints(instance.SingularValues.Select(y => y.ToDouble()).ToArray(), instance.SingularValues.Select(_ => lambda).ToArray());
        points.MarkerSize = 10;
        points.LegendText = $"instance: y_j at λ = {instance.Landscape.LambdaProduct.ToExactString()}";

        plot.Axes.SetLimits(0, yMax, 0, lambdaMax);
        plot.Title(Invariant($"Phase diagram of f(x; y) roots, L = {depth}"));
        plot.XLabel("y (singular value of Y)");
        plot.YLabel("λ = Π λ_l");
        plot.ShowLegend(Edge.Right);
        return PngRendering.Render(plot, size);
    }

    private static string Superscript(int power) =>
        new string(power.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']).ToArray());
}
