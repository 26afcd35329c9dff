using Dmf.Cli.Input;

namespace Dmf.Cli.Output;

/// <summary>An output directory the user named (--smt-out DIR, descend --out DIR), checked before any work: not empty, not a file.</summary>
internal sealed class OutputDirectory
{
    private OutputDirectory(string path, string fullPath, string option, bool exists, InputFiles inputs)
    {
        (Inputs, Path, FullPath, Option, Exists) = (inputs, path, fullPath, option, exists);
    }

    public string Path { get; }

    public string FullPath { get; }

    public string Option { get; }

    /// <summary>False when this run creates it (and removes it again if the run's output fails).</summary>
    public bool Exists { get; }

    /// <summary>The run's inputs, which no file of this directory may replace.</summary>
    public InputFiles Inputs { get; }

    public static OutputDirectory Check(string path, string option, InputFiles? inputs = null)
    {
        if (path.Length == 0)
        {
            throw new UsageException($"{option}: the path is empty");
        }

        string full = OutputTarget.FullPathOf(path, option);
        if (Directory.Exists(full))
        {
            // Its files are written into it: it must take new ones now, not after the work.
            if (!OutputTarget.CanCreateIn(full, out _))
            {
                throw new UsageException($"{option}: cannot write into '{path}': it does not take new files");
            }

            return new OutputDirectory(path, full, option, exists: true, inputs ?? InputFiles.None);
        }

        if (FileKinds.Of(full) != FileKind.Missing)
        {
            throw new UsageException($"{option}: cannot write into '{path}': it is not a directory");
        }

        ProbeCreation(path, full, option);
        return new OutputDirectory(path, full, option, exists: false, inputs ?? InputFiles.None);
    }

    /// <summary>
    /// A directory this run will create must be creatable before the work starts (a read-only mount, /proc, a file on the
    /// way): the missing part of the path is created and removed again now, so a failure is one line before any work.
    /// </summary>
    private static void ProbeCreation(string path, string full, string option)
    {
        var missing = new System.Collections.Generic.List<string>();
        for (string? d = full; d is not null && !Directory.Exists(d); d = System.IO.Path.GetDirectoryName(d))
        {
            if (FileKinds.Of(d) != FileKind.Missing)
            {
                throw new UsageException($"{option}: cannot create '{path}': '{d}' is not a directory");
            }

            missing.Add(d);
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
        {
            throw new UsageException($"{option}: cannot create '{path}': {exception.Message.TrimEnd('.')}");
        }
        finally
        {
            foreach (string d in missing)
            {
                try
                {
                    if (Directory.Exists(d))
                    {
                        Directory.Delete(d);
                    }
                }
                catch (IOException)
                {
                    // Another process put something there meanwhile: it is not ours to remove.
                }
            }
        }
    }

    /// <summary>
    /// Refuses an existing directory that already holds files matching <paramref name="pattern"/> (e.g. another run's
    /// .smt2 queries): this run's files would mix with them, and a replay of the folder would check both.
    /// </summary>
    public OutputDirectory RequireNoOther(string pattern, string what)
    {
        if (Exists && Directory.EnumerateFiles(FullPath, pattern).Take(1000).Count() is var count and > 0)
        {
            throw new UsageException(System.FormattableString.Invariant($"{Option}: '{Path}' already holds {count}{(count == 1000 ? "+" : string.Empty)} {what}; name a new or empty directory, so that it holds this run's alone"));
        }

        return this;
    }

    /// <summary>A file of this directory, checked as an output target.</summary>
    public OutputTarget File(string name) => OutputTarget.Check(System.IO.Path.Combine(Path, name), Option, inNewDirectory: !Exists, Inputs);
}
