namespace Dmf.Cli.Output.Document;

/// <summary>A <see cref="ReportDocument"/> as Markdown: blocks separated by a blank line, pipe tables with '|' escaped in cells.</summary>
internal static class MarkdownPrinter
{
    /// <summary>The document's Markdown text, ending with a line end.</summary>
    public static string Print(ReportDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            switch (block)
            {
                case Heading h:
                    text.Append('#', h.Level).Append(' ').Append(h.Text).Append('\n');
                    break;
                case Paragraph p:
                    text.Append(p.Text).Append('\n');
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").Append(item).Append('\n');
                    }

                    break;
                case Table table:
                    text.Append("| ").Append(string.Join(" | ", table.Header.Select(Cell))).Append(" |\n");
                    text.Append('|').Append(string.Concat(table.Header.Select((_, k) => table.RightAligned?[k] == true ? "---:|" : "---|"))).Append('\n');
                    foreach (var row in table.RowsWithDetails())
                    {
                        text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
                    }

                    foreach (var note in table.Notes)
                    {
                        text.Append('\n').Append(note).Append('\n');
                    }

                    break;
                case Pictures pictures:
                    foreach (var (title, source) in pictures.Items)
                    {
                        text.Append("![").Append(title).Append("](").Append(source).Append(")\n");
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A Markdown table cell: '|' escaped, line breaks removed.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
