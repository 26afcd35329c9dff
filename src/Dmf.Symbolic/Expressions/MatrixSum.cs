namespace Dmf.Symbolic.Expressions
{
    /// <summary>An n-ary sum of matrices of one shape.</summary>
    public sealed record MatrixSum(EquatableArray<MatrixExpression> Terms) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Terms[0].Shape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
