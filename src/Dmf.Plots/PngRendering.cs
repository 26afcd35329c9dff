using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Dmf.Plots;

/// <summary>
/// Renders a plot to PNG with culture-invariant tick labels: ScottPlot's automatic ticks format with the current
/// culture ("0,5" under de-DE, "−1" under sv-SE); every picture of Dmf goes through here instead (the plot's axes
/// and the axes of its color bars).
/// </summary>
internal static class PngRendering
{
    /// <summary>The bytes of <paramref name="plot"/> at <paramref name="size"/>, as PNG or SVG (UTF-8) per its format.</summary>
    public static byte[] Render(Plot plot, PictureSize size)
    {
        Prepare(plot);
        return size.Format == PictureFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(size.Width, size.Height))
            : plot.GetImageBytes(size.Width, size.Height, ImageFormat.Png);
    }

    /// <summary>Sets the invariant tick labels and the fonts, as <see cref="Render"/> does: call before a layout pass that measures the plot.</summary>
    public static void Prepare(Plot plot)
    {
        var colorBarAxes = plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>().Select(bar => bar.Axis);
        foreach (var axis in plot.Axes.GetAxes().Concat(colorBarAxes))
        {
            if (axis.TickGenerator is NumericAutomatic automatic)
            {
                // The axis's span at render time sets the digits: 0.30000000000000004 reads 0.3, and the ticks of an
                // axis 1e-300 wide still read 1E-300, 2E-300 (not all "0").
                var shown = axis;
                automatic.LabelFormatter = value => Label(value, shown.Range.Span);
            }
        }

        // Text with ψ, λ, √ or sub- and superscripts is drawn in a font that has them (ScottPlot picks one per label).
        plot.Font.Automatic();
    }

    /// <summary>The size in pixels of <paramref name="text"/> at <paramref name="fontSize"/>, in the font a label of it gets.</summary>
    public static (double Width, double Height) Measure(string text, float fontSize)
    {
        var style = new LabelStyle { Text = text, FontSize = fontSize };
        style.SetBestFont();
        using var paint = Paint.NewDisposablePaint();
        var measured = style.Measure(text, paint);
        return (measured.Width, measured.Height);
    }

    /// <summary>
    /// A tick value as text on an axis <paramref name="span"/> wide: zero when it is within 10⁻⁹ of the span of it (floating
    /// noise), else rounded to four digits beyond the span's leading digit — whole numbers with thousands separators,
    /// others in the shortest general form.
    /// </summary>
    internal static string Label(double value, double span)
    {
        if (!(span > 0) || !double.IsFinite(span))
        {
            span = Math.Abs(value);
        }

        if (Math.Abs(value) <= span * 1e-9)
        {
            return "0";
        }

        int digits = Math.Clamp((int)Math.Ceiling(Math.Log10(Math.Abs(value) / span)) + 4, 1, 15);
        double rounded = double.Parse(value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return rounded == Math.Round(rounded) && Math.Abs(rounded) < 1e15
            ? rounded.ToString("N0", CultureInfo.InvariantCulture)
            : rounded.ToString("G", CultureInfo.InvariantCulture);
    }
}
