using System.Diagnostics;
using System.Globalization;

namespace Dmf.Verify.Smt;

/// <summary>
/// cvc5 as a separate process (Debian package cvc5; 1.0.3 there, built without libpoly): the independent second
/// solver. It reads the same SMT-LIB2 scripts as Z3 — Z3's own options (:rlimit, :smt.random_seed) answer
/// "unsupported" and are skipped — with its budget given on the command line: --tlimit-per (the budget's timeout per
/// (check-sat)) and --seed; the process is killed at the budget's wall-clock limit. Only the answer and cvc5's
/// :reason-unknown are read (<see cref="SmtOutcome.Model"/> is null): refutations are confirmed from Z3's models.
/// </summary>
public sealed class ProcessCvc5 : ISmtSolver
{
    private readonly string _executable;

    /// <summary>Uses <paramref name="executable"/> (default "cvc5" on PATH); throws <see cref="SmtUnavailableException"/> when it cannot run.</summary>
    public ProcessCvc5(string executable = "cvc5")
    {
        _executable = executable;
        string? version = SolverProcess.Run(executable, "cvc5", new[] { "--version" }, null, 60_000);
        Version = (version ?? "cvc5 (version unknown)").Split('\n')[0].Replace("This is ", string.Empty, StringComparison.Ordinal).Trim();
    }

    /// <inheritdoc/>
    public string Version { get; }

    /// <inheritdoc/>
    public SmtOutcome Check(SmtScript script, SmtBudget budget)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(budget);
        var clock = Stopwatch.StartNew();
        var arguments = new[]
        {
            "--lang", "smt2",
            "--tlimit-per=" + budget.TimeoutMilliseconds.ToString(CultureInfo.InvariantCulture),
            "--seed=" + budget.Seed.ToString(CultureInfo.InvariantCulture),
        };
        string? output = SolverProcess.Run(_executable, "cvc5", arguments, script.ToText(budget) + "(get-info :reason-unknown)\n(exit)\n", budget.WallClockMilliseconds);
        if (output is null)
        {
            return new SmtOutcome(SmtStatus.Unknown, null, "wall-clock limit", clock.ElapsedMilliseconds);
        }

        // cvc5 answers the follow-up (get-info :reason-unknown) with an error unless the answer was unknown.
        return SmtTranscript.Parse(output).Outcome("cvc5", readModel: false, clock.ElapsedMilliseconds);
    }
}
