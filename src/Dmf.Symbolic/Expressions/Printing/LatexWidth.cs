namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>
    /// An upper estimate of the width, in points at 10 pt Computer Modern, of the LaTeX math Dmf prints (symbols,
    /// sub- and superscripts, \langle, \lVert, \frac, binary operators): enough to decide where a long sum must break
    /// so that no line is wider than the text block. Glyph widths are Computer Modern's (cmmi10, cmr10, cmsy10),
    /// rounded up; scripts are set at 70 %. Not a typesetter: the estimate errs on the wide side.
    /// </summary>
    internal static class LatexWidth
    {
        private const double ScriptScale = 0.7;
        private const double BinaryOperator = 7.8 + (2 * 2.2);
        private const double Relation = 7.8 + (2 * 2.8);

        private static readonly Dictionary<string, double> Commands = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["\\langle"] = 3.9, ["\\rangle"] = 3.9, ["\\lVert"] = 5.0, ["\\rVert"] = 5.0, ["\\lambda"] = 5.9,
            ["\\Delta"] = 8.4, ["\\nabla"] = 8.4, ["\\top"] = 7.8, ["\\cdots"] = 13.4, ["\\ldots"] = 13.4,
            ["\\quad"] = 10.0, ["\\qquad"] = 20.0, ["\\sum"] = 10.6, ["\\partial"] = 5.8, ["\\otimes"] = 7.8 + 4.4,
            ["\\psi"] = 6.6, ["\\sigma"] = 5.8, ["\\mathrm"] = 0, ["\\operatorname"] = 0, ["\\,"] = 1.7, ["\\;"] = 2.8,
            ["\\frac"] = 0, ["\\left"] = 0, ["\\right"] = 0,
        };

        /// <summary>The estimated width of <paramref name="latex"/> (math mode), in points.</summary>
        public static double Of(string latex)
        {
            int position = 0;
            return Group(latex ?? throw new ArgumentNullException(nameof(latex)), ref position, endAtBrace: false);
        }

        private static double Group(string text, ref int i, bool endAtBrace)
        {
            double width = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '}' && endAtBrace)
                {
                    i++;
                    return width;
                }

                if (c == '{')
                {
                    i++;
                    width += Group(text, ref i, endAtBrace: true);
                    continue;
                }

                if (c == '_' || c == '^')
                {
                    i++;
                    width += ScriptScale * Atom(text, ref i);
                    continue;
                }

                if (c == '\\')
                {
                    width += Command(text, ref i);
                    continue;
                }

                i++;
                width += Glyph(c);
            }

            return width;
        }

        // One argument: a braced group, a command, or a single character.
        private static double Atom(string text, ref int i)
        {
            if (i >= text.Length)
            {
                return 0;
            }

            if (text[i] == '{')
            {
                i++;
                return Group(text, ref i, endAtBrace: true);
            }

            if (text[i] == '\\')
            {
                return Command(text, ref i);
            }

            return Glyph(text[i++]);
        }

        private static double Command(string text, ref int i)
        {
            int start = i++;
            if (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
                return Commands.TryGetValue(text.Substring(start, 2), out double symbol) ? symbol : 5.0;
            }

            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            string name = text.Substring(start, i - start);
            if (name == "\\frac")
            {
                double numerator = ScriptScale * Atom(text, ref i);
                double denominator = ScriptScale * Atom(text, ref i);
                return Math.Max(numerator, denominator) + 2.4;
            }

            return Commands.TryGetValue(name, out double width) ? width : 8.4;
        }

        private static double Glyph(char c)
        {
            if (c == ' ')
            {
                return 0;
            }

            if (c == '+' || c == '-')
            {
                return BinaryOperator;
            }

            if (c == '=')
            {
                return Relation;
            }

            if (c == 'W' || c == 'M')
            {
                return 10.5;
            }

            if (char.IsUpper(c))
            {
                return 8.4;
            }

            if (char.IsLetter(c))
            {
                return 6.0;
            }

            if (char.IsDigit(c))
            {
                return 5.0;
            }

            return c == ',' || c == ';' ? 4.5 : 3.9;
        }
    }
}
