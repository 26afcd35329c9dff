namespace Dmf.Verify.Smt;

/// <summary>One query's answer, with the model text for sat and the reason for unknown, and the time it took.</summary>
public sealed record SmtOutcome(SmtStatus Status, string? Model, string? ReasonUnknown, long Milliseconds);

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
