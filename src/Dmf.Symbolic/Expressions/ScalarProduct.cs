namespace Dmf.Symbolic.Expressions
{
    /// <summary>An n-ary product of scalars.</summary>
    public sealed record ScalarProduct(EquatableArray<ScalarExpression> Factors) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
