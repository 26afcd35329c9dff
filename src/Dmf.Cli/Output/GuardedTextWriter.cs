namespace Dmf.Cli.Output;

/// <summary>
/// A standard stream whose failed writes (a full disk, a closed descriptor) are handed to <see cref="Failed"/> instead of
/// surfacing as an internal error: standard output turns them into a one-line error, standard error swallows them.
/// </summary>
internal abstract class GuardedTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    /// <summary>What a failed write becomes (an <see cref="IOException"/> or, for a closed descriptor, an <see cref="UnauthorizedAccessException"/>).</summary>
    protected abstract void Failed(Exception exception);

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Failed(exception);
        }
    }
}
