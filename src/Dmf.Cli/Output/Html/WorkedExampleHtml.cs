using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;
using Dmf.Verify.Instance;
using Dmf.Verify.Analysis;

namespace Dmf.Cli.Output.Html;

/// <summary>
/// The derivation page's worked example (<c>dmf derive --format html --example</c>): one instance's global minimizer in
/// numbers — W_l, E, F, each layer's gradient as its data term plus its penalty (summing to zero), and d²F along the
/// balanced scaling and the swap — each number computed by the generated kernels and shown beside the derived formula
/// it evaluates (printed from the derivation, not retyped), with the exact closed form where there is one.
/// </summary>
internal static class WorkedExampleHtml
{
    /// <summary>The section for <paramref name="instance"/>'s global minimizer.</summary>
    public static string Section(DmfDerivation derivation, DmfInstance instance, WorkedPoint point)
    {
        var latex = ExpressionPrinter.Latex;
        int depth = instance.Depth;
        var html = new StringBuilder();
        html.Append("<section id=\"example\">\n<h2>A worked example: the global minimizer in numbers</h2>\n");
        html.Append("<p>The instance ").Append(HtmlPage.InlineMath(Invariant($"L = {depth}"))).Append(", widths ")
            .Append(HtmlPage.InlineMath(string.Join(", ", instance.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture))))).Append(", ")
            .Append(HtmlPage.InlineMath(string.Join(", ", instance.Lambdas.Select((l, i) => Invariant($"\\lambda_{{{i + 1}}} = {l.ToExactString()}"))))).Append(", ")
            .Append(HtmlPage.InlineMath("Y = \\operatorname{diag}(" + string.Join(", ", instance.SingularValues.Select(y => y.ToExactString())) + ")"))
            .Append(Invariant($" (<code>dmf analyze{(depth == 3 ? string.Empty : Invariant($" --depth {depth} --lambda {instance.Lambdas[0].ToExactString()}"))}</code>); its global minimizer, type <code>{HtmlPage.Text(point.Type.ToString())}</code>, realized with identity hidden factors. "))
            .Append("Every number is computed by the generated kernels of this page in double precision (shown to 6 digits); the exact closed forms beside them come from the theory.</p>\n");

        for (int l = 1; l <= depth; l++)
        {
            Equation(html, Invariant($"W_{{{l}}}"), Matrix(point.Layers[l - 1]));
        }

        Equation(html, "E = W_{" + Invariant($"{depth}") + "} \\cdots W_{1} - Y", Matrix(point.Residual));
        Equation(html, "F = " + latex.Print(derivation.Objective.Loss), Number(point.Loss) + Invariant($"\\quad \\text{{(closed form: }} {Number(point.ClosedFormLoss)}\\text{{)}}"));

        html.Append("<p>Each layer's gradient is the derived formula (above): a data term through E and the penalty ")
            .Append(HtmlPage.InlineMath("2\\lambda_l W_l")).Append("; at a critical point they cancel. The data term is the kernels' gradient minus the penalty.</p>\n");
        for (int l = 1; l <= depth; l++)
        {
            var term = point.Gradient[l - 1];
            Equation(html, Invariant($"\\nabla_{{W_{{{l}}}}} F = ") + latex.Print(derivation.Gradient[l - 1]), Matrix(term.Data) + " + " + Matrix(term.Penalty) + " = " + Matrix(term.Total));
        }

        html.Append("<p>The curvature along a direction ").Append(HtmlPage.InlineMath("\\Delta")).Append(" is the derived Hessian form ")
            .Append(HtmlPage.InlineMath("d^2F[\\Delta, \\Delta] = " + latex.Print(derivation.HessianQuadraticForm)))
            .Append(", here evaluated by the kernels as ").Append(HtmlPage.InlineMath("\\Delta^\\top (H\\Delta)"))
            .Append(" and, beside it, expanded exactly on the slots it moves (positive at a minimizer).</p>\n");
        foreach (var curvature in point.Curvatures)
        {
            html.Append("<p>").Append(HtmlPage.Text(char.ToUpperInvariant(curvature.Description[0]) + curvature.Description[1..])).Append(":</p>\n");
            for (int l = 1; l <= depth; l++)
            {
                if (curvature.Direction[l - 1].Cast<double>().Any(v => v != 0))
                {
                    Equation(html, Invariant($"\\Delta_{{{l}}}"), Matrix(curvature.Direction[l - 1]));
                }
            }

            Equation(html, "d^2F[\\Delta, \\Delta]", Number(curvature.ByKernels) + Invariant($"\\quad \\text{{(exact form at these entries: }} {Number(curvature.Exact)}\\text{{)}}"));
        }

        html.Append("</section>\n");
        return html.ToString();
    }

    private static void Equation(StringBuilder html, string left, string right) =>
        html.Append("<div class=\"equation\">").Append(HtmlPage.DisplayMath(left + " = " + right)).Append("</div>\n");

    private static string Matrix(double[,] matrix)
    {
        var rows = Enumerable.Range(0, matrix.GetLength(0)).Select(i => string.Join(" & ", Enumerable.Range(0, matrix.GetLength(1)).Select(j => Number(matrix[i, j]))));
        return "\\begin{pmatrix} " + string.Join(" \\\\ ", rows) + " \\end{pmatrix}";
    }

    /// <summary>A double to 6 significant digits in TeX: 0.797, −2.2·10⁻¹⁶.</summary>
    internal static string Number(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        double magnitude = Math.Abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e6)
        {
            return value.ToString("G6", CultureInfo.InvariantCulture);
        }

        string[] parts = value.ToString("0.#####E+0", CultureInfo.InvariantCulture).Split('E');
        return parts[0] + " \\cdot 10^{" + int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "}";
    }
}
