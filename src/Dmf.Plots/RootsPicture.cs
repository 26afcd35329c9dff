using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using ScottPlot;

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
        double xStar = instance.Landscape.InflectionPoint?.ToDouble() ?? Math.Sqrt(s);
        double xMax = Math.Max(2 * xStar, 1.3 * groups.SelectMany(g => g.RootCount == 0 ? Enumerable.Empty<ScalarRoot>() : g.Roots.PositiveRoots).Select(r => r.Value.ToDouble()).DefaultIfEmpty(0).Max());
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

        // Each value's line and its roots in one color; past a handful of values, one gray legend entry for all of them.
        bool many = groups.Count > MaxLegendValues;
        var palette = new ScottPlot.Palettes.Category10();
        var colorOf = new Dictionary<int, Color>();
        for (int g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            colorOf[g] = many ? Colors.Gray.WithAlpha(0.6) : palette.GetColor(g + 3);
            var line = plot.Add.HorizontalLine(group.Y.ToDouble());
            line.LineWidth = 1;
            line.Color = colorOf[g];
            line.LegendText = many
                ? (g == 0 ? Invariant($"y = {groups.Min(v => v.Y).ToDouble():G4} … {groups.Max(v => v.Y).ToDouble():G4} ({instance.SingularValues.Count} values)") : string.Empty)
                : $"y = {group.Y.ToExactString()} (index {string.Join(",", group.Indices.Select(j => (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        }

        var points = groups.SelectMany((g, index) => g.RootCount == 0 ? Enumerable.Empty<(double X, double Y, ScalarRoot Root, int Group)>() : g.Roots.PositiveRoots.Select(r => (X: r.Value.ToDouble(), Y: g.Y.ToDouble(), Root: r, Group: index))).ToList();
        foreach (var point in points)
        {
            var marker = plot.Add.Marker(point.X, point.Y);
            marker.MarkerSize = many ? 6 : 10;
            marker.Color = many ? Colors.Black : colorOf[point.Group];
        }

        plot.Axes.SetLimits(0, xMax, 0, yTop);
        plot.Title(Invariant($"Roots of f(x; y): ψ(x) = y, L = {depth}, λ = {instance.Landscape.LambdaProduct.ToExactString()}"));
        plot.XLabel("x (a singular value of √λ_l W_l)");
        plot.YLabel("y (singular value of Y)");
        plot.ShowLegend(Edge.Right);
        PngRendering.Prepare(plot);

        // Labels where they fit: laid out in pixels on the rendered plot area, from the largest y down; x− labels go left
        // of the minimum of ψ and x+ right of it, so two close roots do not share a spot; a white ground keeps the
        // lines of the values from striking through them; the threshold lines are kept out of them.
        plot.RenderInMemory(size.Width, size.Height);
        var area = plot.LastRender.DataRect;
        var ordered = points.OrderByDescending(p => p.Y).ThenBy(p => p.X).ToList();
        var texts = ordered.Select(p => Invariant($"{p.Root.Label.ToSymbol().Replace("x-", "x₋", StringComparison.Ordinal).Replace("x+", "x₊", StringComparison.Ordinal)} = {p.X:G4}")).ToList();
        var requests = ordered.Select((p, i) =>
        {
            var pixel = plot.GetPixel(new Coordinates(p.X, p.Y));
            var (width, height) = PngRendering.Measure(texts[i], LabelFontSize);
            return new LabelPlacement.Request(pixel.X, pixel.Y, width + 4, height + 2, p.Root.Label == RootLabel.SmallRoot);
        }).ToList();
        var thresholds = (depth > 2 ? new[] { yCrit, yGlob } : new[] { yCrit }).Select(y => plot.GetPixel(new Coordinates(0, y)).Y).Select(py => new LabelPlacement.Box(area.Left, py - 1, area.Right, py + 1));
        var boxes = LabelPlacement.Place(requests, new LabelPlacement.Box(area.Left, area.Top, area.Right, area.Bottom), thresholds);
        for (int i = 0; i < ordered.Count; i++)
        {
            if (boxes[i] is not { } box)
            {
                continue;
            }

            var corner = plot.GetCoordinates(new Pixel((float)box.Left + 2, (float)box.Top + 1));
            var text = plot.Add.Text(texts[i], corner.X, corner.Y);
            text.LabelFontSize = LabelFontSize;
            text.LabelAlignment = Alignment.UpperLeft;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }

        return PngRendering.Render(plot, size);
    }

    /// <summary>Values listed one by one in the legend; more are summed up in one entry.</summary>
    public const int MaxLegendValues = 6;

    private const float LabelFontSize = 12;

    /// <summary>An integer in superscript digits: ³, ⁻¹.</summary>
    private static string Superscript(int n) => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']));
}
