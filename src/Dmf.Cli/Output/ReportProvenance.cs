namespace Dmf.Cli.Output;

/// <summary>
/// Where a report came from, printed at its end so a table in a paper can be reproduced: the tool's version, the full
/// command line, the time (UTC) and whatever else the command states (solver versions, seeds, tolerances).
/// </summary>
internal sealed record ReportProvenance(string Version, string CommandLine, DateTimeOffset Written)
{
    /// <summary>The tool's version, major.minor.build.</summary>
    public static string ToolVersion { get; } = typeof(ReportProvenance).Assembly.GetName().Version is { } v
        ? FormattableString.Invariant($"{v.Major}.{v.Minor}.{v.Build}")
        : "unknown";

    /// <summary>The provenance of the run <paramref name="parsed"/> describes, written now.</summary>
    public static ReportProvenance Of(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        string line = "dmf " + string.Join(" ", parsed.Tokens.Select(t => Quote(t.Value)));
        return new ReportProvenance(ToolVersion, line, DateTimeOffset.UtcNow);
    }

    /// <summary>A "Provenance" section: one bullet per fact, <paramref name="facts"/> after the version, command line and date.</summary>
    public Document.Block[] Blocks(params string[] facts) => new Document.Block[]
    {
        new Document.Heading(2, "Provenance"),
        new Document.BulletList(new[]
        {
            $"dmf {Version}",
            $"command: `{CommandLine}`",
            $"written: {Written.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC",
        }.Concat(facts.Where(f => f.Length > 0)).ToList()),
    };

    private static string Quote(string token) => token.Length == 0 || token.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '[' or ']' or '*' or '?' or '$')
        ? "'" + token.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
        : token;
}
