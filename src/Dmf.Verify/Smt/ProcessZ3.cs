using System.Diagnostics;

namespace Dmf.Verify.Smt;

/// <summary>
/// Z3 as a separate process (<c>z3 -in -smt2</c>): the same script on standard input, then the follow-up command.
/// Used to replay saved queries and to corroborate the in-process answers. Debian package: z3.
/// </summary>
internal sealed class ProcessZ3 : ISmtSolver
{
    private readonly string _executable;

    /// <summary>Uses <paramref name="executable"/> (default "z3" on PATH); throws <see cref="SmtUnavailableException"/> when it cannot run.</summary>
    public ProcessZ3(string executable = "z3")
    {
        _executable = executable;
        Version = Run(new[] { "--version" }, null).Trim();
    }

    /// <inheritdoc/>
    public string Version { get; }

    /// <inheritdoc/>
    /// <remarks>One run: the script, then (get-model) and (get-info :reason-unknown); the model (for sat) and the reason
    /// (for unknown) come from the same run as the answer. Z3 answers the follow-up that does not apply with an error
    /// line, which is ignored.</remarks>
    public SmtOutcome Check(SmtScript script, SmtBudget budget)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(budget);
        var clock = Stopwatch.StartNew();
        string output = Run(new[] { "-in", "-smt2" }, script.ToText(budget) + "(get-model)\n(get-info :reason-unknown)\n(exit)\n", budget.WallClockMilliseconds);
        return SmtTranscript.Parse(output).Outcome("Z3", readModel: true, clock.ElapsedMilliseconds);
    }

    /// <summary>Replays a saved .smt2 file (<c>z3 file.smt2</c>) and returns its (check-sat) answer.</summary>
    public SmtStatus Replay(string path) => SmtAnswers.Status(Run(new[] { "-smt2", path }, null));

    private string Run(string[] arguments, string? input, int wallClockMilliseconds = 60_000) =>
        SolverProcess.Run(_executable, "z3", arguments, input, wallClockMilliseconds) ?? "unknown\n(:reason-unknown \"wall-clock limit\")";
}
