using System.Text.RegularExpressions;

namespace Dmf.Cli.Tests;

/// <summary>
/// The repository stands on its own: no file points outside it, and every citation of the theory — in the README,
/// docs/, XML docs, `dmf --help` and the generated code's comments — names a section that docs/theory.md has.
/// </summary>
public class RepositoryTests
{
    private static readonly string[] SkippedDirectories = { ".git", "bin", "obj", "BenchmarkDotNet.Artifacts", "TestResults", "packages", "tools", "artifacts" };
    private static readonly Regex Citation = new(@"theory\.md(?:'s)? (?:§|section )(\d+(?:\.\d+)?[a-z]?)", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new(@"\]\((?:docs/)?theory\.md#([^)]+)\)", RegexOptions.CultureInvariant);

    [Fact]
    public void No_file_refers_to_a_path_outside_the_repository()
    {
        // Built from parts so that this file does not match itself.
        string[] outside = { ".." + "/shared", "/work" + "/", "/root" + "/", "/opt" + "/nuget", ".library" + "/" };
        var offenders = RepositoryFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => outside.Any(o => x.line.Contains(o, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(Root, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Every_theory_citation_in_the_repository_names_a_section_of_docs_theory_md()
    {
        var (sections, anchors) = TheorySections();
        var bad = new List<string>();
        int citations = 0;
        foreach (var file in RepositoryFiles())
        {
            string text = File.ReadAllText(file);
            foreach (Match match in Citation.Matches(text))
            {
                citations++;
                if (!sections.Contains(match.Groups[1].Value.TrimEnd('.')))
                {
                    bad.Add($"{Path.GetRelativePath(Root, file)}: {match.Value}");
                }
            }

            foreach (Match match in Link.Matches(text))
            {
                citations++;
                if (!anchors.Contains(match.Groups[1].Value))
                {
                    bad.Add($"{Path.GetRelativePath(Root, file)}: link #{match.Groups[1].Value}");
                }
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
        Assert.True(citations > 50, $"only {citations} citations found: the scan is broken");
    }

    [Fact]
    public void Help_texts_and_generated_comments_cite_sections_of_docs_theory_md()
    {
        var (sections, _) = TheorySections();
        string[][] runs =
        {
            new[] { "--help" }, new[] { "analyze", "--help" }, new[] { "audit", "--help" }, new[] { "descend", "--help" },
            new[] { "plot", "--help" }, new[] { "roots", "--help" }, new[] { "derive", "--help" }, new[] { "generate", "--help" },
            new[] { "smt", "check", "--help" }, new[] { "generate", "--depth", "3" }, new[] { "generate", "--depth", "2", "--widths", "2,2,2" },
        };
        int citations = 0;
        foreach (var args in runs)
        {
            string text = CliRunner.Run(args).Output;
            Assert.DoesNotContain("shared/", text, StringComparison.Ordinal);
            foreach (Match match in Citation.Matches(text))
            {
                citations++;
                Assert.Contains(match.Groups[1].Value.TrimEnd('.'), sections);
                Assert.Contains("docs/" + match.Value, text, StringComparison.Ordinal);
            }
        }

        Assert.True(citations >= 4, $"{citations} citations");
    }

    [Fact]
    public void The_theory_page_has_every_section_the_project_relies_on()
    {
        var (sections, _) = TheorySections();
        foreach (var section in new[] { "1", "2", "2.1", "2.2", "3", "3.1", "4", "4a", "5" })
        {
            Assert.Contains(section, sections);
        }
    }

    [Fact]
    public void No_source_file_is_longer_than_400_lines()
    {
        // Small files with one responsibility (docs/architecture.md): a file past 400 lines holds more than one.
        var source = Path.Combine(Root, "src");
        var longFiles = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(Root, f), Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > 400)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();
        Assert.True(longFiles.Count == 0, string.Join("\n", longFiles));
    }

    [Fact]
    public void No_order_or_key_in_the_libraries_is_printed_text()
    {
        // Identity and order are structural in Dmf.Symbolic and Dmf.Verify (docs/architecture.md): a sort, a grouping or a
        // dictionary keyed by a node's or a number's printed text (ToString, a printer, ToExactString) is refused here.
        var keyedByText = new System.Text.RegularExpressions.Regex(@"\b(OrderBy|OrderByDescending|ThenBy|ThenByDescending|GroupBy|ToDictionary|ToHashSet|DistinctBy|MinBy|MaxBy|ToLookup)\([^;]*?(\.ToString\(|\.Print\(|ToExactString\(|ToDecimalString\(|AtomText)");
        var found = new[] { "Dmf.Symbolic", "Dmf.Verify" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetRelativePath(Root, f), Line: i + 1, Text: line)))
            .Where(l => keyedByText.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
        Assert.Matches(keyedByText, "terms.OrderBy(t => t.ToString())");
    }

    [Fact]
    public void Every_public_top_level_type_lives_in_a_file_named_for_it()
    {
        // One public type per file, named for it (docs/architecture.md); nested types stay with their owner, and a static
        // companion of a generic type (EquatableArray, EquatableArray<T>) shares its name.
        var declaration = new System.Text.RegularExpressions.Regex(@"^(?: {4})?public\s+(?:static |sealed |abstract |readonly |partial |unsafe |ref )*(?:class|record struct|record class|record|struct|interface|enum|delegate\s+[\w<>\[\], ?.]+?)\s+(\w+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        var misplaced = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file);
            bool blockNamespace = !System.Text.RegularExpressions.Regex.IsMatch(text, @"^namespace [\w.]+;", System.Text.RegularExpressions.RegexOptions.Multiline);
            string name = Path.GetFileNameWithoutExtension(file).Split('.')[0];
            foreach (System.Text.RegularExpressions.Match match in declaration.Matches(text))
            {
                bool topLevel = blockNamespace ? match.Value.StartsWith("    public", StringComparison.Ordinal) : match.Value.StartsWith("public", StringComparison.Ordinal);
                if (topLevel && match.Groups[1].Value != name)
                {
                    misplaced.Add($"{Path.GetRelativePath(Root, file)}: {match.Groups[1].Value}");
                }
            }
        }

        Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
    }

    private static string Root => RepositoryRoot.Path;

    /// <summary>Section numbers ("2.1", "4a") and GitHub heading anchors of docs/theory.md.</summary>
    private static (HashSet<string> Sections, HashSet<string> Anchors) TheorySections()
    {
        var sections = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Root, "docs", "theory.md")))
        {
            var heading = Regex.Match(line, @"^#{2,3} (\d+(?:\.\d+)?[a-z]?)\.? (.*)$", RegexOptions.CultureInvariant);
            if (heading.Success)
            {
                sections.Add(heading.Groups[1].Value);
                string title = line.TrimStart('#').Trim().ToLowerInvariant();
                anchors.Add(Regex.Replace(title, @"[^\p{L}\p{N}_\- ]", string.Empty, RegexOptions.CultureInvariant).Replace(' ', '-'));
            }
        }

        return (sections, anchors);
    }

    private static IEnumerable<string> RepositoryFiles()
    {
        var pending = new Stack<string>();
        pending.Push(Root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            foreach (var sub in Directory.GetDirectories(directory))
            {
                if (!SkippedDirectories.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }

            foreach (var file in Directory.GetFiles(directory))
            {
                if (Path.GetExtension(file) is ".cs" or ".md" or ".csproj" or ".props" or ".json" or ".sln" or ".txt" or ".yml" or ".sh" or "" && !file.EndsWith(".png", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }
}
