using System.Text.RegularExpressions;

namespace Dmf.Cli.Input.Matrix;

/// <summary>
/// One line of a text matrix split into its fields: a comment (from the comment prefix outside quotes) removed, fields
/// separated by the delimiter (or by runs of spaces and tabs), each trimmed; a field may be quoted with double quotes
/// as CSV writers do (<c>"1.5"</c>, a doubled quote inside standing for one).
/// </summary>
internal static class DelimitedFields
{
    private static readonly Regex Whitespace = new(@"[ \t]+", RegexOptions.CultureInvariant);

    /// <summary>The fields of a line separated by runs of spaces and tabs (the line already trimmed).</summary>
    public static string[] SplitOnWhitespace(string line) => Whitespace.Split(line);

    /// <summary>The line without its comment, trimmed (quotes respected: a comment prefix inside a quoted field is text).</summary>
    public static string WithoutComment(string line, string comments)
    {
        if (comments.Length == 0 || !line.Contains(comments, StringComparison.Ordinal))
        {
            return line.Trim();
        }

        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && string.CompareOrdinal(line, i, comments, 0, comments.Length) == 0)
            {
                return line[..i].Trim();
            }
        }

        return line.Trim();
    }

    /// <summary>
    /// The fields of <paramref name="content"/> (a line without its comment, trimmed), separated by
    /// <paramref name="delimiter"/> (<see cref="TextLayout.Whitespace"/>: runs of spaces and tabs); errors name
    /// <paramref name="where"/>.
    /// </summary>
    public static string[] Split(string content, string delimiter, string where)
    {
        if (!content.Contains('"', StringComparison.Ordinal))
        {
            // The common case, without quotes: a plain split.
            return delimiter == TextLayout.Whitespace
                ? SplitOnWhitespace(content)
                : content.Split(delimiter, StringSplitOptions.TrimEntries);
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        bool whitespace = delimiter == TextLayout.Whitespace;
        int i = 0;
        while (true)
        {
            // One field: optional blanks, a quoted part or plain text, up to the delimiter or the end.
            field.Clear();
            while (i < content.Length && content[i] is ' ' or '\t' && !(delimiter == "\t" && content[i] == '\t'))
            {
                i++;
            }

            if (i < content.Length && content[i] == '"')
            {
                i = ReadQuoted(content, i, field, where);
                while (i < content.Length && content[i] is ' ' or '\t' && !AtDelimiter(content, i, delimiter, whitespace))
                {
                    i++;
                }

                if (i < content.Length && !AtDelimiter(content, i, delimiter, whitespace))
                {
                    throw new UsageException($"{where}: text after a closing quote, before the next delimiter");
                }
            }
            else
            {
                while (i < content.Length && !AtDelimiter(content, i, delimiter, whitespace))
                {
                    field.Append(content[i++]);
                }
            }

            fields.Add(field.ToString().Trim());
            if (i >= content.Length)
            {
                return fields.ToArray();
            }

            // Past the delimiter: one of it, or a run of blanks.
            if (whitespace)
            {
                while (i < content.Length && content[i] is ' ' or '\t')
                {
                    i++;
                }
            }
            else
            {
                i += delimiter.Length;
            }
        }
    }

    private static bool AtDelimiter(string content, int i, string delimiter, bool whitespace) =>
        whitespace ? content[i] is ' ' or '\t' : string.CompareOrdinal(content, i, delimiter, 0, delimiter.Length) == 0;

    private static int ReadQuoted(string content, int i, StringBuilder field, string where)
    {
        for (i++; i < content.Length; i++)
        {
            if (content[i] != '"')
            {
                field.Append(content[i]);
            }
            else if (i + 1 < content.Length && content[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else
            {
                return i + 1;
            }
        }

        throw new UsageException($"{where}: a quoted field has no closing quote");
    }
}
