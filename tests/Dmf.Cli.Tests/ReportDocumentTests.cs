using Dmf.Cli.Output.Document;

namespace Dmf.Cli.Tests;

/// <summary>One typed document, three printers: the Markdown, the HTML and the terminal text say the same, and none is parsed from another.</summary>
public class ReportDocumentTests
{
    private static readonly ReportDocument Sample = new(new Block[]
    {
        new Heading(1, "Landscape analysis: L = 3"),
        new Heading(2, "Instance"),
        new BulletList(new[] { "$\\lambda = 0.5$", "benign landscape: **no**" }),
        new Paragraph("The `--exact` table."),
        new Table(new[] { "#", "$F$", "rule" }, new IReadOnlyList<string>[] { new[] { "1", "5.847518", "a | b <c>" } }),
        new Pictures(new[] { ("roots", "r.png") }),
    });

    [Fact]
    public void Markdown_has_one_blank_line_between_blocks_and_escapes_bars_in_cells()
    {
        Assert.Equal(
            "# Landscape analysis: L = 3\n\n## Instance\n\n- $\\lambda = 0.5$\n- benign landscape: **no**\n\nThe `--exact` table.\n\n" +
            "| # | $F$ | rule |\n|---|---|---|\n| 1 | 5.847518 | a \\| b <c> |\n\n![roots](r.png)\n",
            MarkdownPrinter.Print(Sample));
        Assert.Equal("Landscape analysis: L = 3", Sample.Title);
    }

    [Fact]
    public void Html_renders_each_block_and_escapes_text()
    {
        string html = HtmlPrinter.Body(Sample);
        Assert.Equal(
            "<h1>Landscape analysis: L = 3</h1>\n<h2>Instance</h2>\n<ul>\n<li><span class=\"math\">\\lambda = 0.5</span></li>\n<li>benign landscape: <strong>no</strong></li>\n</ul>\n" +
            "<p>The <code>--exact</code> table.</p>\n<div class=\"table\"><table>\n<tr><th class=\"short\">#</th><th class=\"short\"><span class=\"math\">F</span></th><th class=\"short\">rule</th></tr>\n" +
            "<tr><td class=\"short\">1</td><td class=\"short\">5.847518</td><td class=\"short\">a | b &lt;c&gt;</td></tr>\n</table></div>\n<p><img src=\"r.png\" alt=\"roots\"></p>\n",
            html);
    }

    private static readonly Table Listing = new(new[] { "#", "type", "F", "class" }, new IReadOnlyList<string>[] { new[] { "1", "[x+, 0]", "5.8", "global" }, new[] { "10", "[0, 0]", "6.56", "local" } }, new[] { true, false, true, false })
    {
        MinimumWidths = new[] { 3, 0, 6, 0 },
        Details = new IReadOnlyList<string>[] { new[] { "reason: ordering holds" }, Array.Empty<string>() },
        Notes = new[] { "F: the loss." },
    };

    [Fact]
    public void Text_aligns_columns_puts_details_under_the_second_and_keeps_a_heading_with_its_block()
    {
        var document = new ReportDocument(new Block[] { new Paragraph("Instance: L = 3\nY: 2, 1.6"), new Heading(2, "Points:"), Listing, new Paragraph("done") });
        Assert.Equal(
            "Instance: L = 3\nY: 2, 1.6\n\nPoints:\n" +
            "    #  type          F  class\n" +
            "    1  [x+, 0]     5.8  global\n" +
            "       reason: ordering holds\n" +
            "   10  [0, 0]     6.56  local\n" +
            "  F: the loss.\n\ndone\n",
            TextPrinter.Print(document));
    }

    [Fact]
    public void Pages_show_a_rows_details_and_the_tables_notes_too()
    {
        string markdown = MarkdownPrinter.Print(new ReportDocument(new Block[] { Listing }));
        Assert.Equal("| # | type | F | class |\n|---:|---|---:|---|\n| 1 | [x+, 0] | 5.8 | global |\n|  | reason: ordering holds |  |  |\n| 10 | [0, 0] | 6.56 | local |\n\nF: the loss.\n", markdown);
        Assert.Contains("<p>F: the loss.</p>", HtmlPrinter.Body(new ReportDocument(new Block[] { Listing })), StringComparison.Ordinal);
    }
}
