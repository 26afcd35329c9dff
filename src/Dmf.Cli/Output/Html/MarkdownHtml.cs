using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Dmf.Cli.Output.Html;

/// <summary>
/// HTML from the Markdown Dmf's reports are written in, so a report has one definition and two forms: ATX headings,
/// paragraphs, "- " lists, pipe tables (with "\|" in cells), images, and inline `code`, **bold** and $math$ (KaTeX
/// renders it). Anything else is kept as escaped text: the output never contains markup the input did not ask for.
/// </summary>
internal static class MarkdownHtml
{
    private static readonly Regex Heading = new(@"^(?<level>#{1,6}) (?<text>.*)$");
    private static readonly Regex Image = new(@"^!\[(?<alt>[^\]]*)\]\((?<src>[^)\s]+)\)$");
    private static readonly Regex Inline = new(@"`(?<code>[^`]+)`|\*\*(?<bold>.+?)\*\*|(?<!\\)\$(?<math>[^$]+?)(?<!\\)\$");

    /// <summary>The body HTML of <paramref name="markdown"/>.</summary>
    public static string Convert(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var html = new StringBuilder();
        int k = 0;
        while (k < lines.Length)
        {
            string line = lines[k];
            if (line.Trim().Length == 0)
            {
                k++;
                continue;
            }

            if (Heading.Match(line) is { Success: true } heading)
            {
                string level = heading.Groups["level"].Value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
                html.Append("<h").Append(level).Append('>').Append(Span(heading.Groups["text"].Value)).Append("</h").Append(level).Append(">\n");
                k++;
            }
            else if (line.StartsWith("|", StringComparison.Ordinal))
            {
                var rows = new List<string>();
                while (k < lines.Length && lines[k].StartsWith("|", StringComparison.Ordinal))
                {
                    rows.Add(lines[k++]);
                }

                Table(rows, html);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                html.Append("<ul>\n");
                while (k < lines.Length && lines[k].StartsWith("- ", StringComparison.Ordinal))
                {
                    html.Append("<li>").Append(Span(lines[k++].Substring(2))).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }
            else if (Image.Match(line) is { Success: true })
            {
                html.Append("<p>");
                while (k < lines.Length && Image.Match(lines[k]) is { Success: true } image)
                {
                    html.Append("<img src=\"").Append(HtmlPage.Text(image.Groups["src"].Value)).Append("\" alt=\"").Append(HtmlPage.Text(image.Groups["alt"].Value)).Append("\">");
                    k++;
                }

                html.Append("</p>\n");
            }
            else
            {
                var paragraph = new List<string>();
                while (k < lines.Length && lines[k].Trim().Length > 0 && !Heading.IsMatch(lines[k]) && !lines[k].StartsWith("|", StringComparison.Ordinal)
                       && !lines[k].StartsWith("- ", StringComparison.Ordinal) && !Image.IsMatch(lines[k]))
                {
                    paragraph.Add(lines[k++]);
                }

                html.Append("<p>").Append(Span(string.Join(" ", paragraph))).Append("</p>\n");
            }
        }

        return html.ToString();
    }

    // | a | b \| c | → cells "a", "b | c"; the second row (|---|) separates the head.
    private static void Table(List<string> rows, StringBuilder html)
    {
        static List<string> Cells(string row)
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            string inner = row.Trim();
            inner = inner.Substring(1, inner.EndsWith("|", StringComparison.Ordinal) && inner.Length > 1 ? inner.Length - 2 : inner.Length - 1);
            for (int i = 0; i < inner.Length; i++)
            {
                if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] == '|')
                {
                    cell.Append('|');
                    i++;
                }
                else if (inner[i] == '|')
                {
                    cells.Add(cell.ToString().Trim());
                    cell.Clear();
                }
                else
                {
                    cell.Append(inner[i]);
                }
            }

            cells.Add(cell.ToString().Trim());
            return cells;
        }

        bool separated = rows.Count > 1 && Regex.IsMatch(rows[1], @"^\|(\s*:?-+:?\s*\|)+\s*$");
        html.Append("<div class=\"table\"><table>\n");
        for (int r = 0; r < rows.Count; r++)
        {
            if (separated && r == 1)
            {
                continue;
            }

            string tag = separated && r == 0 ? "th" : "td";
            html.Append("<tr>");
            foreach (var cell in Cells(rows[r]))
            {
                // A short cell (a number such as 1.55E-15, a list of sigma, a type) stays on one line; prose wraps.
                html.Append('<').Append(tag).Append(cell.Length <= ShortCell ? " class=\"short\">" : ">").Append(Span(cell)).Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</table></div>\n");
    }

    /// <summary>Longest table cell (in Markdown characters) kept on one line.</summary>
    private const int ShortCell = 60;

    // Inline code, bold and math; the rest escaped (Markdown's backslash escapes of | and $ removed).
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
