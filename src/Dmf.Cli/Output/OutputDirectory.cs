using System.IO;
using Dmf.Cli.Input;

namespace Dmf.Cli.Output;

/// <summary>An output directory the user named (--smt-out DIR, descend --out DIR), checked before any work: not empty, not a file.</summary>
internal sealed class OutputDirectory
{
    private OutputDirectory(string path, string fullPath, string option, bool exists)
    {
        Path = path;
        FullPath = fullPath;
        Option = option;
        Exists = exists;
    }

    public string Path { get; }

    public string FullPath { get; }

    public string Option { get; }

    /// <summary>False when this run creates it (and removes it again if the run's output fails).</summary>
    public bool Exists { get; }

    public static OutputDirectory Check(string path, string option)
    {
        if (path.Length == 0)
        {
            throw new UsageException($"{option}: the path is empty");
        }

        string full = OutputTarget.FullPathOf(path, option);
        if (Directory.Exists(full))
        {
            return new OutputDirectory(path, full, option, exists: true);
        }

        if (FileKinds.Of(full) != FileKind.Missing)
        {
            throw new UsageException($"{option}: cannot write into '{path}': it is not a directory");
        }

        return new OutputDirectory(path, full, option, exists: false);
    }

    /// <summary>A file of this directory, checked as an output target.</summary>
    public OutputTarget File(string name) => OutputTarget.Check(System.IO.Path.Combine(Path, name), Option, inNewDirectory: !Exists);
}
