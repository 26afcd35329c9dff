namespace Dmf.Cli.Output.Document;

/// <summary>
/// A <see cref="ReportDocument"/> as terminal text: a heading is its line, directly followed by its block; other blocks
/// are separated by a blank line; a table is indented by two spaces, its columns separated by two spaces and padded to
/// the widest cell (or the column's least width), numbers aligned right; a row's details follow it, under its second
/// column; the table's notes follow it, indented. Text is printed as is, each line without trailing blanks.
/// </summary>
internal static class TextPrinter
{
    private const string Indent = "  ";

    /// <summary>The document's text, each line ended by a line end.</summary>
    public static string Print(ReportDocument document)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Print(document, text);
        return text.ToString();
    }

    /// <summary>Writes the document's text line by line (a long table is never held as one string).</summary>
    public static void Print(ReportDocument document, TextWriter text)
    {
        Block? previous = null;
        foreach (var block in document.Blocks)
        {
            if (previous is not null and not Heading)
            {
                text.Write('\n');
            }

            switch (block)
            {
                case Heading h:
                    Line(text, h.Text);
                    break;
                case Paragraph p:
                    foreach (var line in p.Text.Split('\n'))
                    {
                        Line(text, line);
                    }

                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        Line(text, "- " + item);
                    }

                    break;
                case Table table:
                    Print(table, text);
                    break;
                case Pictures pictures:
                    foreach (var (title, source) in pictures.Items)
                    {
                        Line(text, title + ": " + source);
                    }

                    break;
            }

            previous = block;
        }
    }

    private static void Print(Table table, TextWriter text)
    {
        int columns = table.Header.Count;
        var widths = table.Header.Select((heading, c) => System.Math.Max(heading.Length, table.MinimumWidths?[c] ?? 0)).ToArray();
        foreach (var row in table.Rows)
        {
            for (int c = 0; c < columns; c++)
            {
                widths[c] = System.Math.Max(widths[c], row[c].Length);
            }
        }

        string Cells(IReadOnlyList<string> row) => Indent + string.Join(Indent, row.Select((cell, c) =>
            c == columns - 1 ? cell : table.RightAligned?[c] == true ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c])));
        Line(text, Cells(table.Header));
        string detailIndent = new string(' ', Indent.Length + widths[0] + Indent.Length);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            Line(text, Cells(table.Rows[r]));
            foreach (var detail in table.Details?[r] ?? Array.Empty<string>())
            {
                Line(text, detailIndent + detail);
            }
        }

        foreach (var note in table.Notes)
        {
            Line(text, Indent + note);
        }
    }

    private static void Line(TextWriter text, string line)
    {
        text.Write(line.TrimEnd());
        text.Write('\n');
    }
}
