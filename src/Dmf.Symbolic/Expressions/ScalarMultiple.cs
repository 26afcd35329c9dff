namespace Dmf.Symbolic.Expressions
{
    /// <summary>c·A for a scalar expression c.</summary>
    public sealed record ScalarMultiple(ScalarExpression Scalar, MatrixExpression Operand) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Operand.Shape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
