namespace Dmf.Plots;

/// <summary>A picture's size in pixels (default 800 × 600; each side 200..4000) and its format (default PNG).</summary>
public sealed record PictureSize(int Width, int Height, PictureFormat Format = PictureFormat.Png)
{
    /// <summary>The format a file name asks for: SVG for ".svg" (any case), else PNG.</summary>
    public static PictureFormat FormatOf(string path) =>
        path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? PictureFormat.Svg : PictureFormat.Png;

    /// <summary>800 × 600.</summary>
    public static PictureSize Default { get; } = new(800, 600);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the bad side.</summary>
    public PictureSize Validated()
    {
        if (Width is < 200 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), Width, "The width must be between 200 and 4000 pixels.");
        }

        if (Height is < 200 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(Height), Height, "The height must be between 200 and 4000 pixels.");
        }

        return this;
    }
}
