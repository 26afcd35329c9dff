using System.Text;

namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>
    /// A sentence with inline math: text parts, and math parts that are expressions or <see cref="NotationText"/>s,
    /// printed in the target's own notation (ASCII, Unicode, or LaTeX inside the markup's math delimiters). One
    /// definition of each explanation, rendered into every format.
    /// </summary>
    internal sealed class Prose
    {
        private readonly object[] _parts;

        private Prose(object[] parts) => _parts = parts;

        /// <summary>A sentence of strings (text) and math (<see cref="NotationText"/>, matrix or scalar expressions).</summary>
        public static Prose Of(params object[] parts)
        {
            if (parts is null || parts.Any(p => !(p is string || p is NotationText || p is MatrixExpression || p is ScalarExpression)))
            {
                throw new ArgumentException("Prose parts are strings, NotationText or expressions.", nameof(parts));
            }

            return new Prose((object[])parts.Clone());
        }

        /// <summary>Plain text: the math printed in <paramref name="notation"/> (ASCII or Unicode).</summary>
        public string In(Notation notation)
        {
            var printer = ExpressionPrinter.For(notation);
            return Render(text => text, math => Equation.Render(math, printer));
        }

        /// <summary>
        /// Markup: each text part passed through <paramref name="text"/> (escaping), each math part printed in LaTeX and
        /// passed through <paramref name="math"/> (e.g. wrapped in $…$).
        /// </summary>
        public string Markup(Func<string, string> text, Func<string, string> math)
        {
            if (text is null || math is null)
            {
                throw new ArgumentNullException(text is null ? nameof(text) : nameof(math));
            }

            return Render(text, part => math(Equation.Render(part, ExpressionPrinter.Latex)));
        }

        /// <summary>The math parts printed in LaTeX (for checks that every fragment renders).</summary>
        public IEnumerable<string> LatexFragments() =>
            _parts.Where(p => !(p is string)).Select(p => Equation.Render(p, ExpressionPrinter.Latex));

        private string Render(Func<string, string> text, Func<object, string> math)
        {
            var builder = new StringBuilder();
            foreach (var part in _parts)
            {
                builder.Append(part is string s ? text(s) : math(part));
            }

            return builder.ToString();
        }
    }
}
