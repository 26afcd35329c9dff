namespace Dmf.Cli.Output;

/// <summary>
/// Standard error that never fails the run: when it cannot be written (closed with <c>2&gt;&amp;-</c>, a full disk) the
/// message is lost, and the exit code still says what happened — rather than the runtime aborting on the write.
/// </summary>
internal sealed class StandardErrorWriter(TextWriter inner) : GuardedTextWriter(inner)
{
    protected override void Failed(Exception exception)
    {
        // Nowhere left to say it: the exit code carries the outcome.
    }
}
