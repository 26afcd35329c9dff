namespace Dmf.Symbolic.Expressions
{
    /// <summary>The squared Frobenius norm ‖A‖_F² = ⟨A, A⟩.</summary>
    public sealed record SquaredNorm(MatrixExpression Operand) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
