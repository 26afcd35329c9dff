namespace Dmf.Cli.Input;

/// <summary>
/// The one-line answer to a token the command line does not know: which token, where, and the nearest command or option
/// by edit distance (as the dotnet CLI does), instead of System.CommandLine's "Required command was not provided".
/// </summary>
internal static class TokenSuggestion
{
    /// <summary>The message for the first unmatched token of <paramref name="parsed"/>, or null when every token matched.</summary>
    public static string? For(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.UnmatchedTokens.Count == 0)
        {
            // A command group without its command ("dmf plot"): say which commands it has.
            var group = parsed.CommandResult.Command;
            if (parsed.Errors.Count > 0 && group.Subcommands.Count > 0 && group.Action is null)
            {
                string name = Name(group);
                return $"'{name}' needs a command: {string.Join(", ", group.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))} (see '{name} --help')";
            }

            return null;
        }

        string token = parsed.UnmatchedTokens[0];
        var command = parsed.CommandResult.Command;
        string where = command.Parents.Any() ? $"'{Name(command)}'" : "dmf";
        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var options = command.Options.Concat(AncestorOptions(command)).Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal).ToList();
        if (command.Parents.Any() is false)
        {
            options.Add("--version");
        }

        bool looksLikeOption = token.StartsWith('-');
        var candidates = looksLikeOption ? options : subcommands.Concat(options).ToList();
        string? nearest = Nearest(token, candidates) ?? (token == "help" ? "--help" : null);
        string kind = looksLikeOption ? "option" : subcommands.Count > 0 ? "command" : "argument";
        string suggestion = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
        string list = !looksLikeOption && subcommands.Count > 0 ? $" (commands: {string.Join(", ", subcommands)})" : string.Empty;
        return $"unknown {kind} '{token}' for {where}{suggestion}{list} (see '{Name(command)} --help')";
    }

    /// <summary>The closest candidate within max(2, |token|/3) edits (Damerau–Levenshtein, case-insensitive), or null.</summary>
    public static string? Nearest(string token, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(candidates);
        int limit = Math.Max(2, token.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(token.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(p => p.Distance <= limit)
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Candidate, StringComparer.Ordinal)
            .Select(p => p.Candidate)
            .FirstOrDefault();
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The command as typed: "dmf" for the root, "dmf plot slice" below it.</summary>
    public static string Name(Command command) => command.Parents.Any() ? "dmf " + Path(command) : "dmf";

    /// <summary>The command's path below the root: "plot slice" (empty for the root).</summary>
    public static string Path(Command command) =>
        string.Join(" ", Lineage(command).Reverse().Where(c => c.Parents.Any()).Select(c => c.Name));

    private static IEnumerable<Command> Lineage(Command command)
    {
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return c;
        }
    }

    private static IEnumerable<Option> AncestorOptions(Command command) =>
        Lineage(command).Skip(1).SelectMany(c => c.Options).Where(o => o.Recursive);
}
