namespace Dmf.Symbolic.Expressions
{
    /// <summary>The Frobenius inner product ⟨A, B⟩ = tr(AᵀB) of two matrices of one shape.</summary>
    public sealed record InnerProduct(MatrixExpression Left, MatrixExpression Right) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
