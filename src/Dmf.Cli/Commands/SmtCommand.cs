using Dmf.Cli.Input;
using Dmf.Cli.Parsing;
using Dmf.Verify.Smt;

namespace Dmf.Cli.Commands;

/// <summary>
/// <c>dmf smt check FILE...</c>: replays saved .smt2 queries through the system libz3 (WorkerZ3) — what <c>z3 FILE</c> does,
/// without the z3 executable — and prints each file's answers.
/// </summary>
internal static class SmtCommand
{
    /// <summary>Largest .smt2 file accepted (saved queries are a few kilobytes).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Builds <c>dmf smt</c> with its subcommand <c>check</c>.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "SMT-LIB2 files (e.g. the queries saved by --smt-out).", Arity = ArgumentArity.OneOrMore };
        var timeout = new Option<string>("--timeout-ms")
        {
            Description = "Hard wall-clock limit per file in milliseconds; the file's own (set-option :timeout) and :rlimit apply inside Z3.",
            DefaultValueFactory = _ => "60000",
            HelpName = "N",
        };
        var expect = new Option<string?>("--expect") { Description = "Exit code 1 unless every (check-sat) answers this (sat or unsat; saved negated claims expect unsat).", HelpName = "sat|unsat" };
        var check = new Command(
            "check",
            "Run each FILE through the system libz3 (no z3 executable needed) and print its answers, one line per (check-sat), as 'FILE: unsat'; " +
            "other output (models, errors) follows indented. Exit code 1 when an answer differs from --expect, 4 when one is unknown " +
            "or a file has no (check-sat), 2 when a file cannot be read or Z3 rejects it.")
        {
            files, timeout, expect,
        };

        check.SetAction(parsed =>
        {
            int ms = InputParsing.ParseInteger("--timeout-ms", parsed.GetValue(timeout)!, 1, 3_600_000, "the wall-clock limit per file");
            SmtStatus? expected = parsed.GetValue(expect) switch
            {
                null => null,
                "sat" => SmtStatus.Sat,
                "unsat" => SmtStatus.Unsat,
                var other => throw new UsageException($"--expect must be sat or unsat, got '{other}'"),
            };

            // Every file is read before the first query runs: a bad name is reported before any solving.
            var scripts = parsed.GetValue(files)!.Select(path => (Path: path, Text: TextFileInput.Read("smt check", path, MaxFileBytes))).ToList();
            var z3 = Z3Backend.Start();
            var output = parsed.InvocationConfiguration.Output;
            bool failed = false, unknown = false;
            foreach (var (path, text) in scripts)
            {
                if (z3.Evaluate(text, ms, out string? failure) is not { } printed)
                {
                    // The worker was killed at the limit (or crashed): the file's answer is unknown.
                    output.WriteLine($"{path}: unknown ({failure})");
                    unknown = true;
                    continue;
                }

                var answers = SmtTranscript.Parse(printed);
                if (answers.Error is { } error)
                {
                    throw new UsageException($"smt check: Z3 rejected '{path}': {error}");
                }

                if (answers.Statuses.Count == 0)
                {
                    output.WriteLine($"{path}: no (check-sat)");
                    unknown = true;
                }

                foreach (var status in answers.Statuses)
                {
                    output.WriteLine($"{path}: {SmtTranscript.Word(status)}");
                    unknown |= status == SmtStatus.Unknown;
                    failed |= status != SmtStatus.Unknown && expected is { } e && status != e;
                }

                foreach (var line in answers.Other)
                {
                    output.WriteLine("  " + line);
                }
            }

            return failed ? ExitCodes.CheckFailed : unknown ? ExitCodes.NotEstablished : ExitCodes.Success;
        });

        return new Command("smt", "Work with SMT-LIB2 queries without the z3 executable.") { check };
    }
}
