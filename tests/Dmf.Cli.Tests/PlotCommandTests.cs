using System.Buffers.Binary;

namespace Dmf.Cli.Tests;

public class PlotCommandTests
{
    /// <summary>Width and height from a PNG's IHDR chunk, after checking the signature.</summary>
    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path}: only {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Theory]
    [InlineData("roots", new string[0])]
    [InlineData("phase", new string[0])]
    [InlineData("slice", new[] { "-plane" })]
    [InlineData("descent", new[] { "-loss" })]
    public void Each_picture_of_the_default_example_is_a_png_of_the_requested_size(string kind, string[] extraSuffixes)
    {
        string directory = Directory.CreateTempSubdirectory("dmf-plot-").FullName;
        string path = Path.Combine(directory, kind + ".png");
        var result = CliRunner.Run(new[] { "plot", kind, "-o", path, "--width", "640", "--height", "480" }.Concat(kind == "descent" ? new[] { "--runs", "12" } : Array.Empty<string>()).ToArray());
        Assert.Equal(0, result.ExitCode);
        Assert.Equal((640, 480), PngSize(path));
        foreach (var suffix in extraSuffixes)
        {
            Assert.Equal((640, 480), PngSize(Path.Combine(directory, kind + suffix + ".png")));
        }

        Assert.Empty(Directory.GetFiles(directory, "*.tmp"));
    }

    [Theory]
    [InlineData("roots", new string[0])]
    [InlineData("slice", new[] { "-plane" })]
    public void A_file_ending_in_svg_gets_vector_pictures_of_the_requested_size(string kind, string[] extraSuffixes)
    {
        string directory = Directory.CreateTempSubdirectory("dmf-plot-").FullName;
        Assert.Equal(0, CliRunner.Run("plot", kind, "-o", Path.Combine(directory, kind + ".svg"), "--width", "640", "--height", "480").ExitCode);
        foreach (var suffix in extraSuffixes.Prepend(string.Empty))
        {
            string text = File.ReadAllText(Path.Combine(directory, kind + suffix + ".svg"));
            Assert.StartsWith("<?xml", text, StringComparison.Ordinal);
            Assert.Contains("<svg", text, StringComparison.Ordinal);
            Assert.Contains("width=\"640\" height=\"480\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Default_size_is_800_by_600()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-plot-").FullName, "roots.png");
        Assert.Equal(0, CliRunner.Run("plot", "roots", "-o", path).ExitCode);
        Assert.Equal((800, 600), PngSize(path));
    }

    [Theory]
    [InlineData(new[] { "plot", "roots", "--width", "10" }, "--width must be between 200 and 4000")]
    [InlineData(new[] { "plot", "slice", "--type", "[x*, 0]" }, "--type: '[x*, 0]' is not a critical-point type of this instance")]
    [InlineData(new[] { "plot", "slice", "--radius", "0" }, "--radius expects a positive finite number, got '0'")]
    [InlineData(new[] { "plot", "roots", "-o", "/nonexistent/dir/r.png" }, "cannot write '/nonexistent/dir/r.png'")]
    public void Bad_input_gets_one_line_and_exit_code_2(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }
}
