namespace Dmf.Cli.Tests;

/// <summary>
/// Docs must not rot: every command line shown in README.md and docs/*.md inside a fenced block
/// ("$ dmf …" or "$ dotnet run --project src/Dmf.Cli -- …") is run in process, and what it prints
/// (stdout, then stderr) must equal the lines that follow it in the block.
/// </summary>
public class DocumentationExamplesTests
{
    private static readonly string[] Prefixes = { "$ dmf ", "$ dotnet run --project src/Dmf.Cli -- " };

    public static IEnumerable<object[]> Examples() =>
        DocumentationFiles().SelectMany(file => ParseExamples(file).Select(example => new object[] { example }));

    [Fact]
    public void The_documentation_has_examples()
    {
        var examples = DocumentationFiles().SelectMany(ParseExamples).ToList();
        Assert.Contains(examples, e => e.File == "README.md");
        Assert.True(examples.Count(e => e.File.StartsWith("docs", StringComparison.Ordinal)) >= 5);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_output_matches_the_documentation(DocumentationExample example)
    {
        var result = CliRunner.Run(example.Arguments);
        string actual = (result.Output + result.Error).TrimEnd('\n');
        Assert.Equal(example.ExpectedOutput, actual);
    }

    private static IEnumerable<string> DocumentationFiles()
    {
        string root = RepositoryRoot.Path;
        yield return Path.Combine(root, "README.md");
        foreach (var file in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return file;
        }
    }

    private static IEnumerable<DocumentationExample> ParseExamples(string path)
    {
        string relative = Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/');
        var lines = File.ReadAllLines(path);
        bool inBlock = false;
        string? command = null;
        var expected = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (inBlock && command != null)
                {
                    yield return Make(relative, command, expected);
                }

                inBlock = !inBlock;
                command = null;
                expected.Clear();
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            var prefix = Prefixes.FirstOrDefault(p => line.StartsWith(p, StringComparison.Ordinal) || line == p.TrimEnd());
            if (prefix != null)
            {
                if (command != null)
                {
                    yield return Make(relative, command, expected);
                }

                command = line.Length > prefix.Length ? line.Substring(prefix.Length) : string.Empty;
                expected.Clear();
            }
            else if (command != null)
            {
                expected.Add(line);
            }
        }
    }

    private static DocumentationExample Make(string file, string command, List<string> expected) =>
        new(file, command, command.Split(' ', StringSplitOptions.RemoveEmptyEntries), string.Join("\n", expected).TrimEnd('\n'));
}

/// <summary>One documented command and the output the documentation shows for it.</summary>
public sealed record DocumentationExample(string File, string Command, string[] Arguments, string ExpectedOutput)
{
    public override string ToString() => $"{File}: dmf {Command}";
}
