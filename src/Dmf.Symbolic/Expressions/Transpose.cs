namespace Dmf.Symbolic.Expressions
{
    /// <summary>Aᵀ.</summary>
    public sealed record Transpose(MatrixExpression Operand) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Operand.Shape.Transposed();

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
