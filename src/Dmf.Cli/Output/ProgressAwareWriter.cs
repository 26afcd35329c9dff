namespace Dmf.Cli.Output;

/// <summary>
/// A stream sharing the terminal with a <see cref="ProgressBar"/>: every write erases the progress line first, so
/// output and messages never land on top of it or after it on the same line.
/// </summary>
internal sealed class ProgressAwareWriter(TextWriter inner, ProgressBar progress) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => progress.Around(() => inner.Write(value), value.ToString());

    public override void Write(string? value) => progress.Around(() => inner.Write(value), value);

    public override void Write(char[] buffer, int index, int count) => progress.Around(() => inner.Write(buffer, index, count), count > 0 ? buffer[index + count - 1].ToString() : null);

    public override void WriteLine(string? value) => progress.Around(() => inner.WriteLine(value), "\n");

    public override void WriteLine() => progress.Around(inner.WriteLine, "\n");

    public override void Flush() => progress.Around(inner.Flush, null);
}
