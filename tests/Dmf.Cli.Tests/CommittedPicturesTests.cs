using System.Numerics;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace Dmf.Cli.Tests;

/// <summary>
/// The pictures in docs/images are what the code draws now: each is drawn again by the command docs/images/pictures.txt
/// gives for it and compared byte for byte. A picture's pixels depend on the fonts and the floating-point hardware, so
/// the comparison runs where those are the ones the pictures were drawn with (docs/images/drawn-with.txt) and is
/// skipped, with the reason, elsewhere. With DMF_WRITE_PICTURES=1 the test redraws the pictures instead (the one
/// command that regenerates them, documented in docs/plot.md).
/// </summary>
public class CommittedPicturesTests
{
    private static string Images => Path.Combine(RepositoryRoot.Path, "docs", "images");

    public static TheoryData<string> Pictures()
    {
        var data = new TheoryData<string>();
        foreach (var (files, _) in Manifest())
        {
            data.Add(files[0]);
        }

        return data;
    }

    [Fact]
    public void Every_picture_in_the_docs_is_in_the_manifest()
    {
        var listed = Manifest().SelectMany(entry => entry.Files).ToHashSet(StringComparer.Ordinal);
        var present = Directory.GetFiles(Images, "*.png").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(present.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        foreach (var doc in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md"))
        {
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(doc), @"\(images/([^)]+\.png)\)"))
            {
                Assert.Contains(link.Groups[1].Value, listed);
            }
        }
    }

    [PicturesTheory]
    [MemberData(nameof(Pictures))]
    public void The_committed_picture_is_what_the_code_draws(string first)
    {
        var (files, command) = Manifest().Single(entry => entry.Files[0] == first);
        string folder = Directory.CreateTempSubdirectory("dmf-pictures-").FullName;
        string output = Path.Combine(folder, first);
        string directory = Path.Combine(folder, "out");
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Replace("{out}", output, StringComparison.Ordinal).Replace("{dir}", directory, StringComparison.Ordinal)).ToArray();
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 0, result.Error);
        var drawn = command.Contains("{dir}", StringComparison.Ordinal)
            ? new[] { (files[0], Path.Combine(directory, "sweep.png")) }
            : files.Select(file => (file, Path.Combine(folder, file))).ToArray();
        foreach (var (file, path) in drawn)
        {
            string committed = Path.Combine(Images, file);
            if (PicturesTheoryAttribute.Writing)
            {
                File.Copy(path, committed, overwrite: true);
                File.WriteAllText(Path.Combine(Images, "drawn-with.txt"), DrawingEnvironment.Describe() + "\n");
                continue;
            }

            Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"docs/images/{file} is stale: redraw it with DMF_WRITE_PICTURES=1 dotnet test tests/Dmf.Cli.Tests --filter CommittedPictures");
        }
    }

    private static IEnumerable<(string[] Files, string Command)> Manifest() =>
        File.ReadAllLines(Path.Combine(Images, "pictures.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0].Split(' '), parts[1]));
}

/// <summary>What a picture's pixels depend on besides the code: the fonts and the floating-point hardware.</summary>
internal static class DrawingEnvironment
{
    public static string Describe()
    {
        var families = SkiaSharp.SKFontManager.Default.FontFamilies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        string fonts = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", families))))[..16].ToLowerInvariant();
        return $"fonts {fonts} ({families.Length} families); Vector<double> {Vector<double>.Count}; Vector512 {Vector512.IsHardwareAccelerated}; FMA {System.Runtime.Intrinsics.X86.Fma.IsSupported}; cores {Environment.ProcessorCount}";
    }
}

/// <summary>A theory skipped, with the reason, where the drawing environment is not the pictures' (unless they are being redrawn).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PicturesTheoryAttribute : TheoryAttribute
{
    public PicturesTheoryAttribute()
    {
        string recorded = File.Exists(Recorded) ? File.ReadAllText(Recorded).Trim() : "(not recorded)";
        string here = DrawingEnvironment.Describe();
        if (!Writing && recorded != here)
        {
            Skip = $"the committed pictures were drawn with {recorded}; here: {here} — pixels differ with fonts and floating-point hardware";
        }
    }

    /// <summary>Whether the pictures are being redrawn (DMF_WRITE_PICTURES=1).</summary>
    public static bool Writing => Environment.GetEnvironmentVariable("DMF_WRITE_PICTURES") == "1";

    private static string Recorded => Path.Combine(RepositoryRoot.Path, "docs", "images", "drawn-with.txt");
}
