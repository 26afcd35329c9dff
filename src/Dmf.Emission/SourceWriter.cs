using System.Text;

namespace Dmf.Emission
{
    /// <summary>
    /// Writes source lines with tracked indentation (4 spaces a level) and '\n' line ends. Long method headers and
    /// long sums are broken at their top-level separators (<see cref="Open"/>, <see cref="Wrapped"/>), so no line
    /// exceeds <see cref="MaxLineLength"/> characters unless a single term does.
    /// </summary>
    internal sealed class SourceWriter
    {
        /// <summary>The longest line the writer breaks down to.</summary>
        public const int MaxLineLength = 200;

        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;
        private int _lines;

        /// <summary>The 1-based number of the line the next <see cref="Line"/> writes.</summary>
        public int NextLine => _lines + 1;

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4).Append(text);
            }

            _builder.Append('\n');
            _lines++;
        }

        public void Open(string header)
        {
            int open = header.IndexOf('(');
            if ((_indent * 4) + header.Length > MaxLineLength && open > 0 && header.EndsWith(")", System.StringComparison.Ordinal))
            {
                // One parameter a line, indented one level more than the header.
                var parameters = SplitTopLevel(header.Substring(open + 1, header.Length - open - 2), ", ");
                Line(header.Substring(0, open + 1));
                _indent++;
                for (int i = 0; i < parameters.Count; i++)
                {
                    Line(parameters[i] + (i + 1 < parameters.Count ? "," : ")"));
                }

                _indent--;
            }
            else
            {
                Line(header);
            }

            Line("{");
            _indent++;
        }

        /// <summary>
        /// prefix + expression + suffix as one line, or — past <see cref="MaxLineLength"/> — the expression broken before
        /// each top-level " + ", the continuation lines indented one level more.
        /// </summary>
        public void Wrapped(string prefix, string expression, string suffix)
        {
            if ((_indent * 4) + prefix.Length + expression.Length + suffix.Length <= MaxLineLength)
            {
                Line(prefix + expression + suffix);
                return;
            }

            var terms = SplitTopLevel(expression, " + ");
            Line(prefix + terms[0]);
            _indent++;
            for (int i = 1; i < terms.Count; i++)
            {
                Line("+ " + terms[i] + (i + 1 < terms.Count ? string.Empty : suffix));
            }

            _indent--;
            if (terms.Count == 1)
            {
                Line(suffix);
            }
        }

        /// <summary>The parts of text between top-level (outside parentheses, brackets and angle brackets) occurrences of separator.</summary>
        private static System.Collections.Generic.List<string> SplitTopLevel(string text, string separator)
        {
            var parts = new System.Collections.Generic.List<string>();
            int depth = 0, start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '(' || c == '[' || c == '<')
                {
                    depth++;
                }
                else if (c == ')' || c == ']' || c == '>')
                {
                    depth--;
                }
                else if (depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
                {
                    parts.Add(text.Substring(start, i - start));
                    start = i + separator.Length;
                    i += separator.Length - 1;
                }
            }

            parts.Add(text.Substring(start));
            return parts;
        }

        /// <summary>Opens a bare block (a new scope for locals).</summary>
        public void OpenBlock()
        {
            Line("{");
            _indent++;
        }

        public void Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
