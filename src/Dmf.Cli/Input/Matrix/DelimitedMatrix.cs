using System;
using System.Linq;
using System.Text.RegularExpressions;
using Dmf.Cli.Errors;
using static System.FormattableString;

namespace Dmf.Cli.Input.Matrix;

/// <summary>
/// Text matrices, one row per line: comma-separated (CSV), semicolon-separated, tab-separated (TSV) or separated by
/// runs of spaces and tabs (NumPy's <c>savetxt</c> default). The separator is the first data line's — a comma if it has
/// one, else a semicolon, else whitespace — and every line must use it. Blank lines and lines starting with '#' are
/// skipped.
/// </summary>
internal static class DelimitedMatrix
{
    private static readonly Regex Whitespace = new(@"[ \t]+", RegexOptions.CultureInvariant);

    /// <summary>The fields of a line separated by runs of spaces and tabs (the line already trimmed).</summary>
    public static string[] SplitOnWhitespace(string line) => Whitespace.Split(line);

    /// <summary>Parses <paramref name="text"/>, rows checked against the limits as they come.</summary>
    public static Dmf.Symbolic.Exact.BigRational[,] Parse(string file, string text)
    {
        var rows = new MatrixRows(file);
        char? separator = null;
        int start = 0, line = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            line++;
            string content = text.Substring(start, end - start).Trim();
            start = end + 1;
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            separator ??= content.Contains(',') ? ',' : content.Contains(';') ? ';' : ' ';
            string[] entries = separator == ' ' ? Whitespace.Split(content) : content.Split(separator.Value);
            string where = Invariant($"line {line}");
            if (separator != ',' && content.Contains(','))
            {
                throw new UsageException(Invariant($"--y-matrix: '{file}' line {line} has a comma, but the first row is separated by {(separator == ';' ? "semicolons" : "whitespace")}"));
            }

            rows.CheckWidth(entries.Length, where);
            rows.Add(entries.Select((entry, column) => MatrixEntry.Parse(file, entry, Invariant($"line {line}, entry {column + 1}"))).ToArray(), where);
        }

        return rows.ToMatrix();
    }
}
