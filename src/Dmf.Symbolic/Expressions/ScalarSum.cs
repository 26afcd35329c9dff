namespace Dmf.Symbolic.Expressions
{
    /// <summary>An n-ary sum of scalars.</summary>
    public sealed record ScalarSum(EquatableArray<ScalarExpression> Terms) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
