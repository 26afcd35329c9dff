namespace Dmf.Symbolic.Expressions
{
    /// <summary>
    /// A mathematical name: a base ("W", "lambda", "Delta", "Y", "E", "D", "d") and its subscript as data — integer
    /// indices (W_3: [3]; the product W_{3:1}: [3, 1]) or a label (D_V: "V"), or none. Printers decide how each renders
    /// (W_3, W₃, W_{3}; W_{3:1}; lambda_1, λ₁, \lambda_{1}); equality and order read the indices as numbers.
    /// </summary>
    public sealed record SymbolName
    {
        /// <summary>A name with a label subscript (<paramref name="label"/>), or none.</summary>
        public SymbolName(string @base, string? label = null)
            : this(@base, EquatableArray<int>.Empty, label)
        {
        }

        private SymbolName(string @base, EquatableArray<int> indices, string? label)
        {
            Base = @base ?? throw new ArgumentNullException(nameof(@base));
            Indices = indices;
            Label = label;
        }

        /// <summary>The base.</summary>
        public string Base { get; }

        /// <summary>The integer indices of the subscript, outermost first (empty for none or a label).</summary>
        public EquatableArray<int> Indices { get; }

        /// <summary>A subscript that is not indices (D_V's "V"), or null.</summary>
        public string? Label { get; }

        /// <summary>The subscript as written: the indices joined by ':' ("3", "3:1"), the label, or null for none.</summary>
        public string? Subscript => Label ?? (Indices.Count == 0 ? null : string.Join(":", Indices.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        /// <summary>A name with integer indices: W_3 is Indexed("W", 3), the product W_{3:1} Indexed("W", 3, 1).</summary>
        public static SymbolName Indexed(string @base, params int[] indices) =>
            new SymbolName(@base, EquatableArray.Create(indices ?? throw new ArgumentNullException(nameof(indices))), null);

        /// <summary>ASCII form, e.g. "W_3", "W_{3:1}", "Y".</summary>
        public override string ToString() =>
            Subscript is not { } subscript ? Base : subscript.Length == 1 ? $"{Base}_{subscript}" : $"{Base}_{{{subscript}}}";
    }
}
