using System.Globalization;
using System.Text;
using Dmf.Symbolic.Expressions;

namespace Dmf.Emission.Lowering
{
    /// <summary>
    /// A product's factors as a provenance comment, in the notation of the header and of docs/theory.md: a run of
    /// consecutive layers W_j·W_{j−1}⋯W_i is written W_{j:i} and W_iᵀ⋯W_jᵀ as W_{j:i}^T, so a comment names a product of
    /// any depth in a few characters. The layers come from the <see cref="SymbolTable"/> (structure, not printed names);
    /// other factors print as themselves. Display only.
    /// </summary>
    internal static class WordText
    {
        public static string Of(IReadOnlyList<MatrixExpression> word, SymbolTable symbols)
        {
            var text = new StringBuilder();
            int k = 0;
            while (k < word.Count)
            {
                if (text.Length > 0)
                {
                    text.Append('*');
                }

                var (layer, transposed) = Layer(word[k], symbols);
                if (layer is null)
                {
                    text.Append(ExpressionPrinter.Ascii.Print(word[k]));
                    k++;
                    continue;
                }

                int step = transposed ? 1 : -1;
                int end = k + 1;
                while (end < word.Count && Layer(word[end], symbols) is var (next, nextTransposed) && next == layer + (step * (end - k)) && nextTransposed == transposed)
                {
                    end++;
                }

                int first = layer.Value, last = layer.Value + (step * (end - k - 1));
                int high = System.Math.Max(first, last), low = System.Math.Min(first, last);
                text.Append(high == low ? Indexed("W", high) : string.Format(CultureInfo.InvariantCulture, "W_{{{0}:{1}}}", high, low));
                if (transposed)
                {
                    text.Append("^T");
                }

                k = end;
            }

            return text.ToString();
        }

        private static (int? Layer, bool Transposed) Layer(MatrixExpression factor, SymbolTable symbols) => factor switch
        {
            MatrixSymbol { Role: SymbolRole.Parameter } s => (symbols.LayerOf(s), false),
            Transpose { Operand: MatrixSymbol { Role: SymbolRole.Parameter } s } => (symbols.LayerOf(s), true),
            _ => (null, false),
        };

        /// <summary>A letter with a layer subscript as the comments print it: W_3, V_3, W_{12}.</summary>
        internal static string Indexed(string letter, int layer) =>
            letter + "_" + (layer < 10 ? layer.ToString(CultureInfo.InvariantCulture) : "{" + layer.ToString(CultureInfo.InvariantCulture) + "}");
    }
}
