namespace Dmf.Cli.Output;

/// <summary>
/// Standard output that reports a failed write (a full disk, a closed pipe: <c>dmf analyze --json &gt; /dev/full</c>; a
/// descriptor the shell closed, <c>&gt;&amp;-</c>) as one line and exit code 2 instead of an internal error.
/// </summary>
internal sealed class StandardOutputWriter(TextWriter inner) : GuardedTextWriter(inner)
{
    protected override void Failed(Exception exception) => throw new UsageException(exception is UnauthorizedAccessException
        ? "cannot write standard output: it is closed"
        : $"cannot write standard output: {OutputSet.Reason(exception)}");
}
