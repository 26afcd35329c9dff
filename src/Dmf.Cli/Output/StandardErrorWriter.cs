using System;
using System.IO;
using System.Text;

namespace Dmf.Cli.Output;

/// <summary>
/// Standard error that never fails the run: when it cannot be written (closed with <c>2&gt;&amp;-</c>, a full disk) the
/// message is lost, and the exit code still says what happened — rather than the runtime aborting on the write.
/// </summary>
internal sealed class StandardErrorWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Quietly(() => inner.Write(value));

    public override void Write(string? value) => Quietly(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Quietly(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Quietly(() => inner.WriteLine(value));

    public override void WriteLine() => Quietly(inner.WriteLine);

    public override void Flush() => Quietly(inner.Flush);

    private static void Quietly(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nowhere left to say it: the exit code carries the outcome.
        }
    }
}
