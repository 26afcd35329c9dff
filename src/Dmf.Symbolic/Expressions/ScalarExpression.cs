
namespace Dmf.Symbolic.Expressions
{
    /// <summary>A scalar-valued expression (constants, symbols λ_l, inner products, squared norms). Immutable, structural equality.</summary>
    public abstract record ScalarExpression
    {
        /// <summary>Plain ASCII text.</summary>
        public override string ToString() => ExpressionPrinter.Ascii.Print(this);
    }

}
