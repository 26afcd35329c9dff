using System;
using System.Linq;
using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Symbolic.Expressions
{
    /// <summary>What a matrix symbol stands for; decides what differentiation and printing do with it.</summary>
    public enum SymbolRole
    {
        /// <summary>A variable being differentiated (the layers W_l).</summary>
        Parameter,

        /// <summary>Constant data (Y).</summary>
        Data,

        /// <summary>A direction of a directional derivative (Δ_l, V_l); constant under differentiation.</summary>
        Direction,
    }

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

    /// <summary>A named matrix: a parameter W_l, the data Y, or a direction Δ_l.</summary>
    public sealed record MatrixSymbol(SymbolName Name, Shape SymbolShape, SymbolRole Role) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => SymbolShape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>An ordered n-ary product A_1 A_2 ⋯ A_n (n ≥ 2 after construction through <see cref="Expr"/>).</summary>
    public sealed record MatrixProduct(EquatableArray<MatrixExpression> Factors) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => new Shape(Factors[0].Shape.Rows, Factors[Factors.Count - 1].Shape.Columns);

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>An n-ary sum of matrices of one shape.</summary>
    public sealed record MatrixSum(EquatableArray<MatrixExpression> Terms) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Terms[0].Shape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>Aᵀ.</summary>
    public sealed record Transpose(MatrixExpression Operand) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Operand.Shape.Transposed();

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>c·A for a scalar expression c.</summary>
    public sealed record ScalarMultiple(ScalarExpression Scalar, MatrixExpression Operand) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Operand.Shape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>The identity of size n × n.</summary>
    public sealed record IdentityMatrix(Dimension Size) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => new Shape(Size, Size);

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>The zero matrix of a shape.</summary>
    public sealed record ZeroMatrix(Shape ZeroShape) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => ZeroShape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>
    /// An abbreviation: a name standing for a definition (W_{j:i} = W_j⋯W_i, E = W_{L:1} − Y,
    /// D = d(W_{L:1})[Δ]). Prints as its name; evaluates and differentiates as its definition.
    /// </summary>
    public sealed record NamedMatrix(SymbolName Name, MatrixExpression Definition) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Definition.Shape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }

    /// <summary>An unevaluated differential d(A)[directions] — shown in step-by-step derivations before a rule is applied.</summary>
    public sealed record MatrixDifferential(MatrixExpression Operand) : MatrixExpression
    {
        /// <inheritdoc/>
        public override Shape Shape => Operand.Shape;

        /// <inheritdoc/>
        public override string ToString() => base.ToString();
    }
}
