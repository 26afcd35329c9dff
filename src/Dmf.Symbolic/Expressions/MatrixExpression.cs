
namespace Dmf.Symbolic.Expressions
{
    /// <summary>
    /// A matrix-valued expression with a symbolic shape. Immutable; equality is structural. Build nodes through
    /// <see cref="Expr"/>, which checks shapes and throws <see cref="ShapeMismatchException"/> with a clear message.
    /// </summary>
    public abstract record MatrixExpression
    {
        /// <summary>The symbolic shape.</summary>
        public abstract Shape Shape { get; }

        /// <summary>Plain ASCII text (canonical for a given tree).</summary>
        public override string ToString() => ExpressionPrinter.Ascii.Print(this);
    }

}
