namespace Dmf.Cli.Tests;

/// <summary>
/// Docs must not rot: every command line shown in README.md and docs/*.md inside a fenced block
/// ("$ dmf …" or "$ dotnet run --project src/Dmf.Cli -- …") is run in process, and what it prints
/// (stdout, then stderr) must equal the lines that follow it in the block. A line "$ printf 'TEXT' > FILE &amp;&amp; dmf …"
/// writes FILE first (in a fresh folder; the name is kept in what is compared), and a trailing "2>&amp;1 >/dev/null"
/// compares standard error alone.
/// </summary>
public class DocumentationExamplesTests
{
    private static readonly string[] Prefixes = { "$ dmf ", "$ dotnet run --project src/Dmf.Cli -- ", "$ printf " };

    private static readonly System.Text.RegularExpressions.Regex PrintfLine = new(@"^'(?<text>[^']*)' > (?<file>[\w.-]+) && dmf (?<command>.*)$");

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
        var arguments = example.Arguments;
        string? file = null, path = null;
        if (example.Input is { } input)
        {
            file = input.File;
            path = Path.Combine(Directory.CreateTempSubdirectory("dmf-doc-").FullName, input.File);
            File.WriteAllText(path, input.Text);
            arguments = arguments.Select(argument => argument == file ? path : argument).ToArray();
        }

        var result = CliRunner.Run(arguments);
        string actual = (example.ErrorOnly ? result.Error : result.Output + result.Error).TrimEnd('\n');
        Assert.Equal(example.ExpectedOutput, path is null ? actual : actual.Replace(path, file, StringComparison.Ordinal));
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

    private static DocumentationExample Make(string file, string command, List<string> expected)
    {
        string output = string.Join("\n", expected).TrimEnd('\n');
        if (!command.StartsWith('\''))
        {
            return new(file, command, command.Split(' ', StringSplitOptions.RemoveEmptyEntries), output);
        }

        var match = PrintfLine.Match(command);
        Assert.True(match.Success, $"{file}: '$ printf {command}' is not of the form printf 'TEXT' > FILE && dmf ...");
        string dmf = match.Groups["command"].Value;
        bool errorOnly = dmf.EndsWith(" 2>&1 >/dev/null", StringComparison.Ordinal);
        dmf = errorOnly ? dmf[..^" 2>&1 >/dev/null".Length] : dmf;
        var input = (match.Groups["file"].Value, match.Groups["text"].Value.Replace("\\n", "\n", StringComparison.Ordinal));
        return new(file, "printf ... && dmf " + dmf, dmf.Split(' ', StringSplitOptions.RemoveEmptyEntries), output) { Input = input, ErrorOnly = errorOnly };
    }
}

/// <summary>One documented command and the output the documentation shows for it.</summary>
public sealed record DocumentationExample(string File, string Command, string[] Arguments, string ExpectedOutput)
{
    /// <summary>The file a "printf 'TEXT' > FILE &amp;&amp;" prefix writes first, if any.</summary>
    public (string File, string Text)? Input { get; init; }

    /// <summary>Whether only standard error is shown ("2>&amp;1 >/dev/null").</summary>
    public bool ErrorOnly { get; init; }

    public override string ToString() => $"{File}: dmf {Command}";
}
