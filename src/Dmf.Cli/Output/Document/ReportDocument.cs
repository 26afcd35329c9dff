namespace Dmf.Cli.Output.Document;

/// <summary>
/// A report as typed blocks — headings, lists, paragraphs, tables, pictures — printed as Markdown
/// (<see cref="MarkdownPrinter"/>) or as HTML (<see cref="HtmlPrinter"/>) without either form being parsed back.
/// Text inside a block is inline Markdown: `code`, **bold** and $math$ (which the HTML printer renders as such).
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
internal sealed record Paragraph(string Text) : Block;

/// <summary>A bulleted list.</summary>
internal sealed record BulletList(IReadOnlyList<string> Items) : Block;

/// <summary>
/// A table: a header row and rows of cells (each cell one line of inline Markdown, '|' unescaped); the columns
/// <paramref name="RightAligned"/> marks are aligned right (numbers).
/// </summary>
internal sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool>? RightAligned = null) : Block;

/// <summary>Pictures shown together: (title, source) pairs, a relative path or a data: URI.</summary>
internal sealed record Pictures(IReadOnlyList<(string Title, string Source)> Items) : Block;
