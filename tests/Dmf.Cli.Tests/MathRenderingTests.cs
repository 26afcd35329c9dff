using System.Diagnostics;
using System.Text.Json;

namespace Dmf.Cli.Tests;

/// <summary>
/// Every math fragment of every derive format, depths 2..8, renders in the vendored KaTeX (run with node, throwOnError
/// and strict); the LaTeX compiles with pdflatex + amsmath with no line wider than the text block; the HTML pages load
/// in headless Chromium with every formula rendered and no KaTeX error. Each needs its program: skipped, with the
/// reason, where it is absent (.ci/run installs them).
/// </summary>
public class MathRenderingTests
{
    private static readonly int[] Depths = { 2, 3, 4, 5, 6, 7, 8 };
    private static readonly string[] Selections = { "all", "gradient", "hessian" };

    private static string KatexScript => Path.Combine(RepositoryRoot.Path, "vendor", "katex", "katex.min.js");

    public static IEnumerable<MathFragment> AllFragments()
    {
        foreach (var f in ReportFragments())
        {
            yield return f;
        }

        foreach (int depth in Depths)
        {
            string l = depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var what in Selections)
            {
                string name = $"L={l} --what {what}";
                foreach (var f in MathFragments.Latex(name + " latex", Derive("--depth", l, "--what", what, "--format", "latex")))
                {
                    yield return f;
                }

                foreach (var f in MathFragments.Latex(name + " latex --steps", Derive("--depth", l, "--what", what, "--format", "latex", "--steps")))
                {
                    yield return f;
                }

                foreach (var f in MathFragments.Markdown(name + " markdown", Derive("--depth", l, "--what", what, "--format", "markdown")))
                {
                    yield return f;
                }

                foreach (var f in MathFragments.Html(name + " html", Derive("--depth", l, "--what", what, "--format", "html")))
                {
                    yield return f;
                }
            }
        }
    }

    /// <summary>The math of analyze's Markdown and HTML reports, on instances with fractions and huge values.</summary>
    public static IEnumerable<MathFragment> ReportFragments()
    {
        string folder = Directory.CreateTempSubdirectory("dmf-report-math-").FullName;
        try
        {
            var instances = new[]
            {
                Array.Empty<string>(),
                new[] { "--lambda", "1/3,3/4,1e-5", "--y", "2,1e30", "--no-numeric" },
                new[] { "--depth", "2", "--lambda", "1e100,1", "--y", "1e-100,1", "--no-numeric" },
            };
            var fragments = new List<MathFragment>();
            for (int k = 0; k < instances.Length; k++)
            {
                foreach (var extension in new[] { "md", "html" })
                {
                    string file = Path.Combine(folder, $"r{k}.{extension}");
                    var result = CliRunner.Run(new[] { "analyze", "-o", file }.Concat(instances[k]).ToArray());
                    Assert.True(result.ExitCode == 0, result.Error);
                    string text = File.ReadAllText(file);
                    fragments.AddRange(extension == "md" ? MathFragments.Markdown($"report {k}.md", text) : MathFragments.Html($"report {k}.html", text));
                }
            }

            return fragments;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [RequiresProgramFact("node", "nodejs")]
    public void Every_math_fragment_of_every_format_renders_in_KaTeX()
    {
        var fragments = AllFragments().ToList();
        Assert.True(fragments.Count > 2000, $"only {fragments.Count} fragments found");
        foreach (var source in fragments.Where(f => !f.Source.StartsWith("report", StringComparison.Ordinal)).GroupBy(f => f.Source))
        {
            Assert.Contains(source, f => f.Display);
        }

        Assert.Contains(fragments, f => f.Source == "report 1.html" && f.Tex.Contains("\\tfrac{1}{3}", StringComparison.Ordinal));

        var input = JsonSerializer.Serialize(fragments.Select(f => new { tex = f.Tex, display = f.Display }));
        var (exitCode, output, error) = Run("node", new[] { Path.Combine(RepositoryRoot.Path, "tests", "Dmf.Cli.Tests", "Katex", "render-fragments.js"), KatexScript }, input);
        Assert.True(exitCode == 0, error);
        using var result = JsonDocument.Parse(output);
        var errors = result.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => $"{fragments[e.GetProperty("index").GetInt32()].Source}: {e.GetProperty("message").GetString()} in {e.GetProperty("tex").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        Assert.Equal(fragments.Count, result.RootElement.GetProperty("rendered").GetInt32());
    }

    [RequiresProgramFact("node", "nodejs")]
    public void The_fragment_check_catches_what_KaTeX_rejects()
    {
        var bad = new[] { new { tex = "\\begin{align*} a &= b \\\\ \\intertext{where} c &= d \\end{align*}", display = true } };
        var (exitCode, output, _) = Run("node", new[] { Path.Combine(RepositoryRoot.Path, "tests", "Dmf.Cli.Tests", "Katex", "render-fragments.js"), KatexScript }, JsonSerializer.Serialize(bad));
        Assert.Equal(0, exitCode);
        Assert.Contains("intertext", output);
        Assert.Contains("\"rendered\":0", output);
    }

    [RequiresProgramFact("pdflatex", "texlive-latex-base")]
    public void The_LaTeX_compiles_with_no_line_wider_than_the_text_block()
    {
        string folder = Directory.CreateTempSubdirectory("dmf-latex-").FullName;
        try
        {
            var documents = new List<(string Name, string Tex)>();
            foreach (int depth in Depths)
            {
                string l = depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
                foreach (var what in Selections)
                {
                    string fragment = Derive("--depth", l, "--what", what, "--format", "latex");
                    documents.Add(($"summary-L{l}-{what}", "\\documentclass{article}\n\\usepackage{amsmath}\n\\allowdisplaybreaks\n\\begin{document}\n" + fragment + "\\end{document}\n"));
                    documents.Add(($"steps-L{l}-{what}", Derive("--depth", l, "--what", what, "--format", "latex", "--steps")));
                }
            }

            var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 2 }, document =>
            {
                File.WriteAllText(Path.Combine(folder, document.Name + ".tex"), document.Tex);
                var (exitCode, _, _) = Run("pdflatex", new[] { "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", document.Name + ".tex" }, null, folder);
                string log = File.ReadAllText(Path.Combine(folder, document.Name + ".log"));
                if (exitCode != 0)
                {
                    failures.Add($"{document.Name}: pdflatex exit {exitCode}: {string.Join(" / ", log.Split('\n').Where(line => line.StartsWith('!')).Take(3))}");
                }
                else if (log.Contains("Overfull \\hbox", StringComparison.Ordinal))
                {
                    failures.Add($"{document.Name}: {log.Split('\n').First(line => line.Contains("Overfull \\hbox", StringComparison.Ordinal))}");
                }
            });
            Assert.True(failures.IsEmpty, string.Join("\n", failures.OrderBy(f => f, StringComparer.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_LaTeX_has_no_amsmath_only_commands_and_the_steps_keep_their_prose()
    {
        string summary = Derive("--depth", "5", "--format", "latex");
        Assert.DoesNotContain("\\intertext", summary);
        string steps = Derive("--depth", "5", "--format", "latex", "--steps");
        Assert.StartsWith("\\documentclass{article}", steps);
        Assert.Contains("\\section{Move each $\\Delta_{l}$ out with the trace identity}", steps);
        Assert.Contains("Keep the terms of $\\mathrm{d}F$ that contain $\\Delta_{l}$", steps);
        Assert.EndsWith("\\end{document}\n", steps);
    }

    internal static string Derive(params string[] args)
    {
        var result = CliRunner.Run(new[] { "derive" }.Concat(args).ToArray());
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    internal static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string? input, string? directory = null)
    {
        var start = new ProcessStartInfo(OptionalProgram.Find(program) ?? program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 3 minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
