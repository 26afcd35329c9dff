using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Simplification;

namespace Dmf.Symbolic.Tests.Expressions;

public class ExpressionTests
{
    private static readonly Dimension A = Dimension.Width(0);
    private static readonly Dimension B = Dimension.Width(1);
    private static readonly Dimension C = Dimension.Width(2);
    private static readonly MatrixSymbol X = Expr.Symbol(new SymbolName("X"), new Shape(B, A), SymbolRole.Parameter);
    private static readonly MatrixSymbol Z = Expr.Symbol(new SymbolName("Z"), new Shape(C, B), SymbolRole.Parameter);
    private static readonly MatrixSymbol M = Expr.Symbol(new SymbolName("M"), new Shape(C, A), SymbolRole.Data);

    [Fact]
    public void Shape_mismatch_names_both_operands_and_shapes()
    {
        var error = Assert.Throws<ShapeMismatchException>(() => Expr.Product(X, Z));
        Assert.Equal("Cannot multiply X (d_1 x d_0) by Z (d_2 x d_1): inner dimensions d_0 and d_2 differ.", error.Message);
        var sum = Assert.Throws<ShapeMismatchException>(() => Expr.Sum(X, Z));
        Assert.Contains("Cannot add X (d_1 x d_0) and Z (d_2 x d_1)", sum.Message);
        Assert.Throws<ShapeMismatchException>(() => Expr.Inner(X, M));
        Assert.Equal(new Shape(C, A), Expr.Product(Z, X).Shape);
        Assert.Equal(new Shape(A, C), Expr.Transpose(Expr.Product(Z, X)).Shape);
    }

    [Fact]
    public void Simplifier_folds_transposes_and_collects_terms()
    {
        var zx = Expr.Product(Z, X);
        var expression = Expr.Sum(Expr.Transpose(Expr.Transpose(zx)), Expr.Scale(3, zx), Expr.Scale(-4, zx), Expr.Product(zx, Expr.Identity(A)));
        Assert.Equal("Z*X", Simplifier.Simplify(expression).ToString());
        Assert.Equal("X^T*Z^T", Simplifier.Simplify(Expr.Transpose(zx)).ToString());
        Assert.Equal("0", Simplifier.Simplify(Expr.Difference(zx, zx)).ToString());

        // A sum inside a longer product stays a factor, with its rational content pulled out: X^T*(2*Z^T*M − 2*X^T... )
        var inside = Expr.Sum(Expr.Scale(2, Expr.Product(Expr.Transpose(Z), M)), Expr.Scale(-2, Expr.Product(X, Expr.Identity(A))));
        Assert.Equal("2*X^T*(Z^T*M - X)", Simplifier.Simplify(Expr.Product(Expr.Transpose(X), inside)).ToString());
    }

    [Fact]
    public void Inner_products_pull_out_scalars_and_recognize_norms()
    {
        var lambda = Expr.Scalar(SymbolName.Indexed("lambda", 1));
        var inner = Expr.Inner(Expr.Scale(Expr.Multiply(Expr.Constant(3), lambda), X), Expr.Scale(new BigRational(1, 2), X));
        Assert.Equal("3/2*lambda_1*||X||_F^2", Simplifier.Simplify(inner).ToString());
        Assert.Equal("4*||X||_F^2", Simplifier.Simplify(Expr.SquaredNorm(Expr.Scale(-2, X))).ToString());
        Assert.Equal("0", Simplifier.Simplify(Expr.Inner(X, Expr.Zero(X.Shape))).ToString());
    }

    [Fact]
    public void Differentials_follow_the_rules()
    {
        var dx = Expr.Symbol(SymbolName.Indexed("Delta", 1), X.Shape, SymbolRole.Direction);
        var directions = new DirectionMap(new[] { (X, dx) });
        var f = Expr.SquaredNorm(Expr.Difference(Expr.Product(Expr.Transpose(X), X), Expr.Identity(A)));
        var df = Simplifier.Simplify(Differentiator.Differentiate(f, directions));
        Assert.Equal("2*<X^T*X - I, Delta_1^T*X + X^T*Delta_1>", df.ToString());
        Assert.Equal("0", Simplifier.Simplify(Differentiator.Differentiate(Expr.SquaredNorm(M), directions)).ToString());
        var gradient = LinearFormGradient.Extract(df, dx);
        Assert.Equal("4*X*(X^T*X - I)", gradient.ToString());
    }

    [Fact]
    public void A_form_quadratic_in_the_direction_is_rejected_by_gradient_extraction()
    {
        var dx = Expr.Symbol(SymbolName.Indexed("Delta", 1), X.Shape, SymbolRole.Direction);
        Assert.Throws<ArgumentException>(() => LinearFormGradient.Extract(Expr.SquaredNorm(dx), dx));
    }

    [Fact]
    public void Printers_in_three_notations()
    {
        var lambda = Expr.Scalar(SymbolName.Indexed("lambda", 2));
        var e = Expr.Sum(Expr.Transpose(Expr.Product(Z, X)), Expr.Scale(Expr.Multiply(Expr.Constant(new BigRational(-1, 2)), lambda), Expr.Transpose(M)));
        Assert.Equal("(Z*X)^T - 1/2*lambda_2*M^T", ExpressionPrinter.Ascii.Print(e));
        Assert.Equal("(ZX)ᵀ - 1/2λ₂Mᵀ", ExpressionPrinter.Unicode.Print(e));
        Assert.Equal("(Z X)^{\\top} - \\frac{1}{2} \\lambda_{2} M^{\\top}", ExpressionPrinter.Latex.Print(e));
    }
}
