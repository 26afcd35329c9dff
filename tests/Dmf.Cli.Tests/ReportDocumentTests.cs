using Dmf.Cli.Output.Document;

namespace Dmf.Cli.Tests;

/// <summary>One typed document, two printers: the Markdown and the HTML say the same, and neither is parsed from the other.</summary>
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
}
