using System.Text.RegularExpressions;

namespace Dmf.Cli.Input.Matrix;

/// <summary>
/// Text matrices, one row per line: comma-separated (CSV), semicolon-separated, tab-separated (TSV) or separated by
/// runs of spaces and tabs (NumPy's <c>savetxt</c> default), laid out as <see cref="TextLayout"/> says (lines skipped,
/// comments, the delimiter — by default the first data line's: a comma if it has one, else a semicolon, else
/// whitespace). Fields may be quoted. Labels are recognized and skipped, with a note: a first line of labels only
/// (column names), and a first column of labels — as pandas' <c>DataFrame.to_csv()</c> writes by default, a header
/// row whose first cell is empty above an index column.
/// </summary>
internal static class DelimitedMatrix
{
    // What a number may look like (the exact parser decides whether it is one): a sign, digits with a point, an
    // exponent, a fraction bar, or a NaN/infinity spelling (refused as an entry, not taken for a label).
    private static readonly Regex NumberLike = new(
        @"^[+-]?((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?(/[+-]?\d+)?|nan|inf|infinity)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Parses <paramref name="text"/>, rows checked against the limits as they come; labels skipped are told to <paramref name="note"/>.</summary>
    public static Dmf.Symbolic.Exact.BigRational[,] Parse(string file, string text, TextLayout layout, Action<string> note)
    {
        var rows = new MatrixRows(file);
        string? delimiter = layout.Delimiter;
        string[]? columnLabels = null;
        int labelLine = 0;
        bool? rowLabels = null;
        int start = 0, line = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            line++;
            string raw = text.Substring(start, end - start);
            start = end + 1;
            if (line <= layout.SkipRows)
            {
                continue;
            }

            string content = DelimitedFields.WithoutComment(raw, layout.Comments);
            if (content.Length == 0)
            {
                continue;
            }

            string where = Invariant($"line {line}");
            if (delimiter is null)
            {
                delimiter = content.Contains(',') ? "," : content.Contains(';') ? ";" : TextLayout.Whitespace;
            }
            else if (layout.Delimiter is null && delimiter != "," && content.Contains(','))
            {
                throw new UsageException(Invariant($"--y-matrix: '{file}' line {line} has a comma, but the first row is separated by {(delimiter == ";" ? "semicolons" : "whitespace")} (name the delimiter with --delimiter)"));
            }

            string[] fields = DelimitedFields.Split(content, delimiter, $"--y-matrix: '{file}' {where}");
            if (rows.Count == 0 && columnLabels is null && IsLabelRow(fields))
            {
                columnLabels = fields;
                labelLine = line;
                rowLabels = fields[0].Length == 0 ? true : null;
                continue;
            }

            // A first column of labels: not a number, the rest numbers; below column labels any text (a date, say), else it
            // must hold a letter — a quoted "2,5" is a number written with a decimal comma, refused as an entry, not a label.
            rowLabels ??= fields.Length >= 2 && !NumberLike.IsMatch(fields[0]) && (columnLabels is not null || fields[0].Any(char.IsLetter)) && fields.Skip(1).All(NumberLike.IsMatch);
            int skip = rowLabels.Value ? 1 : 0;
            rows.CheckWidth(fields.Length - skip, where);
            if (columnLabels is not null && rows.Count == 0 && columnLabels.Length != fields.Length && columnLabels.Length != fields.Length - skip)
            {
                throw new UsageException(Invariant($"--y-matrix: '{file}' line {line} has {fields.Length} fields, but the labels on line {labelLine} name {columnLabels.Length} columns"));
            }

            rows.Add(fields.Skip(skip).Select((entry, column) => MatrixEntry.Parse(file, entry, Invariant($"line {line}, entry {column + 1 + skip}"))).ToArray(), where);
        }

        var matrix = rows.ToMatrix();
        if (columnLabels is not null || rowLabels == true)
        {
            note(Note(file, columnLabels, labelLine, rowLabels == true, matrix.GetLength(0), matrix.GetLength(1)));
        }

        return matrix;
    }

    // A row of labels: pandas' header above its index column (an empty first cell, then the column names, which are
    // numbers 0, 1, ... by default), or fields none of which is a number.
    private static bool IsLabelRow(IReadOnlyList<string> fields) =>
        fields.Count > 1 && fields[0].Length == 0 ? fields.Skip(1).All(field => field.Length > 0) : fields.All(field => field.Length > 0 && !NumberLike.IsMatch(field));

    private static string Note(string file, string[]? columnLabels, int labelLine, bool rowLabels, int rows, int columns)
    {
        string what = (columnLabels, rowLabels) switch
        {
            (not null, true) when columnLabels[0].Length == 0 => Invariant($"line {labelLine} as column labels and column 1 as row labels (the layout of pandas' DataFrame.to_csv)"),
            (not null, true) => Invariant($"line {labelLine} as column labels and column 1 as row labels"),
            (not null, false) => Invariant($"line {labelLine} as column labels"),
            _ => "column 1 as row labels",
        };
        return Invariant($"note: --y-matrix '{file}': read {what}; Y is the {rows} x {columns} matrix of the other entries");
    }
}
