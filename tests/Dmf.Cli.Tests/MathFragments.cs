using System.Net;
using System.Text.RegularExpressions;

namespace Dmf.Cli.Tests;

/// <summary>A piece of LaTeX math a document shows, and whether it is display math.</summary>
public sealed record MathFragment(string Source, string Tex, bool Display);

/// <summary>The math fragments of each output format of <c>dmf derive</c> (and of HTML reports).</summary>
public static class MathFragments
{
    private static readonly Regex Align = new(@"\\begin\{align\*\}.*?\\end\{align\*\}", RegexOptions.Singleline);
    private static readonly Regex DisplayDollars = new(@"\$\$\n(?<tex>.*?)\n\$\$", RegexOptions.Singleline);
    private static readonly Regex InlineDollars = new(@"(?<!\\)\$(?<tex>[^$\n]+?)(?<!\\)\$");
    private static readonly Regex HtmlMath = new(@"<(?<tag>span|div) class=""math(?<display> display)?"">(?<tex>.*?)</\k<tag>>", RegexOptions.Singleline);

    /// <summary>align* blocks and $…$ of a LaTeX fragment or document.</summary>
    public static IEnumerable<MathFragment> Latex(string source, string text)
    {
        foreach (Match m in Align.Matches(text))
        {
            yield return new MathFragment(source, m.Value, true);
        }

        foreach (Match m in InlineDollars.Matches(Align.Replace(text, string.Empty)))
        {
            yield return new MathFragment(source, m.Groups["tex"].Value, false);
        }
    }

    /// <summary>$$…$$ blocks and $…$ of a Markdown document.</summary>
    public static IEnumerable<MathFragment> Markdown(string source, string text)
    {
        foreach (Match m in DisplayDollars.Matches(text))
        {
            yield return new MathFragment(source, m.Groups["tex"].Value, true);
        }

        foreach (Match m in InlineDollars.Matches(DisplayDollars.Replace(text, string.Empty)))
        {
            yield return new MathFragment(source, m.Groups["tex"].Value, false);
        }
    }

    /// <summary>The elements of class "math" of an HTML page.</summary>
    public static IEnumerable<MathFragment> Html(string source, string text) =>
        HtmlMath.Matches(text).Select(m => new MathFragment(source, WebUtility.HtmlDecode(m.Groups["tex"].Value), m.Groups["display"].Success));
}
