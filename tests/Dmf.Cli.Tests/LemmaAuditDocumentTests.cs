using System.Text.RegularExpressions;

namespace Dmf.Cli.Tests;

/// <summary>docs/lemma-audit.md shows what `dmf audit` prints: its table, compared cell by cell for L = 2..4.</summary>
public class LemmaAuditDocumentTests
{
    [Fact]
    public void The_documented_table_agrees_with_a_fresh_audit_for_depths_2_to_4()
    {
        string document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "lemma-audit.md"));
        int start = document.IndexOf("<!-- dmf audit --depth 2..16", StringComparison.Ordinal);
        int end = document.IndexOf("<!-- end of dmf audit -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/lemma-audit.md has the marked audit output");
        var documented = Cells(document[start..end]);

        var result = CliRunner.Run("audit", "--depth", "2..4", "--timeout-ms", "5000", "--second-solver", "none");
        Assert.Equal(0, result.ExitCode);
        var fresh = Cells(result.Output);
        Assert.NotEmpty(fresh);
        foreach (var (lemma, cells) in fresh)
        {
            Assert.True(documented.ContainsKey(lemma), $"lemma {lemma} is not in docs/lemma-audit.md");
            Assert.Equal(cells, documented[lemma].Take(cells.Count).ToList());
        }

        Assert.Equal(documented.Keys.Order(), fresh.Keys.Order());

        // The legend lines for each lemma are the command's too.
        foreach (var line in result.Output.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains(": ", StringComparison.Ordinal) && !l.StartsWith("- no ", StringComparison.Ordinal)))
        {
            Assert.Contains(line, document);
        }
    }

    /// <summary>Lemma → status per depth column, without times and markers (*, **, ^, +).</summary>
    private static Dictionary<string, List<string>> Cells(string text) =>
        text.Split('\n')
            .Where(line => Regex.IsMatch(line, @"^\| [a-z]\d?[+-]? \|"))
            .Select(line => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList())
            .ToDictionary(
                cells => cells[0],
                cells => cells.Skip(1).Select(c => Regex.Replace(c, @"[*^+]+| \d+ ms", string.Empty)).ToList());
}
