using System;
using System.IO;
using System.Text;
using static System.FormattableString;

namespace Dmf.Cli.Input;

/// <summary>
/// Reads a text file the user named, bounded: the size is checked before anything is read, so a huge file or a device
/// such as /dev/zero is refused at once; every failure is a one-line <see cref="UsageException"/> naming the path.
/// </summary>
internal static class TextFileInput
{
    /// <summary>The UTF-8 text of <paramref name="path"/>, at most <paramref name="maxBytes"/> bytes; <paramref name="option"/> prefixes errors.</summary>
    public static string Read(string option, string path, long maxBytes)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new UsageException($"{option}: '{path}' is a directory, not a file");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                throw new UsageException(Invariant($"{option}: '{path}' is larger than {maxBytes} bytes"));
            }

            // Read in chunks until the end or past the bound: a device or pipe reports no length to check up front.
            var content = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                content.Write(chunk, 0, read);
                if (content.Length > maxBytes)
                {
                    throw new UsageException(Invariant($"{option}: '{path}' is larger than {maxBytes} bytes"));
                }
            }

            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content.GetBuffer(), 0, (int)content.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"{option}: '{path}' is not UTF-8 text");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = exception switch
            {
                FileNotFoundException => "no such file",
                DirectoryNotFoundException => "no such directory",
                UnauthorizedAccessException => "permission denied",
                _ => exception.Message,
            };
            throw new UsageException($"{option}: cannot read '{path}': {reason}");
        }
    }
}
