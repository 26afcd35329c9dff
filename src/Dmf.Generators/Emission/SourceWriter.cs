using System.Text;

namespace Dmf.Generators.Emission
{
    /// <summary>Writes source lines with tracked indentation (4 spaces a level) and '\n' line ends.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4).Append(text);
            }

            _builder.Append('\n');
        }

        public void Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
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
