namespace Dmf.Cli.Input.Matrix;

/// <summary>
/// How a text matrix is laid out, by the names of NumPy's <c>np.loadtxt</c>: the <see cref="Delimiter"/> between fields
/// (null: the first data line's — a comma, else a semicolon, else runs of spaces and tabs), the number of lines
/// skipped at the top (<see cref="SkipRows"/>, comments and blank lines included) and the prefix that starts a comment
/// (<see cref="Comments"/>, to the end of its line; empty for none).
/// </summary>
internal sealed record TextLayout(string? Delimiter, int SkipRows, string Comments)
{
    /// <summary>Runs of spaces and tabs as the delimiter (<c>np.loadtxt</c>'s default, <c>delimiter=None</c>).</summary>
    public const string Whitespace = " ";

    /// <summary>The default: delimiter from the first data line, nothing skipped, comments start with '#'.</summary>
    public static TextLayout Default { get; } = new(null, 0, "#");

    /// <summary>
    /// The delimiter named by <c>--delimiter</c>: one or more characters, "\t" or "tab" for a tab, "whitespace" for runs of
    /// spaces and tabs; refused when it could be part of a number or a quoted field.
    /// </summary>
    public static string ParseDelimiter(string text)
    {
        string delimiter = text switch
        {
            "\\t" or "tab" => "\t",
            "whitespace" or "space" => Whitespace,
            _ => text,
        };
        if (delimiter.Length == 0 || delimiter.Length > 8 || delimiter == "\n" || delimiter.AsSpan().IndexOfAny("0123456789.+-/eE\"") >= 0
            || (delimiter.Trim().Length == 0 && delimiter != "\t" && delimiter != Whitespace))
        {
            throw new UsageException($"--delimiter expects the text between fields (e.g. ',', ';', 'tab' or 'whitespace'; none of the characters of a number or a quote), got '{ErrorText.Shorten(text)}'");
        }

        return delimiter;
    }

    /// <summary>The comment prefix named by <c>--comments</c>: one or more characters, or "" for none.</summary>
    public static string ParseComments(string text)
    {
        if (text.Length > 8 || text.AsSpan().IndexOfAny("0123456789.+-/\"\t\n ") >= 0)
        {
            throw new UsageException($"--comments expects the characters that start a comment (e.g. '#' or '%', or '' for none; none of the characters of a number, a quote or a space), got '{ErrorText.Shorten(text)}'");
        }

        return text;
    }
}
