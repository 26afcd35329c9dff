using System.Globalization;
using System.Text;
using Dmf.Symbolic.Expressions.Calculus;

namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>
    /// Renders a <see cref="DmfDerivation"/> (and its <see cref="DerivationStep"/>s) as text (ASCII or Unicode),
    /// a LaTeX align* block, or a Markdown document. Pure functions: the same derivation gives the same text.
    /// </summary>
    internal static class DerivationRenderer
    {
        /// <summary>The results: F, the selected derivatives, and the abbreviations they use.</summary>
        public static string Summary(DmfDerivation derivation, DerivativeSelection selection, Notation notation)
        {
            var sections = SummarySections(derivation, selection);
            var used = UsedAbbreviations(derivation.Objective, sections.SelectMany(s => s.Equations));
            return notation == Notation.Latex ? LatexSummary(sections.SelectMany(s => s.Equations), used) : Text(sections, used, notation);
        }

        /// <summary>What every derivation document says before its steps: where the equations come from, and the notation.</summary>
        public static IReadOnlyList<Prose> Introduction { get; } = new[]
        {
            Prose.Of(
                "Every equation below was produced by Dmf's symbolic engine from ", InlineMath.Symbol("F"), " itself (differentials, ",
                "the product rule, the trace identity and a canonical simplifier); none is typed in."),
            Prose.Of(
                "Notation: ", InlineMath.Text("W_{j:i} = W_j ... W_i", "W_{j:i} = Wⱼ⋯Wᵢ", "W_{j:i} = W_{j} \\cdots W_{i}"), " for ",
                InlineMath.Same("j > i"), ", ",
                InlineMath.Text("<A, B> = tr(A^T B)", "⟨A, B⟩ = tr(AᵀB)", "\\langle A, B \\rangle = \\operatorname{tr}(A^{\\top} B)"), ", ",
                InlineMath.Text("||A||_F^2 = <A, A>", "‖A‖² = ⟨A, A⟩", "\\lVert A \\rVert_F^{2} = \\langle A, A \\rangle"), "; ",
                InlineMath.Symbol("Delta", "l"), " and ", InlineMath.Symbol("V", "l"), " are directions with the shape of ", InlineMath.Symbol("W", "l"), "."),
        };

        /// <summary>The title of the derivation documents.</summary>
        public static Prose Title(int depth) =>
            Prose.Of("Derivatives of ", InlineMath.Symbol("F"), " for depth ", InlineMath.Same(Invariant($"L = {depth}")));

        /// <summary>
        /// The step-by-step derivation: plain text (ASCII or Unicode) with each step's explanation, or for LaTeX a
        /// standalone document (article, amsmath) with a section per step, its explanation and its equations.
        /// </summary>
        public static string Steps(DmfDerivation derivation, IReadOnlyList<DerivationStep> steps, Notation notation)
        {
            if (notation == Notation.Latex)
            {
                return LatexDocument(derivation, steps);
            }

            var printer = ExpressionPrinter.For(notation);
            var abbreviations = UsedAbbreviations(derivation.Objective, steps.SelectMany(s => s.Equations));
            var builder = new StringBuilder();
            for (int k = 0; k < steps.Count; k++)
            {
                var step = steps[k];
                builder.Append("Step ").Append((k + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(step.Title.In(notation)).Append('\n');
                builder.Append("  ").Append(step.Explanation.In(notation)).Append('\n');
                foreach (var equation in step.Equations)
                {
                    builder.Append("    ").Append(Equation.Render(equation.Left, printer)).Append(" = ").Append(Equation.Render(equation.Right, printer)).Append('\n');
                }

                builder.Append('\n');
            }

            builder.Append(WhereClause(abbreviations, printer));
            return builder.ToString();
        }

        /// <summary>A Markdown document: the steps with LaTeX display math, then the abbreviations.</summary>
        public static string Markdown(DmfDerivation derivation, IReadOnlyList<DerivationStep> steps, DerivativeSelection selection)
        {
            string Text(Prose prose) => prose.Markup(MarkdownText, math => "$" + math + "$");
            var builder = new StringBuilder();
            builder.Append("# ").Append(Text(Title(derivation.Objective.Depth))).Append("\n\n");
            foreach (var paragraph in Introduction)
            {
                builder.Append(Text(paragraph)).Append("\n\n");
            }

            for (int k = 0; k < steps.Count; k++)
            {
                var step = steps[k];
                builder.Append("## Step ").Append((k + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Text(step.Title)).Append("\n\n");
                builder.Append(Text(step.Explanation)).Append("\n\n");
                builder.Append("$$\n\\begin{aligned}\n").Append(LatexLines.Body(LatexLines.AlignRows(step.Equations))).Append("\\end{aligned}\n$$\n\n");
            }

            var abbreviations = AbbreviationEquations(derivation.Objective, steps);
            if (abbreviations.Count > 0)
            {
                builder.Append("## Abbreviations\n\n$$\n\\begin{aligned}\n").Append(LatexLines.Body(LatexLines.AlignRows(abbreviations))).Append("\\end{aligned}\n$$\n");
            }

            return builder.ToString();
        }

        /// <summary>The abbreviations (E, D, W_{j:i}, …) the steps use, as equations name = definition.</summary>
        public static IReadOnlyList<Equation> AbbreviationEquations(DmfObjective objective, IReadOnlyList<DerivationStep> steps) =>
            Definitions(UsedAbbreviations(objective, steps.SelectMany(s => s.Equations)));

        private static IReadOnlyList<Equation> Definitions(IEnumerable<NamedMatrix> abbreviations) =>
            abbreviations.Select(a => new Equation(a, a.Definition)).ToList();

        /// <summary>Text in LaTeX: the characters LaTeX treats specially, escaped.</summary>
        public static string LatexText(string text)
        {
            var builder = new StringBuilder();
            foreach (char c in text)
            {
                builder.Append(c switch
                {
                    '\\' => "\\textbackslash{}",
                    '~' => "\\textasciitilde{}",
                    '^' => "\\textasciicircum{}",
                    '&' or '%' or '$' or '#' or '_' or '{' or '}' => "\\" + c,
                    _ => c.ToString(),
                });
            }

            return builder.ToString();
        }

        private static string MarkdownText(string text)
        {
            var builder = new StringBuilder();
            foreach (char c in text)
            {
                if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '$' || c == '|' || c == '<' || c == '[')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        private static string LatexDocument(DmfDerivation derivation, IReadOnlyList<DerivationStep> steps)
        {
            string Text(Prose prose) => prose.Markup(LatexText, math => "$" + math + "$");
            var builder = new StringBuilder();
            builder.Append("\\documentclass{article}\n\\usepackage{amsmath}\n\\allowdisplaybreaks\n");
            builder.Append("\\title{").Append(Text(Title(derivation.Objective.Depth))).Append("}\n\\date{}\n\\begin{document}\n\\maketitle\n\n");
            foreach (var paragraph in Introduction)
            {
                builder.Append(Text(paragraph)).Append("\n\n");
            }

            foreach (var step in steps)
            {
                builder.Append("\\section{").Append(Text(step.Title)).Append("}\n");
                builder.Append(Text(step.Explanation)).Append('\n');
                builder.Append(AlignBlock(step.Equations)).Append('\n');
            }

            var abbreviations = AbbreviationEquations(derivation.Objective, steps);
            if (abbreviations.Count > 0)
            {
                builder.Append("\\section*{Abbreviations}\n").Append(AlignBlock(abbreviations)).Append('\n');
            }

            builder.Append("\\end{document}\n");
            return builder.ToString();
        }

        private static string AlignBlock(IEnumerable<Equation> equations) =>
            "\\begin{align*}\n" + LatexLines.Body(LatexLines.AlignRows(equations)) + "\\end{align*}\n";

        private sealed record Section(NotationText Heading, IReadOnlyList<Equation> Equations);


        private static List<Section> SummarySections(DmfDerivation derivation, DerivativeSelection selection)
        {
            var objective = derivation.Objective;
            int depth = objective.Depth;
            var sections = new List<Section>
            {
                new Section(InlineMath.Same(Invariant($"F for depth L = {depth}")), new[] { Equation.Objective(objective.Loss) }),
            };
            if ((selection & DerivativeSelection.Gradient) != 0)
            {
                sections.Add(new Section(InlineMath.Same("Gradient"), Enumerable.Range(0, depth).Select(l => Equation.Gradient(l + 1, derivation.Gradient[l])).ToList()));
            }

            var hessian = new List<Equation>();
            if ((selection & DerivativeSelection.HessianForm) != 0)
            {
                hessian.Add(Equation.SecondDifferential(derivation.HessianQuadraticForm));
            }

            if ((selection & DerivativeSelection.HessianOperator) != 0)
            {
                hessian.Add(Equation.BilinearForm(derivation.HessianBilinearForm));
                hessian.AddRange(Enumerable.Range(0, depth).Select(l => Equation.HessianVector(l + 1, derivation.HessianVectorProduct[l])));
            }

            if (hessian.Count > 0)
            {
                sections.Add(new Section(
                    new NotationText(
                        "Hessian, as an operator (Delta_l and V_l have the shape of W_l)",
                        "Hessian, as an operator (Δₗ and Vₗ have the shape of Wₗ)",
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

        // An align* block of the results; the abbreviations follow in a second block after the word "where" (text
        // between blocks: \intertext is amsmath-only and KaTeX rejects it).
        private static string LatexSummary(IEnumerable<Equation> equations, IReadOnlyList<NamedMatrix> abbreviations)
        {
            string results = AlignBlock(equations);
            return abbreviations.Count == 0 ? results : results + "where\n" + AlignBlock(Definitions(abbreviations));
        }
    }
}
