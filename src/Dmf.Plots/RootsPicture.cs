using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using ScottPlot;
using static System.FormattableString;

namespace Dmf.Plots;

/// <summary>
/// ψ(x) = x^L/√λ + √λ·x^{2−L} (docs/theory.md §2.1) with the instance's y values as horizontal lines: the positive roots of
/// f(·; y) are where ψ crosses y, marked and labeled x−, x+, x*; y_crit (the minimum of ψ for L ≥ 3, √λ for L = 2)
/// and y_glob dashed.
/// </summary>
public static class RootsPicture
{
    /// <summary>The PNG.</summary>
    public static byte[] Render(DmfInstance instance, PictureSize size)
    {
        ArgumentNullException.ThrowIfNull(instance);
        size = size.Validated();
        int depth = instance.Depth;
        double lambda = instance.Landscape.LambdaProduct.ToDouble();
        double s = Math.Sqrt(lambda);
        double yCrit = instance.Landscape.CriticalThreshold.ToDouble();
        double yGlob = instance.Landscape.GlobalThreshold.ToDouble();
        var groups = instance.Types().Groups;
        var roots = groups.SelectMany(g => g.RootCount == 0 ? Enumerable.Empty<(double Y, ScalarRoot Root)>() : g.Roots.PositiveRoots.Select(r => (Y: g.Y.ToDouble(), Root: r))).ToList();
        double xStar = instance.Landscape.InflectionPoint?.ToDouble() ?? Math.Sqrt(s);
        double xMax = Math.Max(2 * xStar, 1.3 * roots.Select(r => r.Root.Value.ToDouble()).DefaultIfEmpty(0).Max());
        double yTop = 1.4 * Math.Max(yGlob, instance.SingularValues.Select(y => y.ToDouble()).DefaultIfEmpty(0).Max());

        var plot = new Plot();
        var xs = Enumerable.Range(1, 400).Select(i => xMax * i / 400.0).ToArray();
        // ψ = y at a positive root: f = x(N − s·D) with D = y·x^(L−2), so ψ(x) = N(x) / (s·x^(L−2)) (ScalarTheory's N and D).
        var numerator = ScalarTheory.RootNumerator(depth);
        var denominator = ScalarTheory.RootDenominator(depth);
        var psi = xs.Select(x => ScalarTheory.EvaluateDouble(numerator, x, 0, s, lambda) / (s * ScalarTheory.EvaluateDouble(denominator, x, 1, s, lambda))).Select(v => Math.Min(v, 10 * yTop)).ToArray();
        var curve = plot.Add.Scatter(xs, psi);
        curve.MarkerSize = 0;
        curve.LineWidth = 2;
        curve.LegendText = Invariant($"ψ(x) = x{Superscript(depth)}/√λ + √λ·x{Superscript(2 - depth)}");

        var crit = plot.Add.HorizontalLine(yCrit);
        crit.LinePattern = LinePattern.Dashed;
        crit.LegendText = depth == 2 ? Invariant($"y_crit = y_glob = √λ = {yCrit:G4}") : Invariant($"y_crit = {yCrit:G4}");
        if (depth > 2)
        {
            var glob = plot.Add.HorizontalLine(yGlob);
            glob.LinePattern = LinePattern.Dotted;
            glob.LegendText = Invariant($"y_glob = {yGlob:G4}");
        }

        foreach (var group in groups)
        {
            double y = group.Y.ToDouble();
            var line = plot.Add.HorizontalLine(y);
            line.LineWidth = 1;
            line.LegendText = $"y = {group.Y.ToExactString()} (index {string.Join(",", group.Indices.Select(j => (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        }

        foreach (var (y, root) in roots)
        {
            double x = root.Value.ToDouble();
            var marker = plot.Add.Marker(x, y);
            marker.MarkerSize = 10;
            var text = plot.Add.Text(Invariant($"{root.Label.ToSymbol().Replace("x-", "x₋", StringComparison.Ordinal).Replace("x+", "x₊", StringComparison.Ordinal)} = {x:G4}"), x, y);
            text.LabelFontSize = 12;
            // x− sits left of the minimum of ψ and x+ right of it: labels go outward, so two close roots never share a spot.
            bool left = root.Label == RootLabel.SmallRoot;
            text.LabelAlignment = left ? Alignment.LowerRight : Alignment.LowerLeft;
            text.OffsetX = left ? -7 : 7;
            text.OffsetY = -7;
        }

        plot.Axes.SetLimits(0, xMax, 0, yTop);
        plot.Title(Invariant($"Roots of f(x; y): ψ(x) = y, L = {depth}, λ = {instance.Landscape.LambdaProduct.ToExactString()}"));
        plot.XLabel("x (a singular value of √λ_l W_l)");
        plot.YLabel("y (singular value of Y)");
        plot.ShowLegend(Edge.Right);
        return PngRendering.Render(plot, size);
    }

    /// <summary>An integer in superscript digits: ³, ⁻¹.</summary>
    private static string Superscript(int n) => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']));
}
