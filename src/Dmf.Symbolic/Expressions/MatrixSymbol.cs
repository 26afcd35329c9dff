namespace Dmf.Symbolic.Expressions
{
    /// <summary>A named matrix: a parameter W_l, the data Y, or a direction Δ_l.</summary>
    public sealed record MatrixSymbol(SymbolName Name, Shape SymbolShape, SymbolRole Role) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => SymbolShape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
