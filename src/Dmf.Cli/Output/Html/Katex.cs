using System.Reflection;
using System.Text.RegularExpressions;

namespace Dmf.Cli.Output.Html;

/// <summary>
/// The vendored KaTeX (vendor/katex, embedded in the tool): its script, its stylesheet with every font inlined as a
/// WOFF2 data: URI (so a page needs no network and no files beside it), and its MIT licence notice.
/// </summary>
internal static class Katex
{
    /// <summary>The vendored version.</summary>
    public const string Version = "0.19.1";

    private static readonly Lazy<string> LazyScript = new(() => Resource("katex/katex.min.js"));
    private static readonly Lazy<string> LazyStylesheet = new(() => InlineFonts(Resource("katex/katex.min.css")));
    private static readonly Lazy<string> LazyLicence = new(() => Resource("katex/LICENSE"));

    /// <summary>katex.min.js.</summary>
    public static string Script => LazyScript.Value;

    /// <summary>katex.min.css with the fonts as data: URIs.</summary>
    public static string Stylesheet => LazyStylesheet.Value;

    /// <summary>KaTeX's licence text (MIT), carried in every page that embeds it.</summary>
    public static string Licence => LazyLicence.Value;

    // src:url(fonts/X.woff2) format("woff2"),url(fonts/X.woff) format("woff"),url(fonts/X.ttf) format("truetype")
    // becomes src:url(data:font/woff2;base64,…) format("woff2").
    private static string InlineFonts(string css) =>
        Regex.Replace(
            css,
            @"src:url\(fonts/(?<name>[A-Za-z0-9_-]+)\.woff2\) format\(""woff2""\)(,url\([^)]*\) format\(""[a-z]+""\))*",
            match =>
            {
                string font = Convert.ToBase64String(ResourceBytes("katex/fonts/" + match.Groups["name"].Value + ".woff2"));
                return "src:url(data:font/woff2;base64," + font + ") format(\"woff2\")";
            });

    private static string Resource(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    private static byte[] ResourceBytes(string name)
    {
        using var stream = Open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The tool is missing its embedded '{name}' (vendor/katex).");
}
