namespace Dmf.Symbolic.Expressions
{
    /// <summary>A symbolic matrix dimension such as d_0 or d_3.</summary>
    public sealed record Dimension(SymbolName Name)
    {
        /// <summary>The width d_index.</summary>
        public static Dimension Width(int index) => new Dimension(SymbolName.Indexed("d", index));

        /// <inheritdoc/>
        public override string ToString() => Name.ToString();
    }
}
