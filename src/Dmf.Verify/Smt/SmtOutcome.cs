namespace Dmf.Verify.Smt;

/// <summary>What (check-sat) answered.</summary>
public enum SmtStatus
{
    /// <summary>Satisfiable: a model exists (for a negated claim: a counterexample candidate).</summary>
    Sat,

    /// <summary>Unsatisfiable (for a negated claim: the claim is proved).</summary>
    Unsat,

    /// <summary>Unknown: the budget ran out or the solver gave up; <see cref="SmtOutcome.ReasonUnknown"/> says why.</summary>
    Unknown,
}

/// <summary>One query's answer, with the model text for sat and the reason for unknown, and the time it took.</summary>
public sealed record SmtOutcome(SmtStatus Status, string? Model, string? ReasonUnknown, long Milliseconds);

/// <summary>A Z3 backend: runs a script's (check-sat) and follows up with (get-model) or (get-info :reason-unknown).</summary>
public interface ISmtSolver
{
    /// <summary>The solver's full version string (e.g. "Z3 4.8.12.0").</summary>
    string Version { get; }

    /// <summary>Runs the query within the budget; unknown and timeouts are results, not exceptions.</summary>
    SmtOutcome Check(SmtScript script, SmtBudget budget);
}

/// <summary>Z3 cannot be used on this machine (the library or executable is missing); the message says what to install.</summary>
public sealed class SmtUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SmtUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmtUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmtUnavailableException()
    {
    }
}

/// <summary>Shared reading of Z3's answers.</summary>
internal static class SmtAnswers
{
    /// <summary>The status in the first line of a (check-sat) answer; an "(error …)" line is a malformed query (a bug here).</summary>
    public static SmtStatus Status(string output)
    {
        string first = output.TrimStart().Split('\n')[0].Trim();
        return first switch
        {
            "sat" => SmtStatus.Sat,
            "unsat" => SmtStatus.Unsat,
            "unknown" => SmtStatus.Unknown,
            _ => throw new InvalidOperationException($"Z3 rejected the query: {output.Trim()}"),
        };
    }

    /// <summary>The reason in a "(:reason-unknown \"…\")" answer (Z3 quotes it) or "(:reason-unknown timeout)" (cvc5 does not).</summary>
    public static string Reason(string output)
    {
        string text = output.Trim();
        int quote = text.IndexOf('"', StringComparison.Ordinal);
        int end = text.LastIndexOf('"');
        if (quote >= 0 && end > quote)
        {
            return text[(quote + 1)..end];
        }

        const string Key = "(:reason-unknown";
        return text.StartsWith(Key, StringComparison.Ordinal) ? text[Key.Length..].TrimEnd(')').Trim() : text;
    }
}
