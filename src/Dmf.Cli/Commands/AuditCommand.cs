using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Cli.Parsing;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Cli.Commands;

/// <summary>
/// <c>dmf audit</c>: proves the scalar lemmas behind the classification for all λ &gt; 0, y ≥ 0 at one depth or a range
/// of depths (by unsatisfiability of the negation, with Z3), and prints a table lemma × depth.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Largest depth the audit accepts (queries grow with L).</summary>
    public const int MaxDepth = 32;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var depth = new Option<string>("--depth") { Description = "Depth L, or a range like 2..8.", DefaultValueFactory = _ => "3", HelpName = "L|A..B" };
        var smtOut = new Option<string?>("--smt-out") { Description = "Save every query as a .smt2 file in DIR (replay: dmf smt check FILE, or z3 FILE).", HelpName = "DIR" };
        var solvers = new VerifierOptions(string.Empty);
        var command = new Command(
            "audit",
            "Prove the scalar lemmas the classification rests on (root labels, the two-root threshold, the global threshold, the L = 2 free-slot block) " +
            "for all lambda > 0 and y >= 0, with Z3, and check the curvature and gain identities (symbolic lambda_l) in exact algebra. Exit code 1 when a lemma is refuted, 4 when one is unknown.")
        {
            depth, solvers.Timeout, smtOut, solvers.SecondSolver, solvers.SecondTimeout,
        };

        command.SetAction(parsed =>
        {
            var smtDirectory = parsed.GetValue(smtOut) is { } smtPath ? OutputDirectory.Check(smtPath, "--smt-out").RequireNoOther("*.smt2", ".smt2 queries") : null;
            var depths = Depths(parsed.GetValue(depth)!);
            var verifier = solvers.Build(parsed);

            // The general form first; where Z3 gives up, the forms normalized to s = 1, then to x = 1 (equivalent by scaling,
            // checked in our own algebra for each use: ScalarLemmas.ScalingReductionFailure).
            var results = depths.ToDictionary(l => l, l =>
            {
                var normalizations = new[] { "s", "x" }.Select(v => (Variable: v, Lemmas: ScalarLemmas.For(l, v))).ToList();
                return ScalarLemmas.For(l).Select((c, i) =>
                {
                    var result = verifier.Check(c, new[] { Invariant($"dmf lemma audit, depth L = {l}") });
                    long millis = result.Milliseconds;
                    foreach (var (variable, lemmas) in normalizations)
                    {
                        if (result.Status != ClaimStatus.Unknown)
                        {
                            break;
                        }

                        if (ScalarLemmas.ScalingReductionFailure(c, lemmas[i], l, variable) is { } failure)
                        {
                            result = result with { Detail = result.Detail + $"; the form normalized to {variable} = 1 is not used: " + failure };
                            continue;
                        }

                        var retry = verifier.Check(lemmas[i], new[] { Invariant($"dmf lemma audit, depth L = {l}, normalized to {variable} = 1 (the lemma is invariant under (x, y, s) -> (tx, ty, t^(L-1) s), checked exactly)") });
                        millis += retry.Milliseconds;
                        if (retry.Status != ClaimStatus.Unknown)
                        {
                            return (Claim: lemmas[i], Result: retry with { Detail = "normalized:" + variable, Milliseconds = millis });
                        }

                        if (variable == "x" && ScalarLemmas.WithYEliminated(lemmas[i]) is { } univariate)
                        {
                            var third = verifier.Check(univariate, new[] { Invariant($"dmf lemma audit, depth L = {l}, normalized to x = 1 and y eliminated by the root relation (computed exactly)") });
                            millis += third.Milliseconds;
                            if (third.Status != ClaimStatus.Unknown)
                            {
                                return (Claim: univariate, Result: third with { Detail = "normalized:xy", Milliseconds = millis });
                            }
                        }
                    }

                    return (Claim: c, Result: result with { Milliseconds = millis });
                }).ToList();
            });
            // A lemma the solver left unknown that follows from others (declared beside it) counts as proved when they are.
            foreach (int l in results.Keys.ToList())
            {
                results[l] = Corollaries.Apply(results[l]).ToList();
            }

            // The identities (curvature of the witnesses and blocks, the gain's slope) are decided in our own exact algebra.
            var identities = depths.ToDictionary(l => l, l => IdentityLemmas.For(l).Select(lemma =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                string? failure = lemma.Check();
                return new IdentityResult(lemma, failure, clock.ElapsedMilliseconds);
            }).ToList());
            var output = parsed.InvocationConfiguration.Output;
            LemmaTableRenderer.Render(results, identities, output);
            if (smtDirectory is not null)
            {
                var files = new OutputSet().Directory(smtDirectory);
                foreach (var (l, rows) in results)
                {
                    foreach (var (claim, result) in rows)
                    {
                        files.Text(smtDirectory.File(Invariant($"L{l}-{claim.Name.Replace('+', 'p').Replace('-', 'm')}.smt2")), result.Query);
                    }
                }

                files.Commit(output);
            }

            var statuses = results.Values.SelectMany(r => r).Select(r => r.Result.Status).ToList();
            bool identityFails = identities.Values.SelectMany(r => r).Any(i => i.Failure is not null);
            return identityFails || statuses.Contains(ClaimStatus.Refuted) || statuses.Contains(ClaimStatus.Disagreement) ? ExitCodes.CheckFailed
                : statuses.Contains(ClaimStatus.Unknown) || statuses.Contains(ClaimStatus.Vacuous) ? ExitCodes.NotEstablished
                : ExitCodes.Success;
        });

        return command;
    }

    private static IReadOnlyList<int> Depths(string text)
    {
        // The whole text is checked for the form before any part is read, so an error names what was typed.
        string trimmed = text.Trim();
        var match = System.Text.RegularExpressions.Regex.Match(trimmed, @"^([+-]?[0-9]+)(?:\.\.([+-]?[0-9]+))?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            throw new UsageException($"--depth expects L or a range A..B (e.g. 2..8), got '{text}'");
        }

        int low = InputParsing.ParseInteger("--depth", match.Groups[1].Value, 2, MaxDepth, "the depth L");
        int high = match.Groups[2].Success ? InputParsing.ParseInteger("--depth", match.Groups[2].Value, 2, MaxDepth, "the depth L") : low;
        if (high < low)
        {
            throw new UsageException($"--depth expects L or a range A..B with A <= B, got '{text}'");
        }

        return Enumerable.Range(low, high - low + 1).ToList();
    }
}
