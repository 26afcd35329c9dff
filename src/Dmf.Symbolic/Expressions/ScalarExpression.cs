using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Symbolic.Expressions
{
    /// <summary>A scalar-valued expression (constants, symbols λ_l, inner products, squared norms). Immutable, structural equality.</summary>
    public abstract record ScalarExpression
    {
        /// <summary>Plain ASCII text.</summary>
        public override string ToString() => ExpressionPrinter.Ascii.Print(this);
    }

    /// <summary>An exact rational constant.</summary>
    public sealed record ScalarConstant(BigRational Value) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>A scalar symbol such as λ_l (a constant under differentiation).</summary>
    public sealed record ScalarSymbol(SymbolName Name) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>An n-ary sum of scalars.</summary>
    public sealed record ScalarSum(EquatableArray<ScalarExpression> Terms) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>An n-ary product of scalars.</summary>
    public sealed record ScalarProduct(EquatableArray<ScalarExpression> Factors) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>The Frobenius inner product ⟨A, B⟩ = tr(AᵀB) of two matrices of one shape.</summary>
    public sealed record InnerProduct(MatrixExpression Left, MatrixExpression Right) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>The squared Frobenius norm ‖A‖_F² = ⟨A, A⟩.</summary>
    public sealed record SquaredNorm(MatrixExpression Operand) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>An unevaluated differential d(s)[directions] of a scalar — for step-by-step derivations.</summary>
    public sealed record ScalarDifferential(ScalarExpression Operand) : ScalarExpression
    {
        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
