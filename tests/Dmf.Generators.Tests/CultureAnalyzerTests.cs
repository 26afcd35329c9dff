using System.Collections.Immutable;
using Dmf.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dmf.Generators.Tests;

/// <summary>DMF2001 flags numbers formatted with the current culture, and only those.</summary>
public class CultureAnalyzerTests
{
    private static ImmutableArray<Diagnostic> Analyze(string body)
    {
        string source = "using System; using System.Globalization; using System.Linq; using System.Text; using static System.FormattableString;\n" +
                        "public static class C { public static void M(double d, int i, string s, long[] longs, System.IO.TextWriter w, StringBuilder b) {\n" + body + "\n} }";
        var compilation = GeneratorHarness.Compilation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CultureSensitiveInterpolationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().Result;
    }

    [Theory]
    [InlineData("_ = $\"{d:E2}\";", "d")]
    [InlineData("_ = $\"x = {i}\";", "i")]
    [InlineData("_ = \"x = \" + d;", "d")]
    [InlineData("_ = string.Join(\",\", longs);", "longs")]
    [InlineData("b.Append(d);", "d")]
    [InlineData("w.WriteLine(i);", "i")]
    [InlineData("w.Write($\"{s} {d}\");", "d")]
    [InlineData("_ = string.Concat(\"a\", d.ToString(CultureInfo.InvariantCulture), i);", "i")]
    public void Culture_sensitive_formatting_is_an_error(string statement, string flagged)
    {
        var diagnostic = Assert.Single(Analyze(statement));
        Assert.Equal(CultureSensitiveInterpolationAnalyzer.Id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"'{flagged}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_ = Invariant($\"{d:E2} {i}\");")]
    [InlineData("_ = string.Create(CultureInfo.InvariantCulture, $\"{d:E2} {i}\");")]
    [InlineData("b.Append(CultureInfo.InvariantCulture, $\"{d}\");")]
    [InlineData("FormattableString f = $\"{d}\";")]
    [InlineData("_ = $\"{s} and {s.Length > 0}\";")]
    [InlineData("_ = \"x = \" + s + d.ToString(\"R\", CultureInfo.InvariantCulture);")]
    [InlineData("_ = string.Join(\",\", longs.Select(v => v.ToString(CultureInfo.InvariantCulture)));")]
    [InlineData("b.Append(s, 0, i);")]
    [InlineData("w.WriteLine(s);")]
    public void Invariant_formatting_is_accepted(string statement)
    {
        Assert.Empty(Analyze(statement));
    }
}
