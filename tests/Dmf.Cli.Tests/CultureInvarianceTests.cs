using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dmf.Cli.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CultureCollection
{
    /// <summary>Tests that change the process's default culture run alone.</summary>
    public const string Name = "culture";
}

/// <summary>
/// Every command's default example prints, writes and parses the same bytes under de-DE (decimal comma) and sv-SE
/// (U+2212 minus sign) as under the invariant culture: in process with the culture of every thread changed (the
/// libraries do not depend on it), and as the tool process under LC_ALL (the tool runs with InvariantGlobalization).
/// </summary>
[Collection(CultureCollection.Name)]
public class CultureInvarianceTests
{
    private static readonly string[][] Commands =
    {
        new[] { "analyze" },
        new[] { "analyze", "--json" },
        new[] { "analyze", "--out", "{dir}/report.md" },
        new[] { "analyze", "--y", "-1.5,0.5", "--lambda", "0.5,0.8,1.2" },
        new[] { "analyze", "--y-matrix", "{dir}/y.csv" },
        new[] { "roots" },
        new[] { "roots", "--json" },
        new[] { "descend" },
        new[] { "derive" },
        new[] { "derive", "--check" },
        new[] { "generate" },
        new[] { "generate", "--widths", "2,3,2,2" },
        new[] { "audit" },
        new[] { "plot", "roots", "-o", "{dir}/roots.png" },
        new[] { "plot", "phase", "-o", "{dir}/phase.png" },
        new[] { "plot", "slice", "-o", "{dir}/slice.png" },
        new[] { "plot", "descent", "-o", "{dir}/descent.png" },
        new[] { "smt", "check", "{dir}/q.smt2" },
        new[] { "--version" },
        new[] { "analyze", "--lambda", "0,5" },
    };

    public static IEnumerable<object[]> Cultures() => new[] { new object[] { "de-DE" }, new object[] { "sv-SE" } };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_default_example_is_byte_for_byte_the_invariant_output_in_process(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        Assert.True(culture.NumberFormat.NumberDecimalSeparator == "," || culture.NumberFormat.NegativeSign == "\u2212", "the culture must differ from the invariant one in number formatting");
        foreach (var command in Commands)
        {
            var expected = RunIn(CultureInfo.InvariantCulture, command);
            var actual = RunIn(culture, command);
            Assert.True(expected.Text == actual.Text, $"dmf {string.Join(' ', command)} under {cultureName}:\n{FirstDifference(expected.Text, actual.Text)}");
            Assert.Equal(expected.Files.Keys, actual.Files.Keys);
            foreach (var (name, bytes) in expected.Files)
            {
                // A report's provenance names its own time and temporary path; everything else must be identical.
                bool same = name.EndsWith(".md", StringComparison.Ordinal)
                    ? WithoutProvenance(bytes) == WithoutProvenance(actual.Files[name])
                    : bytes.AsSpan().SequenceEqual(actual.Files[name]);
                Assert.True(same, $"dmf {string.Join(' ', command)} under {cultureName}: {name} differs");
            }
        }
    }

    [Theory]
    [InlineData("de_DE.UTF-8")]
    [InlineData("sv_SE.UTF-8")]
    public void The_tool_process_ignores_the_locale(string locale)
    {
        foreach (var command in new[] { new[] { "analyze" }, new[] { "roots", "--json" }, new[] { "analyze", "--lambda", "0,5" } })
        {
            string invariant = RunProcess("C", command);
            Assert.Equal(invariant, RunProcess(locale, command));
            Assert.DoesNotContain("\u2212", invariant, StringComparison.Ordinal);
        }
    }

    private static (string Text, SortedDictionary<string, byte[]> Files) RunIn(CultureInfo culture, string[] command)
    {
        string directory = Directory.CreateTempSubdirectory("dmf-culture-").FullName;
        File.WriteAllText(Path.Combine(directory, "y.csv"), "1.5,0.25\n-0.5,2\n");
        File.WriteAllText(Path.Combine(directory, "q.smt2"), "(declare-const s Real)\n(assert (= (* s s) 2.0))\n(assert (< s (- 1.5)))\n(check-sat)\n(get-model)\n");
        var arguments = command.Select(a => a.Replace("{dir}", directory, StringComparison.Ordinal)).ToArray();
        var savedCurrent = CultureInfo.CurrentCulture;
        var savedDefault = CultureInfo.DefaultThreadCurrentCulture;
        CliResult result;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = culture;
            result = CliRunner.Run(arguments);
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCurrent;
            CultureInfo.DefaultThreadCurrentCulture = savedDefault;
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory))
        {
            files[Path.GetFileName(file)] = File.ReadAllBytes(file);
        }

        // Wall-clock times (the audit's "proved 12 ms") are the only text allowed to differ between two runs.
        string text = Regex.Replace($"exit {result.ExitCode}\n{result.Output}\n{result.Error}".Replace(directory, "{dir}", StringComparison.Ordinal), @"\d+ ms\b", "N ms");
        return (text, files);
    }

    private static string RunProcess(string locale, string[] command)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "dmf.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = locale;
        start.Environment["LANG"] = locale;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "dmf did not finish");
        return $"exit {process.ExitCode}\n{output}\n{error.Result}";
    }

    private static string FirstDifference(string expected, string actual)
    {
        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        int from = Math.Max(0, i - 80);
        return $"invariant: …{expected.Substring(from, Math.Min(expected.Length - from, 160))}…\nculture:   …{actual.Substring(from, Math.Min(actual.Length - from, 160))}…";
    }

    private static string WithoutProvenance(byte[] bytes) =>
        string.Join("\n", System.Text.Encoding.UTF8.GetString(bytes).Split('\n').Where(l => !l.StartsWith("- written: ", StringComparison.Ordinal) && !l.StartsWith("- command: ", StringComparison.Ordinal)));
}
