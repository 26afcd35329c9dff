using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dmf.Verify.Verification;
using static System.FormattableString;

namespace Dmf.Cli.Output;

/// <summary>The lemma × depth table of <c>dmf audit</c>, as Markdown (readable in a terminal and pasteable into docs).</summary>
internal static class LemmaTableRenderer
{
    /// <summary>Writes the table and a legend.</summary>
    public static void Render(IReadOnlyDictionary<int, List<(Claim Claim, ClaimResult Result)>> results, TextWriter output)
    {
        var depths = results.Keys.OrderBy(l => l).ToList();
        var names = results.Values.SelectMany(r => r.Select(p => (p.Claim.Name, p.Claim.Description))).Distinct().OrderBy(p => p.Name).ToList();
        string version = results.Values.SelectMany(r => r).Select(p => p.Result.SolverVersion).FirstOrDefault() ?? "Z3";
        output.WriteLine(Invariant($"Scalar lemmas for all lambda > 0, y >= 0 ({version}; each proved = unsat twice, with seeds {results.Values.SelectMany(r => r).Select(p => p.Result.Seed).FirstOrDefault()} and the next):"));
        output.WriteLine();
        output.WriteLine("| lemma | " + string.Join(" | ", depths.Select(l => Invariant($"L = {l}"))) + " |");
        output.WriteLine("|---|" + string.Concat(depths.Select(_ => "---|")));
        foreach (var (name, _) in names)
        {
            var cells = depths.Select(l => results[l].FirstOrDefault(p => p.Claim.Name == name) is { Result: { } r } ? Invariant($"{Status(r.Status)}{(r.Detail == "normalized" ? "*" : string.Empty)}{(r.ProvedBy.Count > 1 ? "+" : string.Empty)} {r.Milliseconds} ms") : "n/a");
            output.WriteLine($"| {name} | " + string.Join(" | ", cells) + " |");
        }

        output.WriteLine();
        foreach (var (name, description) in names)
        {
            output.WriteLine($"- {name}: {description}");
        }

        var answers = results.Values.SelectMany(r => r).Select(p => p.Result.IndependentAnswer).Where(a => a is not null).ToList();
        if (answers.Count > 0)
        {
            output.WriteLine(Invariant($"- +: {answers[0]!.Split(':')[0]}, asked every decided query, proved it too ({results.Values.SelectMany(r => r).Count(p => p.Result.ProvedBy.Count > 1)} of {answers.Count}); otherwise it left it undecided."));
        }
        else
        {
            output.WriteLine("- no independent solver was asked (--second-solver none, or cvc5 is not on PATH).");
        }

        if (results.Values.SelectMany(r => r).Any(p => p.Result.Detail == "normalized"))
        {
            output.WriteLine("- *: the general query (lambda = s^2 free) timed out; proved in the form normalized to lambda = 1, which is equivalent:");
            output.WriteLine("  every lemma is invariant under (x, y, s) -> (t x, t y, t^(L-1) s), t > 0. The time includes the timed-out attempt.");
        }

        foreach (var (l, rows) in results.OrderBy(p => p.Key))
        {
            foreach (var (claim, result) in rows.Where(p => p.Result.Status != ClaimStatus.Proved && p.Result.Detail != "normalized"))
            {
                output.WriteLine(Invariant($"!! L = {l}, {claim.Name}: {result.Status.ToString().ToLowerInvariant()} — {result.Detail}"));
            }
        }
    }

    private static string Status(ClaimStatus status) => status switch
    {
        ClaimStatus.Proved => "proved",
        ClaimStatus.Refuted => "REFUTED",
        ClaimStatus.Vacuous => "VACUOUS",
        ClaimStatus.Disagreement => "DISAGREEMENT",
        _ => "unknown",
    };
}
