namespace Dmf.Cli.Input;

/// <summary>
/// Input the user named, read with a bound: a file's kind and size are checked before anything is read — a directory is
/// "a directory"; a device, FIFO or socket (which reports size 0 and may never end or block on open) is refused
/// without opening it — and a stream is read in chunks only up to the bound. Every failure is a one-line
/// <see cref="UsageException"/> naming the path.
/// </summary>
internal static class BoundedInput
{
    /// <summary>The bytes of the regular file <paramref name="path"/>, at most <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadFile(string option, string path, long maxBytes)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new UsageException($"{option}: '{path}' is a directory, not a file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new UsageException($"{option}: cannot read '{path}': {(info.Directory is { Exists: false } ? "no such directory" : "no such file")}");
            }

            if (info.Length > maxBytes)
            {
                throw new UsageException(Invariant($"{option}: '{path}' is larger than {maxBytes} bytes"));
            }

            if (info.Length == 0)
            {
                throw new UsageException($"{option}: '{path}' is empty or not a regular file (a device, FIFO or socket is not read; use - for standard input)");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return ReadAll(stream, option, path, maxBytes);
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

    /// <summary>All of <paramref name="stream"/>, refused once it passes <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAll(Stream stream, string option, string name, long maxBytes)
    {
        var content = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            content.Write(chunk, 0, read);
            if (content.Length > maxBytes)
            {
                throw new UsageException(Invariant($"{option}: '{name}' is larger than {maxBytes} bytes"));
            }
        }

        return content.ToArray();
    }

    /// <summary><paramref name="bytes"/> as strict UTF-8 (a byte-order mark dropped).</summary>
    public static string Utf8(string option, string name, byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"{option}: '{name}' is not UTF-8 text");
        }
    }
}
