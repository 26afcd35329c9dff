namespace Dmf.Cli;

/// <summary>Process exit codes of <c>dmf</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and every check it made passed.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but a check it made failed (e.g. a tolerance was exceeded).</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input: unknown option, malformed number, value out of range, unreadable file.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected internal error (a bug): reported in one line, never as a stack trace.</summary>
    public const int InternalError = 3;

    /// <summary>
    /// The command ran and no check failed, but not everything it set out to establish was established: an exact claim
    /// is unknown (the solver's budget ran out) or vacuous, or a replayed query answered unknown.
    /// </summary>
    public const int NotEstablished = 4;
}
