namespace Dmf.Cli.Tests;

/// <summary>The repository's root folder (the one holding Dmf.sln), found above the test binaries.</summary>
internal static class RepositoryRoot
{
    /// <summary>The full path of the root folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Dmf.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dmf.sln not found above the test binaries.");
    }
}
