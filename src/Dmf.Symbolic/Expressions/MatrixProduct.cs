namespace Dmf.Symbolic.Expressions
{
    /// <summary>An ordered n-ary product A_1 A_2 ⋯ A_n (n ≥ 2 after construction through <see cref="Expr"/>).</summary>
    public sealed record MatrixProduct(EquatableArray<MatrixExpression> Factors) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => new Shape(Factors[0].Shape.Rows, Factors[Factors.Count - 1].Shape.Columns);

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
