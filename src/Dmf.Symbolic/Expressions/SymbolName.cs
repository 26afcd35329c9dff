namespace Dmf.Symbolic.Expressions
{
    /// <summary>
    /// A printable mathematical name: a base ("W", "lambda", "Delta", "Y", "E", "d") and an optional
    /// subscript ("3", "3:1"). Printers decide how each renders (W_3, W₃, W_{3}; lambda_1, λ₁, \lambda_{1}).
    /// </summary>
    public sealed record SymbolName(string Base, string? Subscript = null)
    {
        /// <summary>A name with an integer subscript.</summary>
        public static SymbolName Indexed(string @base, int index) =>
            new SymbolName(@base, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>ASCII form, e.g. "W_3", "W_{3:1}", "Y".</summary>
        public override string ToString() =>
            Subscript is null ? Base : Subscript.Length == 1 ? $"{Base}_{Subscript}" : $"{Base}_{{{Subscript}}}";
    }
}
