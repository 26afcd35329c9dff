namespace Dmf.Cli.Input;

/// <summary>
/// The files a run reads (e.g. --y-matrix), so that no output replaces one of them: an output target is compared with
/// each by the file it finally names (symbolic links followed), before any work.
/// </summary>
internal sealed class InputFiles
{
    private readonly IReadOnlyList<(string Option, string Path, string Resolved)> _files;

    private InputFiles(IReadOnlyList<(string Option, string Path, string Resolved)> files) => _files = files;

    /// <summary>No inputs.</summary>
    public static InputFiles None { get; } = new(new List<(string, string, string)>());

    /// <summary>The inputs named by options (null or "-", standard input, is none).</summary>
    public static InputFiles Of(params (string Option, string? Path)[] inputs) =>
        new(inputs.Where(i => i.Path is { Length: > 0 } p && p != "-").Select(i => (i.Option, i.Path!, Resolve(i.Path!))).ToList());

    /// <summary>The input that <paramref name="fullPath"/> would replace, if any.</summary>
    public (string Option, string Path)? Replaced(string fullPath)
    {
        string resolved = Resolve(fullPath);
        foreach (var (option, path, input) in _files)
        {
            if (string.Equals(input, resolved, System.StringComparison.Ordinal))
            {
                return (option, path);
            }
        }

        return null;
    }

    /// <summary>
    /// The full path of the file a path finally names: every component that is a symbolic link followed (a linked
    /// directory on the way too), or the path itself when it cannot be read.
    /// </summary>
    public static string Resolve(string path)
    {
        try
        {
            string full = System.IO.Path.GetFullPath(path);
            string root = System.IO.Path.GetPathRoot(full) ?? "/";
            string resolved = root;
            foreach (string part in full[root.Length..].Split(System.IO.Path.DirectorySeparatorChar, System.StringSplitOptions.RemoveEmptyEntries))
            {
                string next = System.IO.Path.Combine(resolved, part);
                var info = new FileInfo(next);
                string? target = info.Exists || Directory.Exists(next) ? (info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName) : null;
                resolved = target ?? next;
            }

            return resolved;
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            return path;
        }
    }
}
