using System;
using System.IO;
using Dmf.Cli.Input;

namespace Dmf.Cli.Output;

/// <summary>Writes a file atomically: a temporary file beside it, then a rename. A failure leaves no partial file.</summary>
internal static class AtomicFile
{
    /// <summary>Writes the text; I/O failures become a one-line <see cref="UsageException"/> naming the path.</summary>
    public static void WriteAllText(string path, string text) => Write(path, temporary => File.WriteAllText(temporary, text));

    /// <summary>Writes the bytes (e.g. a PNG) atomically; failures as for <see cref="WriteAllText"/>.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, temporary => File.WriteAllBytes(temporary, bytes));

    private static void Write(string path, Action<string> write)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"cannot write '{path}': {exception.Message}");
        }

        string directory = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            string reason = exception switch
            {
                DirectoryNotFoundException => $"the directory '{directory}' does not exist",
                UnauthorizedAccessException => "permission denied",
                _ => exception.Message,
            };
            throw new UsageException($"cannot write '{path}': {reason}");
        }
    }

    /// <summary>Creates <paramref name="directory"/> if missing; failures are one-line usage errors naming it.</summary>
    public static void EnsureDirectory(string directory, string option)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            throw new UsageException($"{option}: cannot create '{directory}': {exception.Message}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there, or it cannot be removed; either way no partial output file exists.
        }
    }
}
