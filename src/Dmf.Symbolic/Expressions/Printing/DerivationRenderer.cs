using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dmf.Symbolic.Expressions.Calculus;
using static System.FormattableString;

namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>
    /// Renders a <see cref="DmfDerivation"/> (and its <see cref="DerivationStep"/>s) as text (ASCII or Unicode),
    /// a LaTeX align* block, or a Markdown document. Pure functions: the same derivation gives the same text.
    /// </summary>
    public static class DerivationRenderer
    {
        /// <summary>The results: F, the selected derivatives, and the abbreviations they use.</summary>
        public static string Summary(DmfDerivation derivation, DerivativeSelection selection, Notation notation)
        {
            var sections = SummarySections(derivation, selection);
            var used = UsedAbbreviations(derivation.Objective, sections.SelectMany(s => s.Equations));
            return notation == Notation.Latex ? LatexAlign(sections.SelectMany(s => s.Equations), used) : Text(sections, used, notation);
        }

        /// <summary>The step-by-step derivation as text or LaTeX, followed by the abbreviations it uses.</summary>
        public static string Steps(DmfDerivation derivation, IReadOnlyList<DerivationStep> steps, Notation notation)
        {
            var printer = ExpressionPrinter.For(notation);
            var abbreviations = UsedAbbreviations(derivation.Objective, steps.SelectMany(s => s.Equations));
            var builder = new StringBuilder();
            for (int k = 0; k < steps.Count; k++)
            {
                var step = steps[k];
                if (notation == Notation.Latex)
                {
                    builder.Append("% Step ").Append((k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ").Append(step.Title).Append('\n');
                    builder.Append(LatexAlign(step.Equations, new NamedMatrix[0]));
                    continue;
                }

                builder.Append("Step ").Append((k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ").Append(step.Title).Append('\n');
                builder.Append("  ").Append(step.Explanation).Append('\n');
                foreach (var equation in step.Equations)
                {
                    builder.Append("    ").Append(Equation.Render(equation.Left, printer)).Append(" = ").Append(Equation.Render(equation.Right, printer)).Append('\n');
                }

                builder.Append('\n');
            }

            builder.Append(notation == Notation.Latex ? LatexAlign(new Equation[0], abbreviations) : WhereClause(abbreviations, printer));
            return builder.ToString();
        }

        /// <summary>A Markdown document: the steps with LaTeX display math, then the results and abbreviations.</summary>
        public static string Markdown(DmfDerivation derivation, IReadOnlyList<DerivationStep> steps, DerivativeSelection selection)
        {
            var latex = ExpressionPrinter.Latex;
            int depth = derivation.Objective.Depth;
            var builder = new StringBuilder();
            builder.Append("# Derivatives of F for depth L = ").Append(depth.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
            builder.Append("Every equation below was produced by Dmf's symbolic engine from F itself (differentials, ")
                   .Append("the product rule, the trace identity and a canonical simplifier); none is typed in.\n\n");
            builder.Append("Notation: $W_{j:i} = W_j \\cdots W_i$ for $j > i$, $\\langle A, B \\rangle = \\operatorname{tr}(A^{\\top} B)$, ")
                   .Append("$\\lVert A \\rVert_F^2 = \\langle A, A \\rangle$; $\\Delta_l$ and $V_l$ are directions with the shape of $W_l$.\n\n");
            for (int k = 0; k < steps.Count; k++)
            {
                var step = steps[k];
                builder.Append("## Step ").Append((k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ").Append(step.Title).Append("\n\n");
                builder.Append(step.Explanation).Append("\n\n");
                builder.Append("$$\n\\begin{aligned}\n");
                foreach (var equation in step.Equations)
                {
                    builder.Append(Equation.Render(equation.Left, latex)).Append(" &= ").Append(Equation.Render(equation.Right, latex)).Append(" \\\\\n");
                }

                builder.Append("\\end{aligned}\n$$\n\n");
            }

            var abbreviations = UsedAbbreviations(derivation.Objective, steps.SelectMany(s => s.Equations));
            if (abbreviations.Count > 0)
            {
                builder.Append("## Abbreviations\n\n$$\n\\begin{aligned}\n");
                foreach (var abbreviation in abbreviations)
                {
                    builder.Append(latex.Name(abbreviation.Name)).Append(" &= ").Append(latex.Print(abbreviation.Definition)).Append(" \\\\\n");
                }

                builder.Append("\\end{aligned}\n$$\n");
            }

            return builder.ToString();
        }

        private sealed record Section(NotationText Heading, IReadOnlyList<Equation> Equations);

        private static NotationText Plain(string text) => new NotationText(text, text, text);

        private static List<Section> SummarySections(DmfDerivation derivation, DerivativeSelection selection)
        {
            var objective = derivation.Objective;
            int depth = objective.Depth;
            var sections = new List<Section>
            {
                new Section(Plain(Invariant($"F for depth L = {depth}")), new[] { new Equation(DerivationLabels.Objective, objective.Loss) }),
            };
            if ((selection & DerivativeSelection.Gradient) != 0)
            {
                sections.Add(new Section(Plain("Gradient"), Enumerable.Range(0, depth).Select(l => new Equation(DerivationLabels.Gradient(l + 1), derivation.Gradient[l])).ToList()));
            }

            var hessian = new List<Equation>();
            if ((selection & DerivativeSelection.HessianForm) != 0)
            {
                hessian.Add(new Equation(DerivationLabels.SecondDifferential, derivation.HessianQuadraticForm));
            }

            if ((selection & DerivativeSelection.HessianOperator) != 0)
            {
                hessian.Add(new Equation(DerivationLabels.Bilinear, derivation.HessianBilinearForm));
                hessian.AddRange(Enumerable.Range(0, depth).Select(l => new Equation(DerivationLabels.HessianVector(l + 1), derivation.HessianVectorProduct[l])));
            }

            if (hessian.Count > 0)
            {
                sections.Add(new Section(
                    new NotationText(
                        "Hessian, as an operator (Delta_l and V_l have the shape of W_l)",
                        "Hessian, as an operator (Δ_l and V_l have the shape of W_l)",
                        "Hessian, as an operator (Delta_l and V_l have the shape of W_l)"),
                    hessian));
            }

            return sections;
        }

        /// <summary>The abbreviations the equations use (looking into their definitions), in the namer's order.</summary>
        private static IReadOnlyList<NamedMatrix> UsedAbbreviations(DmfObjective objective, IEnumerable<Equation> equations) =>
            DmfCalculus.Namer(objective).AbbreviationsIn(equations.SelectMany(e => new[] { e.Left, e.Right }));

        private static string Text(List<Section> sections, IReadOnlyList<NamedMatrix> abbreviations, Notation notation)
        {
            var printer = ExpressionPrinter.For(notation);
            var builder = new StringBuilder();
            foreach (var section in sections)
            {
                builder.Append(section.Heading.In(notation)).Append('\n');
                foreach (var equation in section.Equations)
                {
                    builder.Append("  ").Append(Equation.Render(equation.Left, printer)).Append(" = ").Append(Equation.Render(equation.Right, printer)).Append('\n');
                }

                builder.Append('\n');
            }

            builder.Append(WhereClause(abbreviations, printer));
            return builder.ToString();
        }

        private static string WhereClause(IReadOnlyList<NamedMatrix> abbreviations, ExpressionPrinter printer)
        {
            if (abbreviations.Count == 0)
            {
                return string.Empty;
            }

            var builder = new StringBuilder("where\n");
            foreach (var abbreviation in abbreviations)
            {
                builder.Append("  ").Append(printer.Name(abbreviation.Name)).Append(" = ").Append(printer.Print(abbreviation.Definition)).Append('\n');
            }

            return builder.ToString();
        }

        private static string LatexAlign(IEnumerable<Equation> equations, IReadOnlyList<NamedMatrix> abbreviations)
        {
            var latex = ExpressionPrinter.Latex;
            var lines = equations.Select(e => Equation.Render(e.Left, latex) + " &= " + Equation.Render(e.Right, latex)).ToList();
            if (abbreviations.Count > 0)
            {
                if (lines.Count > 0)
                {
                    lines.Add("\\intertext{where}");
                }

                lines.AddRange(abbreviations.Select(a => latex.Name(a.Name) + " &= " + latex.Print(a.Definition)));
            }

            var builder = new StringBuilder("\\begin{align*}\n");
            for (int k = 0; k < lines.Count; k++)
            {
                // Every line but the last and the \intertext itself ends with \\ (amsmath wants one before \intertext too).
                builder.Append(lines[k]);
                bool last = k == lines.Count - 1;
                builder.Append(last || lines[k].StartsWith("\\intertext", System.StringComparison.Ordinal) ? "\n" : " \\\\\n");
            }

            builder.Append("\\end{align*}\n");
            return builder.ToString();
        }
    }
}
