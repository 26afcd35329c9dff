namespace Dmf.Symbolic.Expressions
{
    /// <summary>A scalar symbol such as λ_l (a constant under differentiation).</summary>
    public sealed record ScalarSymbol(SymbolName Name) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
