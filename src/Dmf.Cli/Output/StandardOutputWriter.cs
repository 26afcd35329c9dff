using System;
using System.IO;
using System.Text;
using Dmf.Cli.Errors;
using Dmf.Cli.Input;

namespace Dmf.Cli.Output;

/// <summary>
/// Standard output that reports a failed write (a full disk, a closed pipe: <c>dmf analyze --json &gt; /dev/full</c>) as
/// one line and exit code 2 instead of an internal error.
/// </summary>
internal sealed class StandardOutputWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException exception)
        {
            throw new UsageException($"cannot write standard output: {OutputSet.Reason(exception)}");
        }
        catch (UnauthorizedAccessException)
        {
            // EBADF: the shell closed it (>&-).
            throw new UsageException("cannot write standard output: it is closed");
        }
    }
}
