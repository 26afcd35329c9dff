using Dmf.Cli.Input;

namespace Dmf.Cli.Output;

/// <summary>How a checked output file is written.</summary>
internal enum OutputMode
{
    /// <summary>"-": the command's standard output.</summary>
    StandardOutput,

    /// <summary>A regular file or a new one: written beside it and renamed over it (atomic; its permissions kept).</summary>
    Replace,

    /// <summary>A device, FIFO or symbolic link (/dev/null, /dev/stdout): opened and written, never replaced.</summary>
    WriteThrough,
}

/// <summary>
/// An output file the user named, checked before any work: not empty, not a directory, not a read-only file, in a
/// directory that exists (or that this run creates). Written by <see cref="OutputSet"/>.
/// </summary>
internal sealed class OutputTarget
{
    private OutputTarget(string path, string fullPath, OutputMode mode, string option, int? unixMode)
    {
        (Path, FullPath, Mode, Option, UnixMode) = (path, fullPath, mode, option, unixMode);
    }

    /// <summary>The path as the user typed it (or as derived from it), for messages.</summary>
    public string Path { get; }

    public string FullPath { get; }

    public OutputMode Mode { get; }

    /// <summary>The option that named it (--out, -o, --smt-out).</summary>
    public string Option { get; }

    /// <summary>The permissions of the file replaced, kept on its replacement.</summary>
    public int? UnixMode { get; }

    /// <summary>
    /// Checks <paramref name="path"/> for <paramref name="option"/>; <paramref name="inNewDirectory"/> when its directory is
    /// one this run creates. A target that is one of the run's <paramref name="inputs"/> (through links too) is refused.
    /// </summary>
    public static OutputTarget Check(string path, string option, bool inNewDirectory = false, InputFiles? inputs = null)
    {
        if (path.Length == 0)
        {
            throw new UsageException($"{option}: the path is empty");
        }

        if (path == "-")
        {
            return new OutputTarget(path, path, OutputMode.StandardOutput, option, null);
        }

        string full = FullPathOf(path, option);
        if (inputs?.Replaced(full) is { } input)
        {
            throw new UsageException($"{option}: '{path}' is the input of {input.Option} ('{input.Path}'); not replacing it");
        }

        var kind = FileKinds.Of(full);
        switch (kind)
        {
            case FileKind.Directory:
                throw new UsageException($"{option}: cannot write '{path}': it is a directory");
            case FileKind.Link:
                if (Directory.Exists(full))
                {
                    throw new UsageException($"{option}: cannot write '{path}': it is a directory");
                }

                // Written through the link: a read-only file behind it is refused as if named (root could write it).
                string final = InputFiles.Resolve(full);
                if (FileKinds.Of(final) == FileKind.Regular && !OperatingSystem.IsWindows() && ReadOnly(final, ModeOf(final)))
                {
                    throw new UsageException($"{option}: cannot write '{path}': it is a link to the read-only file '{final}'; not replacing it");
                }

                return new OutputTarget(path, full, OutputMode.WriteThrough, option, null);
            case FileKind.Special:
                return new OutputTarget(path, full, OutputMode.WriteThrough, option, null);
            case FileKind.Regular:
                int? mode = ModeOf(full);
                if (ReadOnly(full, mode))
                {
                    string shown = mode is int m ? $" (mode {Convert.ToString(m, 8).PadLeft(4, '0')})" : string.Empty;
                    throw new UsageException($"{option}: cannot write '{path}': it is read-only{shown}; not replacing it");
                }

                ProbeDirectory(path, full, option);
                return new OutputTarget(path, full, OutputMode.Replace, option, mode);
            default:
                string directory = System.IO.Path.GetDirectoryName(full) ?? ".";
                if (!inNewDirectory && !Directory.Exists(directory))
                {
                    throw new UsageException($"{option}: cannot write '{path}': the directory '{directory}' does not exist");
                }

                if (!inNewDirectory)
                {
                    ProbeDirectory(path, full, option);
                }

                return new OutputTarget(path, full, OutputMode.Replace, option, null);
        }
    }

    /// <summary>The full path, or a one-line error naming the path.</summary>
    public static string FullPathOf(string path, string option)
    {
        try
        {
            return System.IO.Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"{option}: cannot write '{path}': {exception.Message}");
        }
    }

    private const int AnyWrite = (int)(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

    /// <summary>
    /// A replaced file is written beside it and renamed: its directory must take a new file. Tried now (a file created
    /// and removed), so /proc, a read-only mount or a directory without write permission fail before the work.
    /// </summary>
    private static void ProbeDirectory(string path, string full, string option)
    {
        string directory = System.IO.Path.GetDirectoryName(full) ?? ".";
        if (!CanCreateIn(directory, out var failure))
        {
            throw new UsageException($"{option}: cannot write '{path}': {failure}");
        }
    }

    /// <summary>Whether a file can be created in <paramref name="directory"/> (one is created and removed).</summary>
    public static bool CanCreateIn(string directory, out string failure)
    {
        string probe = System.IO.Path.Combine(directory, ".dmf-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            failure = string.Empty;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            failure = exception is UnauthorizedAccessException ? $"the directory '{directory}' does not take new files (permission denied)" : $"the directory '{directory}' does not take new files";
            return false;
        }
    }

    /// <summary>The file's permission bits (null on Windows).</summary>
    private static int? ModeOf(string full) => OperatingSystem.IsWindows() ? null : (int)File.GetUnixFileMode(full);

    /// <summary>Read-only by its mode (no write bit: refused even for root, who could write it) or for this process.</summary>
    private static bool ReadOnly(string full, int? mode) => (mode is int bits && (bits & AnyWrite) == 0) || !Writable(full);

    private static bool Writable(string full)
    {
        try
        {
            using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return true;
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
