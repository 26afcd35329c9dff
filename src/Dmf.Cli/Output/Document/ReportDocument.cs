namespace Dmf.Cli.Output.Document;

/// <summary>
/// A report as typed blocks — headings, lists, paragraphs, tables, pictures — printed as Markdown
/// (<see cref="MarkdownPrinter"/>), as HTML (<see cref="HtmlPrinter"/>) or as terminal text (<see cref="TextPrinter"/>)
/// without any form being parsed back. Text inside a block of a page is inline Markdown: `code`, **bold** and $math$
/// (which the HTML printer renders as such); a document for the terminal holds plain text.
/// </summary>
internal sealed record ReportDocument(IReadOnlyList<Block> Blocks)
{
    /// <summary>The text of the first level-1 heading (the page's title), or empty.</summary>
    public string Title => Blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1)?.Text ?? string.Empty;
}

/// <summary>One block of a <see cref="ReportDocument"/>.</summary>
internal abstract record Block;

/// <summary>A heading of level 1 to 6.</summary>
internal sealed record Heading(int Level, string Text) : Block;

/// <summary>A paragraph.</summary>
internal sealed record Paragraph(string Text) : Block
{
    /// <summary>A paragraph of lines kept as they are (the terminal's report writes one line each).</summary>
    public static Paragraph Lines(IEnumerable<string> lines) => new(string.Join("\n", lines));
}

/// <summary>A bulleted list.</summary>
internal sealed record BulletList(IReadOnlyList<string> Items) : Block;

/// <summary>
/// A table: a header row and rows of cells (each cell one line of inline Markdown, '|' unescaped); the columns
/// <paramref name="RightAligned"/> marks are aligned right (numbers).
/// </summary>
internal sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool>? RightAligned = null) : Block
{
    /// <summary>The least width of each column in a text layout (null: as wide as its widest cell).</summary>
    public IReadOnlyList<int>? MinimumWidths { get; init; }

    /// <summary>Lines that belong to a row (index by row) and follow it: the row's explanation.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Details { get; init; }

    /// <summary>Lines about the whole table, after it.</summary>
    public IReadOnlyList<string> Notes { get; init; } = Array.Empty<string>();

    /// <summary>The rows for a page, each row's details as rows of their own (the detail in the second cell).</summary>
    public IEnumerable<IReadOnlyList<string>> RowsWithDetails()
    {
        for (int r = 0; r < Rows.Count; r++)
        {
            yield return Rows[r];
            foreach (var detail in Details?[r] ?? Array.Empty<string>())
            {
                yield return Header.Select((_, c) => c == 1 ? detail : string.Empty).ToList();
            }
        }
    }
}

/// <summary>Pictures shown together: (title, source) pairs, a relative path or a data: URI.</summary>
internal sealed record Pictures(IReadOnlyList<(string Title, string Source)> Items) : Block;
