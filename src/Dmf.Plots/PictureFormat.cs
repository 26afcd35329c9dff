namespace Dmf.Plots;

/// <summary>The file format of a picture.</summary>
public enum PictureFormat
{
    /// <summary>PNG (raster).</summary>
    Png,

    /// <summary>SVG (vector: scales for print).</summary>
    Svg,
}
