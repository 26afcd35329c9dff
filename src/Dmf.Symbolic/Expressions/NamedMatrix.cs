namespace Dmf.Symbolic.Expressions
{
    /// <summary>
    /// An abbreviation: a name standing for a definition (W_{j:i} = W_j⋯W_i, E = W_{L:1} − Y,
    /// D = d(W_{L:1})[Δ]). Prints as its name; evaluates and differentiates as its definition.
    /// </summary>
    public sealed record NamedMatrix(SymbolName Name, MatrixExpression Definition) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Definition.Shape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
