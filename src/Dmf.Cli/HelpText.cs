namespace Dmf.Cli;

/// <summary>What every command's help ends with: examples to copy and the exit codes (<see cref="ExitCodes"/>).</summary>
internal static class HelpText
{
    private const string ExitCodeText =
        "Exit codes: 0 done, every check passed; 1 a check failed (a finding: a disagreement or refutation); 2 bad input " +
        "(one line naming the value); 3 internal error (a bug, please report it); 4 not established (a claim unknown or vacuous).";

    private static readonly Dictionary<string, string[]> Examples = new()
    {
        [""] = new[] { "dmf analyze", "dmf roots --depth 4 --lambda 0.7 --y 2.5,1.7", "dmf generate --depth 3 -o Dmf3.cs" },
        ["analyze"] = new[] { "dmf analyze --y 3,2.8,2.6 --lambda 0.5 --limit 20", "dmf analyze --y-matrix y.csv --lambda 1/2 --exact --out report.md" },
        ["audit"] = new[] { "dmf audit --depth 2..8" },
        ["descend"] = new[] { "dmf descend --runs 500 --optimizer lbfgs --out results" },
        ["sweep"] = new[] { "dmf sweep --points 24 --runs 100 -o sweep", "dmf sweep --vary scale --log --from 0.5 --to 2" },
        ["plot"] = new[] { "dmf plot roots -o roots.png", "dmf plot slice --type \"[x+, x-]\" -o slice.png" },
        ["plot roots"] = new[] { "dmf plot roots --depth 4 --lambda 0.7 --y 2.5,1.7 -o roots.png" },
        ["plot phase"] = new[] { "dmf plot phase -o phase.png" },
        ["plot slice"] = new[] { "dmf plot slice --type \"[x+, x-]\" --radius 0.3 -o slice.png" },
        ["plot descent"] = new[] { "dmf plot descent --runs 50 -o descent.png" },
        ["roots"] = new[] { "dmf roots --depth 5 --lambda 1/2 --y 2 --digits 40" },
        ["derive"] = new[] { "dmf derive --depth 4 --format latex", "dmf derive --depth 3 --check", "dmf derive --format html --all-depths pages" },
        ["generate"] = new[] { "dmf generate --depth 8 -o Dmf8.cs" },
        ["smt"] = new[] { "dmf analyze --exact --smt-out queries && dmf smt check queries/*.smt2" },
        ["smt check"] = new[] { "dmf smt check --expect unsat queries/*.smt2" },
    };

    /// <summary>Appends examples and exit codes to the description of <paramref name="root"/> and every command below it.</summary>
    public static void AddEpilogues(Command root)
    {
        foreach (var (command, path) in Walk(root, string.Empty))
        {
            var lines = new List<string> { command.Description ?? string.Empty, string.Empty };
            if (Examples.TryGetValue(path, out var examples))
            {
                lines.Add("Examples:");
                lines.AddRange(examples.Select(e => "  $ " + e));
                lines.Add(string.Empty);
            }

            lines.Add(ExitCodeText);
            command.Description = string.Join("\n", lines);
        }
    }

    private static IEnumerable<(Command Command, string Path)> Walk(Command command, string path)
    {
        yield return (command, path);
        foreach (var sub in command.Subcommands)
        {
            foreach (var inner in Walk(sub, path.Length == 0 ? sub.Name : path + " " + sub.Name))
            {
                yield return inner;
            }
        }
    }
}
