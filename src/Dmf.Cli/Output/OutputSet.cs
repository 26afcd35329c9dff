using Dmf.Cli.Input;

namespace Dmf.Cli.Output;

/// <summary>
/// The files one run writes, all or none: every replaced file is first written to a temporary beside it, then all are
/// renamed into place, after the files written through; if any write fails, the temporaries, the files this run already put in place and the
/// directories it created are removed, and the failure is one line naming the path and the reason (exit code 2).
/// Devices, FIFOs and links (/dev/null, /dev/stdout) are written through, after the replaced files; "-" is standard
/// output.
/// </summary>
internal sealed class OutputSet
{
    private readonly List<(OutputTarget Target, byte[] Content, string? Text)> _files = new();
    private readonly List<OutputDirectory> _directories = new();

    /// <summary>Adds a text file (UTF-8, no byte-order mark).</summary>
    public OutputSet Text(OutputTarget target, string text)
    {
        _files.Add((target, new UTF8Encoding(false).GetBytes(text), text));
        return this;
    }

    /// <summary>Adds a binary file (a PNG).</summary>
    public OutputSet Bytes(OutputTarget target, byte[] content)
    {
        _files.Add((target, content, null));
        return this;
    }

    /// <summary>A directory to create (if missing) before its files are written.</summary>
    public OutputSet Directory(OutputDirectory directory)
    {
        _directories.Add(directory);
        return this;
    }

    /// <summary>Writes everything; <paramref name="standardOutput"/> receives "-" targets.</summary>
    public void Commit(TextWriter standardOutput)
    {
        var created = new List<string>();
        var temporaries = new List<(string Temporary, OutputTarget Target)>();
        var placed = new List<string>();
        OutputTarget? current = null;
        try
        {
            foreach (var directory in _directories)
            {
                if (!System.IO.Directory.Exists(directory.FullPath))
                {
                    current = null;
                    System.IO.Directory.CreateDirectory(directory.FullPath);
                    created.Add(directory.FullPath);
                }
            }

            foreach (var (target, content, _) in _files)
            {
                if (target.Mode != OutputMode.Replace)
                {
                    continue;
                }

                current = target;
                string folder = Path.GetDirectoryName(target.FullPath) ?? ".";
                string temporary = Path.Combine(folder, "." + Path.GetFileName(target.FullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
                temporaries.Add((temporary, target));
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(content);
                    stream.Flush(flushToDisk: false);
                }

                if (target.UnixMode is int mode && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, (UnixFileMode)mode);
                }
            }

            foreach (var (target, content, text) in _files)
            {
                current = target;
                if (target.Mode == OutputMode.WriteThrough)
                {
                    // O_TRUNC: a linked regular file starts empty; devices and FIFOs ignore it.
                    using var stream = new FileStream(target.FullPath, FileMode.Truncate, FileAccess.Write);
                    stream.Write(content);
                }
                else if (target.Mode == OutputMode.StandardOutput)
                {
                    if (text is not null)
                    {
                        standardOutput.Write(text);
                        standardOutput.Flush();
                    }
                    else
                    {
                        using var stream = Console.OpenStandardOutput();
                        stream.Write(content);
                    }
                }
            }

            // Last, the renames: a failed device or standard-output write above leaves every replaced file as it was.
            foreach (var (temporary, target) in temporaries)
            {
                current = target;
                File.Move(temporary, target.FullPath, overwrite: true);
                placed.Add(target.FullPath);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _) in temporaries)
            {
                TryDelete(temporary);
            }

            foreach (var path in placed)
            {
                TryDelete(path);
            }

            for (int k = created.Count - 1; k >= 0; k--)
            {
                try
                {
                    System.IO.Directory.Delete(created[k], recursive: true);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                    // Left behind only if something else is using it.
                }
            }

            string what = current is null ? "the output directory" : $"'{current.Path}'";
            string option = current?.Option ?? (_directories.Count > 0 ? _directories[0].Option : "output");
            throw new UsageException($"{option}: cannot write {what}: {Reason(exception)}");
        }
    }

    /// <summary>The reason of an I/O failure, in words.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        DirectoryNotFoundException => "the directory does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message.TrimEnd('.').Replace(" : '", " '", StringComparison.Ordinal),
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Cannot be removed; nothing more to do.
        }
    }
}
