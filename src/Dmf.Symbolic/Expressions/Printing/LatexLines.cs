using System.Text;

namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>
    /// Lays equations out as rows of an align-type environment (align*, aligned) so that no row is wider than the text
    /// block: a long right side breaks before a + or − of one of its sums (found by the printer's break marks, never
    /// inside a brace group), each continuation row indented by \quad under the first. The same rows serve LaTeX
    /// documents (amsmath), Markdown and HTML (KaTeX).
    /// </summary>
    internal static class LatexLines
    {
        /// <summary>The text block of LaTeX's article class at 10 pt, in points: 345 pt.</summary>
        public const double TextWidth = 345;

        private const double Continuation = 10;

        /// <summary>The rows "left &amp;= right" (continuations "&amp;\quad {}+ …"), without the row separators.</summary>
        public static IReadOnlyList<string> AlignRows(IEnumerable<Equation> equations)
        {
            var printer = ExpressionPrinter.LatexWithBreaks;
            var sides = equations.Select(e => (Left: Strip(Equation.Render(e.Left, printer)), Right: Equation.Render(e.Right, printer))).ToList();
            if (sides.Count == 0)
            {
                return new string[0];
            }

            double left = sides.Max(s => LatexWidth.Of(s.Left));
            // The estimate is close, not exact: keep a tenth of the block in reserve.
            double budget = (0.9 * TextWidth) - left - LatexWidth.Of("=");
            var rows = new List<string>();
            foreach (var (l, r) in sides)
            {
                var lines = Break(r, budget);
                rows.Add(l + " &= " + lines[0]);
                rows.AddRange(lines.Skip(1).Select(line => "&\\quad {}" + line));
            }

            return rows;
        }

        /// <summary>Rows joined with " \\" and newlines, as the body of an align-type environment.</summary>
        public static string Body(IEnumerable<string> rows) => string.Join(" \\\\\n", rows) + "\n";

        /// <summary>Printed LaTeX with the break marks removed.</summary>
        public static string Strip(string text) => text.Replace(ExpressionPrinter.BreakMark.ToString(), string.Empty);

        // Greedy: a piece goes on the current line while the line fits; a continuation line is \quad narrower.
        private static List<string> Break(string marked, double budget)
        {
            var pieces = Pieces(marked);
            var lines = new List<string>();
            var line = new StringBuilder(pieces[0]);
            for (int k = 1; k < pieces.Count; k++)
            {
                double room = lines.Count == 0 ? budget : budget - Continuation;
                if (LatexWidth.Of(line + pieces[k]) > room)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear().Append(pieces[k].TrimStart());
                }
                else
                {
                    line.Append(pieces[k]);
                }
            }

            lines.Add(line.ToString().TrimEnd());
            return lines;
        }

        // Splits at break marks outside brace groups; marks inside groups are dropped.
        private static List<string> Pieces(string marked)
        {
            var pieces = new List<string>();
            var piece = new StringBuilder();
            int depth = 0;
            foreach (char c in marked)
            {
                if (c == ExpressionPrinter.BreakMark)
                {
                    if (depth == 0)
                    {
                        pieces.Add(piece.ToString());
                        piece.Clear();
                    }

                    continue;
                }

                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                piece.Append(c);
            }

            pieces.Add(piece.ToString());
            return pieces;
        }
    }
}
