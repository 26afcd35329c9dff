namespace Dmf.Verify.Smt;

/// <summary>
/// What Z3 printed for a whole script (as <c>z3 FILE</c> prints it), split into the answers of its (check-sat)
/// commands in order, the first "(error …)" message, and every other line (models, echoes) verbatim.
/// </summary>
public sealed record SmtTranscript(IReadOnlyList<SmtStatus> Statuses, string? Error, IReadOnlyList<string> Other)
{
    /// <summary>Splits <paramref name="output"/> line by line; "sat", "unsat" and "unknown" alone on a line are answers.</summary>
    public static SmtTranscript Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var statuses = new List<SmtStatus>();
        var other = new List<string>();
        string? error = null;
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
                    error ??= SmtAnswers.Reason(text);
                    break;
                default:
                    other.Add(line);
                    break;
            }
        }

        return new SmtTranscript(statuses, error, other);
    }

    /// <summary>The SMT-LIB word for <paramref name="status"/>: sat, unsat or unknown.</summary>
    public static string Word(SmtStatus status) => status switch
    {
        SmtStatus.Sat => "sat",
        SmtStatus.Unsat => "unsat",
        _ => "unknown",
    };
}
