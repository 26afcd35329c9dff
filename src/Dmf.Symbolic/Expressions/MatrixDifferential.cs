namespace Dmf.Symbolic.Expressions
{
    /// <summary>An unevaluated differential d(A)[directions] — shown in step-by-step derivations before a rule is applied.</summary>
    public sealed record MatrixDifferential(MatrixExpression Operand) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Operand.Shape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
