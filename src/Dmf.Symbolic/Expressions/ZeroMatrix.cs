namespace Dmf.Symbolic.Expressions
{
    /// <summary>The zero matrix of a shape.</summary>
    public sealed record ZeroMatrix(Shape ZeroShape) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => ZeroShape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
