namespace Dmf.Symbolic.Expressions
{
    /// <summary>An exact rational constant.</summary>
    public sealed record ScalarConstant(BigRational Value) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
