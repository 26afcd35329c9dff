using System.Net;

namespace Dmf.Cli.Output.Html;

/// <summary>
/// A self-contained HTML page: one file with the vendored KaTeX (script, stylesheet, fonts) inlined, our stylesheet,
/// the body, and a script that renders every element of class "math" (class "display" for display math) from its
/// TeX text. Without JavaScript the TeX source stays readable in place.
/// </summary>
internal static class HtmlPage
{
    private const string Style = """
        body { font-family: "Latin Modern Roman", "Computer Modern Serif", Georgia, serif; max-width: 52em; margin: 2em auto; padding: 0 1.5em; line-height: 1.5; color: #1b1b1b; background: #fff; }
        h1 { font-size: 1.7em; margin-bottom: 0.2em; }
        h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ddd; }
        .provenance { color: #555; font-size: 0.9em; }
        .equation { display: flex; align-items: center; gap: 1em; }
        .equation .math { flex: 1; overflow-x: auto; }
        .kernel { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8em; white-space: nowrap; color: #777; }
        a.kernel { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8em; white-space: nowrap; color: #3366aa; }
        pre.source { font-size: 0.78em; line-height: 1.35; background: #f7f7f7; padding: 1em; overflow-x: auto; }
        pre.source span:target { background: #fff2a8; }
        div.table { overflow-x: auto; margin: 1em 0; }
        table { border-collapse: collapse; }
        td.short, th.short { white-space: nowrap; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        img { max-width: 100%; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        """;

    private const string RenderScript = """
        document.querySelectorAll('.math').forEach(function (element) {
          katex.render(element.textContent, element, { displayMode: element.classList.contains('display'), throwOnError: false });
        });
        document.documentElement.setAttribute('data-math', 'rendered');
        """;

    /// <summary>The page: <paramref name="title"/> (plain text) and <paramref name="body"/> (HTML).</summary>
    public static string Document(string title, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(Text(title)).Append("</title>\n");
        page.Append("<!-- Math rendered by KaTeX ").Append(Katex.Version).Append(", embedded under its licence:\n")
            .Append(Katex.Licence.Replace("--", "- -", System.StringComparison.Ordinal)).Append("\n-->\n");
        page.Append("<style>\n").Append(Katex.Stylesheet).Append("\n</style>\n");
        page.Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        page.Append(body);
        page.Append("<script>\n").Append(Katex.Script).Append("\n</script>\n");
        page.Append("<script>\n").Append(RenderScript).Append("\n</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Text escaped for HTML content and attribute values.</summary>
    public static string Text(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Inline math: TeX in an element KaTeX renders.</summary>
    public static string InlineMath(string tex) => "<span class=\"math\">" + Text(tex) + "</span>";

    /// <summary>Display math.</summary>
    public static string DisplayMath(string tex) => "<div class=\"math display\">" + Text(tex) + "</div>";
}
