namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>
    /// Small math for prose, in the three notations: a symbol with a generic subscript (W_l, Δ_l, d_{l−1}), or a
    /// fragment written three ways. Unicode uses subscript letters and digits where Unicode has them (Wₗ, dₗ₋₁).
    /// </summary>
    internal static class InlineMath
    {
        /// <summary>A symbol (W, Delta, lambda, d, …) with an optional subscript of letters, digits, + and −.</summary>
        public static NotationText Symbol(string @base, string? subscript = null)
        {
            string unicodeBase = @base switch { "lambda" => "λ", "Delta" => "Δ", "nabla" => "∇", _ => @base };
            string latexBase = @base switch { "lambda" => "\\lambda", "Delta" => "\\Delta", "nabla" => "\\nabla", _ => @base };
            if (subscript is null)
            {
                return new NotationText(@base, unicodeBase, latexBase);
            }

            string ascii = subscript.Length == 1 ? $"{@base}_{subscript}" : $"{@base}_({subscript})";
            string unicode = subscript.All(c => Subscripts.IndexOf(c) >= 0)
                ? unicodeBase + new string(subscript.Select(c => SubscriptGlyphs[Subscripts.IndexOf(c)]).ToArray())
                : $"{unicodeBase}_{{{subscript}}}";
            return new NotationText(ascii, unicode, $"{latexBase}_{{{subscript}}}");
        }

        /// <summary>A fragment written three ways.</summary>
        public static NotationText Text(string ascii, string unicode, string latex) => new NotationText(ascii, unicode, latex);

        /// <summary>Math written the same in every notation ("L = 3", "j > i").</summary>
        public static NotationText Same(string text) => new NotationText(text, text, text);

        private const string Subscripts = "0123456789+-aehijklmnoprstuvx";
        private const string SubscriptGlyphs = "₀₁₂₃₄₅₆₇₈₉₊₋ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    }
}
