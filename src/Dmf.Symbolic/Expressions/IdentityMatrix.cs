namespace Dmf.Symbolic.Expressions
{
    /// <summary>The identity of size n × n.</summary>
    public sealed record IdentityMatrix(Dimension Size) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => new Shape(Size, Size);

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
