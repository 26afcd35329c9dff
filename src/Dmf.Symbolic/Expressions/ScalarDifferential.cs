namespace Dmf.Symbolic.Expressions
{
    /// <summary>An unevaluated differential d(s)[directions] of a scalar — for step-by-step derivations.</summary>
    public sealed record ScalarDifferential(ScalarExpression Operand) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
