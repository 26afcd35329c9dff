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
    public void The_html_report_has_the_same_content_as_one_page_with_tables_math_and_pictures_embedded()
    {
        string directory = Scratch();
        string markdown = Path.Combine(directory, "r.md");
        string html = Path.Combine(directory, "r.html");
        Assert.Equal(0, CliRunner.Run("analyze", "-o", markdown, "--seed", "3").ExitCode);
        var result = CliRunner.Run("analyze", "-o", html, "--seed", "3");
        Assert.Equal(0, result.ExitCode);

        // One file: the pictures are inside it, not beside it.
        Assert.Equal(new[] { "r-phase.png", "r-roots.png", "r.html", "r.md" }, Directory.GetFiles(directory).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
        string page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Equal(2, Regex.Matches(page, @"<img src=""data:image/png;base64,[A-Za-z0-9+/=]{1000,}"" alt=""(roots of f\(x; y\)|phase diagram)"">").Count);

        // The tables: a header row and one row per listed type, the |grad| of a cell kept in its cell; then the sharpness
        // of the three minimizers.
        var all = Regex.Matches(page, "<tr>(.*?)</tr>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(1 + 9 + 1 + 3, all.Count);
        var rows = all.Take(10).ToList();
        Assert.All(rows, row => Assert.Equal(6, Regex.Matches(row, "<t[hd](?: class=\"short\")?>").Count));
        Assert.All(all.Skip(10), row => Assert.Equal(7, Regex.Matches(row, "<t[hd](?: class=\"short\")?>").Count));
        Assert.Contains("8.659387", all[11]);
        Assert.Contains("<th class=\"short\"><span class=\"math\">\\sigma</span> per slot → <span class=\"math\">y</span></th>", rows[0]);

        // Short cells (numbers such as 1.55E-15, the sigma of a row) stay on one line; the tables scroll sideways instead.
        Assert.Contains("td.short, th.short { white-space: nowrap; }", page);
        Assert.Contains("<div class=\"table\"><table>", page);
        Assert.Contains("agrees: |grad|", rows[1]);

        // Every heading, list item and table row of the Markdown report is in the page.
        var lines = File.ReadAllLines(markdown);
        foreach (var heading in lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)))
        {
            Assert.Contains("<h2>" + heading.Substring(3) + "</h2>", page);
        }

        Assert.Contains("<span class=\"math\">y_{\\mathrm{crit}} = 1.460593</span>", page);
        Assert.Contains("<li>benign landscape: yes</li>", page);
        Assert.Contains($"<li>command: <code>dmf analyze -o {html} --seed 3</code></li>", page);
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
