using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;
using static System.FormattableString;

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
        var depth = new Option<string>("--depth") { Description = "Depth L, or a range like 2..8 (default 3).", DefaultValueFactory = _ => "3", HelpName = "L|A..B" };
        var timeout = new Option<string>("--timeout-ms") { Description = "Z3's timeout per query in milliseconds (default 10000).", DefaultValueFactory = _ => "10000", HelpName = "N" };
        var smtOut = new Option<string?>("--smt-out") { Description = "Save every query as a .smt2 file in DIR (replay: dmf smt check FILE, or z3 FILE).", HelpName = "DIR" };
        var secondSolver = new Option<string?>("--second-solver")
        {
            Description = "The independent solver asked every decided query, same timeout: auto (default: cvc5 when it is on PATH), cvc5 (required), or none; a contradiction is a DISAGREEMENT (exit code 1).",
            HelpName = "auto|cvc5|none",
        };
        var secondTimeout = new Option<string>("--second-timeout-ms")
        {
            Description = "The independent solver's timeout per query in milliseconds (default 1000: it corroborates; Z3 decides).",
            DefaultValueFactory = _ => "1000",
            HelpName = "N",
        };
        var command = new Command(
            "audit",
            "Prove the scalar lemmas the classification rests on (root labels, the two-root threshold, the global threshold, the L = 2 free-slot block) " +
            "for all lambda > 0 and y >= 0, with Z3. Exit code 1 when a lemma is refuted, 4 when one is unknown.")
        {
            depth, timeout, smtOut, secondSolver, secondTimeout,
        };

        command.SetAction(parsed =>
        {
            var depths = Depths(parsed.GetValue(depth)!);
            int ms = InputParsing.ParseInteger("--timeout-ms", parsed.GetValue(timeout)!, 1, 3_600_000, "Z3's timeout per query");
            var independent = Z3Backend.Independent(parsed.GetValue(secondSolver) ?? "auto");
            int secondMs = InputParsing.ParseInteger("--second-timeout-ms", parsed.GetValue(secondTimeout)!, 1, 3_600_000, "the independent solver's timeout per query");
            var budget = SmtBudget.Default with { TimeoutMilliseconds = ms, WallClockMilliseconds = ms + Math.Max(1000, ms / 2) };
            var verifier = new ExactVerifier(Z3Backend.Start(), budget, independent, budget with { TimeoutMilliseconds = secondMs, WallClockMilliseconds = secondMs + Math.Max(1000, secondMs / 2) });

            // The general form first; where Z3 gives up, the form normalized to λ = 1 (equivalent by scaling, see ScalarLemmas).
            var results = depths.ToDictionary(l => l, l =>
            {
                var normalized = ScalarLemmas.For(l, normalized: true);
                return ScalarLemmas.For(l).Select((c, i) =>
                {
                    var result = verifier.Check(c, new[] { Invariant($"dmf lemma audit, depth L = {l}") });
                    if (result.Status == ClaimStatus.Unknown)
                    {
                        var retry = verifier.Check(normalized[i], new[] { Invariant($"dmf lemma audit, depth L = {l}, normalized to lambda = 1 (the lemma is invariant under (x, y, s) -> (tx, ty, t^(L-1) s))") });
                        if (retry.Status != ClaimStatus.Unknown)
                        {
                            return (Claim: normalized[i], Result: retry with { Detail = "normalized", Milliseconds = result.Milliseconds + retry.Milliseconds });
                        }
                    }

                    return (Claim: c, Result: result);
                }).ToList();
            });
            var output = parsed.InvocationConfiguration.Output;
            LemmaTableRenderer.Render(results, output);
            if (parsed.GetValue(smtOut) is { } directory)
            {
                AtomicFile.EnsureDirectory(directory, "--smt-out");
                foreach (var (l, rows) in results)
                {
                    foreach (var (claim, result) in rows)
                    {
                        AtomicFile.WriteAllText(Path.Combine(directory, Invariant($"L{l}-{claim.Name.Replace('+', 'p').Replace('-', 'm')}.smt2")), result.Query);
                    }
                }
            }

            var statuses = results.Values.SelectMany(r => r).Select(r => r.Result.Status).ToList();
            return statuses.Contains(ClaimStatus.Refuted) || statuses.Contains(ClaimStatus.Disagreement) ? ExitCodes.CheckFailed
                : statuses.Contains(ClaimStatus.Unknown) || statuses.Contains(ClaimStatus.Vacuous) ? ExitCodes.NotEstablished
                : ExitCodes.Success;
        });

        return command;
    }

    private static IReadOnlyList<int> Depths(string text)
    {
        var parts = text.Split("..");
        int low = InputParsing.ParseInteger("--depth", parts[0], 2, MaxDepth, "the depth L");
        int high = parts.Length == 2 ? InputParsing.ParseInteger("--depth", parts[1], 2, MaxDepth, "the depth L") : low;
        if (parts.Length > 2 || high < low)
        {
            throw new UsageException($"--depth expects L or a range A..B with A <= B, got '{text}'");
        }

        return Enumerable.Range(low, high - low + 1).ToList();
    }
}
