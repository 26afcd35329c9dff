namespace Dmf.Verify.Smt;

/// <summary>
/// What Z3 printed for a whole script (as <c>z3 FILE</c> prints it), split into the answers of its (check-sat)
/// commands in order, the first "(error …)" message, and every other line (models, echoes) verbatim.
/// </summary>
internal sealed record SmtTranscript(IReadOnlyList<SmtStatus> Statuses, string? Error, IReadOnlyList<string> Other)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(SmtTranscript? other) => other is not null && ValueLists.Equal(Statuses, other.Statuses) && Error == other.Error && ValueLists.Equal(Other, other.Other) && ErrorBeforeFirstAnswer == other.ErrorBeforeFirstAnswer;

    /// <summary>A hash consistent with <see cref="Equals(SmtTranscript?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(ValueLists.Hash(Statuses), Error, ValueLists.Hash(Other), ErrorBeforeFirstAnswer);

    /// <summary>True when the first "(error …)" line came before the first answer (the query itself was rejected).</summary>
    public bool ErrorBeforeFirstAnswer { get; init; }

    /// <summary>Splits <paramref name="output"/> line by line; "sat", "unsat" and "unknown" alone on a line are answers.</summary>
    public static SmtTranscript Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var statuses = new List<SmtStatus>();
        var other = new List<string>();
        string? error = null;
        bool errorFirst = false;
        foreach (var raw in output.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            switch (line.Trim())
            {
                case "":
                    break;
                case "sat":
                    statuses.Add(SmtStatus.Sat);
                    break;
                case "unsat":
                    statuses.Add(SmtStatus.Unsat);
                    break;
                case "unknown":
                    statuses.Add(SmtStatus.Unknown);
                    break;
                case var text when text.StartsWith("(error", StringComparison.Ordinal):
                    if (error is null)
                    {
                        error = SmtAnswers.Reason(text);
                        errorFirst = statuses.Count == 0;
                    }

                    break;
                default:
                    other.Add(line);
                    break;
            }
        }

        return new SmtTranscript(statuses, error, other) { ErrorBeforeFirstAnswer = errorFirst };
    }

    /// <summary>
    /// The outcome of a script run with the follow-ups (get-model) and (get-info :reason-unknown) in the same run: the
    /// first answer, the model (the other lines, for sat, when <paramref name="readModel"/>) and the reason (for unknown).
    /// An error line before the first answer means the query was rejected (<see cref="InvalidOperationException"/> naming
    /// <paramref name="solver"/>); one after it is a follow-up that does not apply (no model after unsat), ignored.
    /// </summary>
    public SmtOutcome Outcome(string solver, bool readModel, long milliseconds)
    {
        if (Error is { } error && (ErrorBeforeFirstAnswer || Statuses.Count == 0))
        {
            throw new InvalidOperationException($"{solver} rejected the query: {error}");
        }

        if (Statuses.Count == 0)
        {
            return new SmtOutcome(SmtStatus.Unknown, null, "no answer: " + string.Join(" ", Other).Trim(), milliseconds);
        }

        var status = Statuses[0];
        bool IsReason(string line) => line.TrimStart().StartsWith("(:reason-unknown", StringComparison.Ordinal);
        string? model = status == SmtStatus.Sat && readModel ? string.Join("\n", Other.Where(line => !IsReason(line))).Trim() : null;
        string? reason = status == SmtStatus.Unknown ? Other.Where(IsReason).Select(SmtAnswers.Reason).LastOrDefault() ?? "no reason given" : null;
        return new SmtOutcome(status, model, reason, milliseconds);
    }

    /// <summary>The SMT-LIB word for <paramref name="status"/>: sat, unsat or unknown.</summary>
    public static string Word(SmtStatus status) => status switch
    {
        SmtStatus.Sat => "sat",
        SmtStatus.Unsat => "unsat",
        _ => "unknown",
    };
}
