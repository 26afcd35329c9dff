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
        var colorBarAxes = plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>().Select(bar => bar.Axis);
        foreach (var axis in plot.Axes.GetAxes().Concat(colorBarAxes))
        {
            if (axis.TickGenerator is NumericAutomatic automatic)
            {
                automatic.LabelFormatter = Label;
            }
        }

        // Text with ψ, λ, √ or sub- and superscripts is drawn in a font that has them (ScottPlot picks one per label).
        plot.Font.Automatic();
        return size.Format == PictureFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(size.Width, size.Height))
            : plot.GetImageBytes(size.Width, size.Height, ImageFormat.Png);
    }

    /// <summary>A tick value as text: whole numbers with thousands separators, others in the shortest general form.</summary>
    private static string Label(double value)
    {
        double rounded = Math.Round(value, 10);
        return rounded == Math.Round(rounded) && Math.Abs(rounded) < 1e15
            ? rounded.ToString("N0", CultureInfo.InvariantCulture)
            : rounded.ToString("G", CultureInfo.InvariantCulture);
    }
}
