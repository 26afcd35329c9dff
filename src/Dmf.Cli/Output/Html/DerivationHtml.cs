using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Cli.Output.Html;

/// <summary>
/// The derivation of one depth as a self-contained HTML page: the introduction, each step's explanation and equations
/// (math rendered by the embedded KaTeX, long sums broken over lines), the abbreviations, and the kernels
/// <c>dmf generate</c> emits for the depth, every line numbered; each derived formula links to the kernel line that
/// computes it. Deterministic: the same depth gives the same page.
/// </summary>
internal static class DerivationHtml
{
    /// <summary>The page for <paramref name="derivation"/>'s depth.</summary>
    public static string Page(DmfDerivation derivation, IReadOnlyList<DerivationStep> steps, Dmf.Emission.GeneratedKernels kernels, string version) =>
        Page(derivation, steps, kernels, version, example: null);

    /// <summary>The page, with <paramref name="example"/> (a worked example's section, <see cref="WorkedExampleHtml"/>) before the kernels when given.</summary>
    public static string Page(DmfDerivation derivation, IReadOnlyList<DerivationStep> steps, Dmf.Emission.GeneratedKernels generated, string version, string? example)
    {
        int depth = derivation.Objective.Depth;
        var kernels = new KernelLines(depth, generated);
        var body = new StringBuilder();
        body.Append("<header>\n<h1>").Append(Markup(DerivationRenderer.Title(depth))).Append("</h1>\n");
        body.Append("<p class=\"provenance\">Written by dmf ").Append(HtmlPage.Text(version))
            .Append(Invariant($" (<code>dmf derive --depth {depth} --format html</code>); the kernels below are <code>dmf generate --depth {depth}</code>.</p>\n</header>\n"));
        body.Append("<nav>\n<ol>\n");
        for (int k = 0; k < steps.Count; k++)
        {
            body.Append(Invariant($"<li><a href=\"#step-{k + 1}\">")).Append(Markup(steps[k].Title)).Append("</a></li>\n");
        }

        body.Append("<li><a href=\"#abbreviations\">Abbreviations</a></li>\n");
        if (example is not null)
        {
            body.Append("<li><a href=\"#example\">A worked example</a></li>\n");
        }

        body.Append("<li><a href=\"#kernels\">The generated kernels</a></li>\n</ol>\n</nav>\n");
        foreach (var paragraph in DerivationRenderer.Introduction)
        {
            body.Append("<p>").Append(Markup(paragraph)).Append("</p>\n");
        }

        for (int k = 0; k < steps.Count; k++)
        {
            var step = steps[k];
            body.Append(Invariant($"<section id=\"step-{k + 1}\">\n<h2>Step {k + 1}. ")).Append(Markup(step.Title)).Append("</h2>\n");
            body.Append("<p>").Append(Markup(step.Explanation)).Append("</p>\n");
            foreach (var equation in step.Equations)
            {
                AppendEquation(body, equation, kernels);
            }

            body.Append("</section>\n");
        }

        body.Append("<section id=\"abbreviations\">\n<h2>Abbreviations</h2>\n");
        foreach (var equation in DerivationRenderer.AbbreviationEquations(derivation.Objective, steps))
        {
            AppendEquation(body, equation, kernels);
        }

        body.Append("</section>\n");
        body.Append(example ?? string.Empty);
        body.Append("<section id=\"kernels\">\n<h2>The generated kernels</h2>\n");
        body.Append(Invariant($"<p>The C# that <code>[DmfKernel(Depth = {depth})]</code> (or <code>dmf generate --depth {depth}</code>) emits from this derivation. "))
            .Append("Each comment names the expression the next call computes; the links beside the formulas above point here.</p>\n");
        body.Append("<pre class=\"source\"><code>");
        for (int k = 0; k < kernels.Lines.Count; k++)
        {
            body.Append(Invariant($"<span id=\"kernel-line-{k + 1}\">")).Append(HtmlPage.Text(kernels.Lines[k])).Append("</span>\n");
        }

        body.Append("</code></pre>\n</section>\n");
        return HtmlPage.Document(Invariant($"Derivatives of F for depth L = {depth}"), body.ToString());
    }

    /// <summary>The index of the pages for several depths.</summary>
    public static string Index(IReadOnlyList<(int Depth, string File)> pages, string version)
    {
        var body = new StringBuilder();
        body.Append("<header>\n<h1>Derivatives of ").Append(HtmlPage.InlineMath("F(W) = \\lVert W_{L} \\cdots W_{1} - Y \\rVert_F^{2} + \\sum_{l} \\lambda_{l} \\lVert W_{l} \\rVert_F^{2}"))
            .Append("</h1>\n<p class=\"provenance\">Written by dmf ").Append(HtmlPage.Text(version)).Append(" (<code>dmf derive --format html --all-depths</code>).</p>\n</header>\n");
        body.Append("<p>One page per depth: the gradient and the Hessian derived step by step by Dmf's symbolic engine, ")
            .Append("each formula linked to the line of the generated kernel that computes it.</p>\n<ul>\n");
        foreach (var (depth, file) in pages)
        {
            body.Append("<li><a href=\"").Append(HtmlPage.Text(file)).Append("\">").Append(HtmlPage.InlineMath(Invariant($"L = {depth}"))).Append("</a></li>\n");
        }

        body.Append("</ul>\n");
        return HtmlPage.Document("Derivatives of F by depth", body.ToString());
    }

    private static void AppendEquation(StringBuilder body, Equation equation, KernelLines kernels)
    {
        string rows = LatexLines.Body(LatexLines.AlignRows(new[] { equation })).TrimEnd('\n');
        body.Append("<div class=\"equation\">").Append(HtmlPage.DisplayMath("\\begin{aligned}\n" + rows + "\n\\end{aligned}"));
        if (kernels.LineOf(equation) is int line)
        {
            string number = line.ToString(CultureInfo.InvariantCulture);
            body.Append("<a class=\"kernel\" href=\"#kernel-line-").Append(number).Append("\" title=\"the generated kernel line that computes this\">kernel line ")
                .Append(number).Append("</a>");
        }
        else
        {
            // D (a direction: the kernels form D_V) and products the back-propagation applies factor by factor.
            body.Append("<span class=\"kernel\">not formed by the kernels</span>");
        }

        body.Append("</div>\n");
    }

    private static string Markup(Prose prose) => prose.Markup(HtmlPage.Text, HtmlPage.InlineMath);
}
