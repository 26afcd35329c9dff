using System.Text.RegularExpressions;
using Dmf.Cli.Output.Html;

namespace Dmf.Cli.Output.Document;

/// <summary>
/// A <see cref="ReportDocument"/> as the body of an HTML page: each block its element, tables in a sideways-scrolling
/// box with short cells kept on one line, inline `code`, **bold** and $math$ (KaTeX renders it); everything else is
/// escaped text, so the output never contains markup the document did not ask for.
/// </summary>
internal static class HtmlPrinter
{
    /// <summary>Longest table cell (in characters of inline Markdown) kept on one line.</summary>
    private const int ShortCell = 60;

    private static readonly Regex Inline = new(@"`(?<code>[^`]+)`|\*\*(?<bold>.+?)\*\*|(?<!\\)\$(?<math>[^$]+?)(?<!\\)\$");

    /// <summary>The body HTML of <paramref name="document"/>.</summary>
    public static string Body(ReportDocument document)
    {
        var html = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    string level = h.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    html.Append("<h").Append(level).Append('>').Append(Span(h.Text)).Append("</h").Append(level).Append(">\n");
                    break;
                case Paragraph p:
                    html.Append("<p>").Append(Span(p.Text)).Append("</p>\n");
                    break;
                case BulletList list:
                    html.Append("<ul>\n");
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>").Append(Span(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case Table table:
                    html.Append("<div class=\"table\"><table>\n");
                    Row(html, "th", table.Header);
                    foreach (var row in table.RowsWithDetails())
                    {
                        Row(html, "td", row);
                    }

                    html.Append("</table></div>\n");
                    foreach (var note in table.Notes)
                    {
                        html.Append("<p>").Append(Span(note)).Append("</p>\n");
                    }

                    break;
                case Pictures pictures:
                    html.Append("<p>");
                    foreach (var (title, source) in pictures.Items)
                    {
                        html.Append("<img src=\"").Append(HtmlPage.Text(source)).Append("\" alt=\"").Append(HtmlPage.Text(title)).Append("\">");
                    }

                    html.Append("</p>\n");
                    break;
            }
        }

        return html.ToString();
    }

    // A short cell (a number such as 1.55E-15, a list of sigma, a type) stays on one line; prose wraps.
    private static void Row(StringBuilder html, string tag, System.Collections.Generic.IEnumerable<string> cells)
    {
        html.Append("<tr>");
        foreach (var raw in cells)
        {
            string cell = raw.Replace("\n", " ", System.StringComparison.Ordinal).Trim();
            html.Append('<').Append(tag).Append(cell.Length <= ShortCell ? " class=\"short\">" : ">").Append(Span(cell)).Append("</").Append(tag).Append('>');
        }

        html.Append("</tr>\n");
    }

    // Inline code, bold and math; the rest escaped (backslash escapes of | and $ removed).
    private static string Span(string text)
    {
        var html = new StringBuilder();
        int at = 0;
        foreach (Match m in Inline.Matches(text))
        {
            html.Append(Plain(text.Substring(at, m.Index - at)));
            if (m.Groups["code"].Success)
            {
                html.Append("<code>").Append(HtmlPage.Text(m.Groups["code"].Value)).Append("</code>");
            }
            else if (m.Groups["bold"].Success)
            {
                html.Append("<strong>").Append(Plain(m.Groups["bold"].Value)).Append("</strong>");
            }
            else
            {
                html.Append(HtmlPage.InlineMath(m.Groups["math"].Value));
            }

            at = m.Index + m.Length;
        }

        html.Append(Plain(text.Substring(at)));
        return html.ToString();
    }

    private static string Plain(string text) => HtmlPage.Text(Regex.Replace(text, @"\\([|$*_`\\\[<])", "$1"));
}
