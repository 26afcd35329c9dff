namespace Dmf.Cli.Input;

/// <summary>Reads a text file the user named, bounded (<see cref="BoundedInput"/>), as UTF-8.</summary>
internal static class TextFileInput
{
    /// <summary>
    /// The UTF-8 text of <paramref name="path"/> ("-": standard input), at most <paramref name="maxBytes"/> bytes;
    /// <paramref name="option"/> prefixes errors.
    /// </summary>
    public static string Read(string option, string path, long maxBytes) => path == "-"
        ? BoundedInput.Utf8(option, "standard input", BoundedInput.ReadAll(StandardStreams.OpenInput(option), option, "standard input", maxBytes))
        : BoundedInput.Utf8(option, path, BoundedInput.ReadFile(option, path, maxBytes));
}
