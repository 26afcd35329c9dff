using Dmf.Verify.Verification;

namespace Dmf.Cli.Output;

/// <summary>An identity lemma's outcome at one depth: null <paramref name="Failure"/> when it holds.</summary>
internal sealed record IdentityResult(IdentityLemma Lemma, string? Failure, long Milliseconds);

/// <summary>The lemma × depth table of <c>dmf audit</c>, as Markdown (readable in a terminal and pasteable into docs).</summary>
internal static class LemmaTableRenderer
{
    /// <summary>Writes the table and a legend.</summary>
    public static void Render(IReadOnlyDictionary<int, List<(Claim Claim, ClaimResult Result)>> results, IReadOnlyDictionary<int, List<IdentityResult>> identities, TextWriter output)
    {
        var depths = results.Keys.OrderBy(l => l).ToList();
        var names = results.Values.SelectMany(r => r.Select(p => (p.Claim.Name, p.Claim.Description)))
            .Concat(identities.Values.SelectMany(r => r.Select(i => (i.Lemma.Name, i.Lemma.Description)))).Distinct().OrderBy(p => p.Name).ToList();
        string version = results.Values.SelectMany(r => r).Select(p => p.Result.SolverVersion).FirstOrDefault() ?? "Z3";
        output.WriteLine(Invariant($"Scalar lemmas for all lambda > 0, y >= 0 ({version}; each proved = unsat twice, with seeds {results.Values.SelectMany(r => r).Select(p => p.Result.Seed).FirstOrDefault()} and the next):"));
        output.WriteLine();
        output.WriteLine("| lemma | " + string.Join(" | ", depths.Select(l => Invariant($"L = {l}"))) + " |");
        output.WriteLine("|---|" + string.Concat(depths.Select(_ => "---|")));
        foreach (var (name, _) in names)
        {
            var cells = depths.Select(l => identities[l].FirstOrDefault(i => i.Lemma.Name == name) is { } identity
                ? (identity.Failure is null ? Invariant($"identity {identity.Milliseconds} ms") : "FAILS")
                : results[l].FirstOrDefault(p => p.Claim.Name == name) is { Result: { } r } ? Invariant($"{Status(r.Status)}{(r.Detail == "normalized:s" ? "*" : r.Detail == "normalized:x" ? "**" : r.Detail == "normalized:xy" ? "***" : r.Detail.StartsWith("from:", System.StringComparison.Ordinal) ? "^" : string.Empty)}{(r.ProvedBy.Count > 1 ? "+" : string.Empty)} {r.Milliseconds} ms") : "n/a");
            output.WriteLine($"| {name} | " + string.Join(" | ", cells) + " |");
        }

        output.WriteLine();
        foreach (var (name, description) in names)
        {
            output.WriteLine($"- {name}: {description}");
        }

        if (identities.Values.Any(r => r.Count > 0))
        {
            output.WriteLine("- identity: a polynomial identity checked in our own exact algebra, no solver: the Hessian form Dmf.Symbolic derives, with");
            output.WriteLine("  lambda_1..lambda_L symbolic, checked weighted-homogeneous and composed with W_l = sigma/sqrt(lambda_l); \"at a root\" is the");
            output.WriteLine("  normal form modulo s^2 = lambda and f/x (a Groebner basis), so it holds at every positive root, for every lambda and y.");
        }

        if (results.Values.SelectMany(r => r).Any(p => p.Result.Detail.StartsWith("from:", System.StringComparison.Ordinal)))
        {
            output.WriteLine("- ^: the direct query timed out; it follows from e1 and e2, both proved at this depth (y < y_crit: no positive root;");
            output.WriteLine("  y = y_crit: only x*; so two distinct positive roots need y > y_crit). The time is the timed-out attempts'.");
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

        if (results.Values.SelectMany(r => r).Any(p => p.Result.Detail.StartsWith("normalized:", System.StringComparison.Ordinal)))
        {
            output.WriteLine("- * (**): the general query (lambda = s^2 free) timed out; proved in the form normalized to s = 1 (to x = 1), which is equivalent:");
            output.WriteLine("  checked exactly for each such row, every comparison of the general form is weighted-homogeneous (weight L-1 for s, 1 for");
            output.WriteLine("  the others), so (x, y, s) -> (t x, t y, t^(L-1) s), t > 0, keeps every sign, and the normalized comparisons are the");
            output.WriteLine("  general ones at s = 1 (x = 1). ***: at x = 1 with y = (1 + s^2)/s substituted from the root relation 1 - s y + s^2 = 0");
            output.WriteLine("  (each comparison times a positive power of s, computed exactly). The time includes the timed-out attempts.");
        }

        foreach (var (l, rows) in identities.OrderBy(p => p.Key))
        {
            foreach (var identity in rows.Where(i => i.Failure is not null))
            {
                output.WriteLine(Invariant($"!! L = {l}, {identity.Lemma.Name}: fails — {identity.Failure}"));
            }
        }

        foreach (var (l, rows) in results.OrderBy(p => p.Key))
        {
            foreach (var (claim, result) in rows.Where(p => p.Result.Status != ClaimStatus.Proved))
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
