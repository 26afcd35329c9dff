using System.Text.RegularExpressions;

namespace Dmf.Cli.Tests;

/// <summary>Reports you can put in a paper: tables that stay tables, and where the numbers came from.</summary>
public class ReportTests
{
    private static string Scratch()
    {
        string directory = Path.Combine(Path.GetTempPath(), "dmf-report-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static int Cells(string row) => Regex.Matches(row, @"(?<!\\)\|").Count;

    [Fact]
    public void The_analyze_report_keeps_its_table_and_says_where_it_came_from()
    {
        string report = Path.Combine(Scratch(), "r.md");
        Assert.Equal(0, CliRunner.Run("analyze", "-o", report).ExitCode);
        var lines = File.ReadAllLines(report);
        var table = lines.SkipWhile(l => !l.StartsWith("| # |", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(2 + 9, table.Count);
        Assert.All(table, row => Assert.Equal(Cells(table[0]), Cells(row)));
        Assert.Contains(table, row => row.Contains("\\|grad\\|", StringComparison.Ordinal));
        Assert.Contains("## Provenance", lines);
        Assert.Contains(lines, l => l == $"- command: `dmf analyze -o {report}`");
        Assert.Contains(lines, l => l.StartsWith("- dmf ", StringComparison.Ordinal));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^- written: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$"));
    }

    [Fact]
    public void The_descend_report_is_a_table_not_a_code_block()
    {
        string directory = Path.Combine(Scratch(), "d");
        Assert.Equal(0, CliRunner.Run("descend", "--runs", "4", "-o", directory).ExitCode);
        var lines = File.ReadAllLines(Path.Combine(directory, "descend.md"));
        Assert.DoesNotContain(lines, l => l.StartsWith("```", StringComparison.Ordinal));
        Assert.Contains("| type reached | runs | share | class |", lines);
        Assert.Contains("## Provenance", lines);
        Assert.Contains("- seeds 1..4", lines);
    }
}
