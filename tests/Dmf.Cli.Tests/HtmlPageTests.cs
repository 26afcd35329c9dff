using System.Text.RegularExpressions;
using SkiaSharp;

namespace Dmf.Cli.Tests;

/// <summary>
/// The HTML pages of <c>dmf derive --format html</c>: self-contained (no network reference, KaTeX and its licence
/// inlined), every formula linked to a kernel line that exists, and — in headless Chromium — every formula rendered
/// with no KaTeX error and a page that is not blank.
/// </summary>
public class HtmlPageTests
{
    [Fact]
    public void A_page_is_self_contained_and_carries_the_KaTeX_licence()
    {
        string page = MathRenderingTests.Derive("--depth", "3", "--format", "html");
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("Math rendered by KaTeX 0.19.1", page);
        Assert.Contains("Permission is hereby granted, free of charge", page);
        Assert.Contains("src:url(data:font/woff2;base64,", page);
        Assert.DoesNotContain("url(fonts/", page);
        Assert.DoesNotMatch(new Regex(@"(src|href)=""(https?:)?//"), page);
        Assert.Contains("<h2>Step 4. Move each <span class=\"math\">\\Delta_{l}</span> out with the trace identity</h2>", page);
    }

    [Fact]
    public void Every_derived_formula_links_to_the_kernel_line_that_computes_it()
    {
        string page = MathRenderingTests.Derive("--depth", "4", "--format", "html");
        var source = CliRunner.Run("generate", "--depth", "4").Output.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var links = Regex.Matches(page, @"href=""#kernel-line-(\d+)""").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (int line in links)
        {
            Assert.Contains($"<span id=\"kernel-line-{line}\">", page);
        }

        // Every formula links to a kernel line, except D (a direction: the kernels form D_V) and the products the
        // kernels never form or name (back-propagation applies their factors one by one) — and those say so.
        var equations = Regex.Matches(page, @"<div class=""equation"">.*?</div>\n", RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.True(equations.Count > 20, $"{equations.Count} formulas");
        string comments = string.Join("\n", source.Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        foreach (var equation in equations.Where(e => !e.Contains("href=\"#kernel-line-", StringComparison.Ordinal)))
        {
            Assert.Contains("not formed by the kernels", equation);
            string name = Regex.Match(equation, @"\\begin\{aligned\}\n(?<name>\S+) &amp;=").Groups["name"].Value;
            Assert.True(name == "D" || (name.StartsWith("W_{", StringComparison.Ordinal) && !comments.Contains(name, StringComparison.Ordinal)), $"{name} has no kernel link");
        }

        Assert.Contains(equations, e => e.Contains("\\begin{aligned}\nW_{3:2} &amp;=", StringComparison.Ordinal) && e.Contains("not formed by the kernels", StringComparison.Ordinal));
        int Link(string label)
        {
            var match = Regex.Match(page, Regex.Escape(label) + @"(?:(?!<div class=""equation"">).)*?href=""#kernel-line-(\d+)""", RegexOptions.Singleline);
            Assert.True(match.Success, $"no kernel link for {label}");
            return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        // The gradient of layer 2 links into LossAndGradient's block for layer 2, (HV)_3 into the HVP's block for layer 3.
        int gradient = Link("\\nabla_{W_{2}} F &amp;=");
        Assert.Equal("        // layer 2", source[gradient - 1]);
        Assert.True(Array.FindLastIndex(source, gradient - 1, l => l.Contains("public static double LossAndGradient(", StringComparison.Ordinal)) >= 0);
        int hv = Link("(HV)_{3} &amp;=");
        Assert.Equal("        // layer 3", source[hv - 1]);
        Assert.Contains("HessianVectorProduct(", source.Take(hv).Last(l => l.StartsWith("    public static ", StringComparison.Ordinal)));
        Assert.Equal("        // W_{3:1}", source[Link("W_{3:1} &amp;=") - 1]);

        // W_{4:2} is never formed alone (back-propagation applies it to E): the link goes where it is first applied.
        Assert.Equal("        // W_{4:2}^T*E", source[Link("W_{4:2} &amp;=") - 1]);
    }

    [Fact]
    public void All_depths_writes_an_index_and_a_page_per_depth()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dmf-pages-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = CliRunner.Run("derive", "--format", "html", "--all-depths", folder);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                new[] { "derive-L2.html", "derive-L3.html", "derive-L4.html", "derive-L5.html", "derive-L6.html", "derive-L7.html", "derive-L8.html", "index.html" },
                Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
            string index = File.ReadAllText(Path.Combine(folder, "index.html"));
            for (int l = 2; l <= 8; l++)
            {
                Assert.Contains($"<a href=\"derive-L{l}.html\">", index);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(new[] { "derive", "--all-depths", "x" }, "--all-depths writes HTML pages: add --format html")]
    [InlineData(new[] { "derive", "--format", "html", "--all-depths", "x", "--check" }, "--all-depths and --check do not combine")]
    [InlineData(new[] { "derive", "--format", "htm" }, "--format must be text, ascii, latex, markdown or html, got 'htm'")]
    [InlineData(new[] { "derive", "--format", "html", "--all-depths", "" }, "--all-depths")]
    public void Bad_html_requests_get_one_line_and_exit_code_2(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists("x"));
    }

    [RequiresProgramFact("chromium")]
    public void The_pages_render_in_headless_Chromium_with_no_KaTeX_error()
    {
        string folder = Directory.CreateTempSubdirectory("dmf-chromium-").FullName;
        try
        {
            Assert.Equal(0, CliRunner.Run("derive", "--format", "html", "--all-depths", folder).ExitCode);
            Assert.Equal(0, CliRunner.Run("analyze", "-o", Path.Combine(folder, "report.html")).ExitCode);
            foreach (var page in Directory.GetFiles(folder, "*.html").OrderBy(f => f, StringComparer.Ordinal))
            {
                string html = File.ReadAllText(page);
                int formulas = MathFragments.Html(page, html).Count();
                string dom = Chromium(folder, "--dump-dom", new Uri(page).AbsoluteUri);
                Assert.Contains("data-math=\"rendered\"", dom);
                Assert.DoesNotContain("class=\"katex-error\"", dom);
                Assert.Equal(formulas, Regex.Matches(dom, @"<span class=""katex""").Count);
            }

            string screenshot = Path.Combine(folder, "page.png");
            Chromium(folder, "--screenshot=" + screenshot, new Uri(Path.Combine(folder, "derive-L3.html")).AbsoluteUri);
            using var bitmap = SKBitmap.Decode(screenshot);
            Assert.NotNull(bitmap);
            int dark = 0;
            for (int y = 0; y < bitmap.Height; y += 2)
            {
                for (int x = 0; x < bitmap.Width; x += 2)
                {
                    var c = bitmap.GetPixel(x, y);
                    dark += c.Red + c.Green + c.Blue < 384 ? 1 : 0;
                }
            }

            // Text and rendered math: well over a percent of the sampled pixels are ink.
            Assert.True(dark > bitmap.Width * bitmap.Height / 4 / 100, $"{dark} dark pixels: the page looks blank");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Chromium(string folder, string what, string url)
    {
        string profile = Path.Combine(folder, "profile-" + Guid.NewGuid().ToString("N"));
        var (exitCode, output, error) = MathRenderingTests.Run(
            "chromium",
            new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1100,1600",
                "--virtual-time-budget=10000", what, url,
            },
            null);
        Assert.True(exitCode == 0, error);
        return output;
    }
}
