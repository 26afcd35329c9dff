namespace Dmf.Cli.Errors;

/// <summary>
/// Error messages as one readable line: a value echoed in a message is cut to its ends when it is long (a 100 KB
/// argument is named by its first and last characters and its length, not repeated whole).
/// </summary>
internal static class ErrorText
{
    /// <summary>Longest run of non-blank characters echoed whole.</summary>
    public const int MaxEcho = 120;

    /// <summary><paramref name="value"/> itself, or its first 60 and last 20 characters and its length when longer than <see cref="MaxEcho"/>.</summary>
    public static string Shorten(string value) =>
        value.Length <= MaxEcho ? value : Invariant($"{value[..60]}...{value[^20..]} ({value.Length} characters)");

    /// <summary><paramref name="message"/> on one line, every overlong run of non-blank characters shortened.</summary>
    public static string OneLine(string message)
    {
        string line = message.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
        if (line.Length <= MaxEcho)
        {
            return line;
        }

        var result = new StringBuilder();
        int start = 0;
        while (start < line.Length)
        {
            int end = start;
            while (end < line.Length && line[end] != ' ')
            {
                end++;
            }

            result.Append(Shorten(line[start..end]));
            if (end < line.Length)
            {
                result.Append(' ');
            }

            start = end + 1;
        }

        return result.ToString();
    }
}
