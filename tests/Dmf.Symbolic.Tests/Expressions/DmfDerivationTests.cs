using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Evaluation;
using Dmf.Symbolic.Expressions.Simplification;

namespace Dmf.Symbolic.Tests.Expressions;

public class DmfDerivationTests
{
    /// <summary>docs/theory.md §1: ∇_{W_l} F = 2 W_{L:l+1}ᵀ E W_{l−1:1}ᵀ + 2 λ_l W_l, built by hand from nodes.</summary>
    private static MatrixExpression ClosedFormGradient(DmfObjective o, int l)
    {
        int depth = o.Depth;
        var factors = new List<MatrixExpression>();
        if (l < depth)
        {
            factors.Add(Expr.Transpose(Expr.Product(Enumerable.Range(l + 1, depth - l).Reverse().Select(k => (MatrixExpression)o.Layers[k - 1]))));
        }

        factors.Add(o.Residual);
        if (l > 1)
        {
            factors.Add(Expr.Transpose(Expr.Product(Enumerable.Range(1, l - 1).Reverse().Select(k => (MatrixExpression)o.Layers[k - 1]))));
        }

        return Expr.Sum(Expr.Scale(2, Expr.Product(factors)), Expr.Scale(Expr.Multiply(Expr.Constant(2), o.Regularizations[l - 1]), o.Layers[l - 1]));
    }

    /// <summary>docs/theory.md §1: d²F[Δ, Δ] = 2‖D‖² + 4⟨E, Σ_{i&lt;j} W_{L:j+1} Δ_j W_{j−1:i+1} Δ_i W_{i−1:1}⟩ + 2 Σ λ_l ‖Δ_l‖².</summary>
    private static ScalarExpression ClosedFormHessian(DmfObjective o)
    {
        int depth = o.Depth;
        MatrixExpression Slice(int from, int to, int replaceA, int replaceB) =>
            Expr.Product(Enumerable.Range(1, depth).Reverse().Select(k => (MatrixExpression)(k == replaceA || k == replaceB ? o.Directions[k - 1] : o.Layers[k - 1])));
        var d = Expr.Sum(Enumerable.Range(1, depth).Select(l => Slice(1, depth, l, -1)));
        var pairs = Expr.Sum(from j in Enumerable.Range(1, depth) from i in Enumerable.Range(1, j - 1) select Slice(1, depth, j, i));
        return Expr.Add(new[]
        {
            Expr.Multiply(Expr.Constant(2), Expr.SquaredNorm(d)),
            Expr.Multiply(Expr.Constant(4), Expr.Inner(o.Residual, pairs)),
        }.Concat(Enumerable.Range(0, depth).Select(l => Expr.Multiply(Expr.Constant(2), o.Regularizations[l], Expr.SquaredNorm(o.Directions[l])))));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Derived_gradient_and_Hessian_equal_the_closed_forms_of_theory_section_1(int depth)
    {
        var objective = DmfObjective.Create(depth);
        var derivation = DmfCalculus.Derive(objective);
        var namer = DmfCalculus.Namer(objective);
        for (int l = 1; l <= depth; l++)
        {
            var closed = namer.Name(Simplifier.Simplify(ClosedFormGradient(objective, l)));
            Assert.Equal(closed.ToString(), derivation.Gradient[l - 1].ToString());
            Assert.Equal(closed, derivation.Gradient[l - 1]);
        }

        var hessian = namer.Name(Simplifier.Simplify(ClosedFormHessian(objective)));
        Assert.Equal(hessian.ToString(), derivation.HessianQuadraticForm.ToString());
    }

    [Theory]
    [InlineData(2, new[] { 3, 2, 4 }, 11)]
    [InlineData(2, new[] { 1, 1, 1 }, 12)]
    [InlineData(3, new[] { 2, 3, 1, 2 }, 13)]
    [InlineData(3, new[] { 4, 1, 3, 1 }, 14)]
    [InlineData(4, new[] { 2, 3, 3, 2, 2 }, 15)]
    [InlineData(5, new[] { 1, 2, 3, 2, 1, 3 }, 16)]
    [InlineData(6, new[] { 3, 2, 1, 2, 3, 2, 1 }, 17)]
    public void Derived_expressions_match_central_finite_differences(int depth, int[] widths, int seed)
    {
        // Central differences with h = 1e-5 have truncation error ~h² and rounding ~1e-16/h: 1e-8 leaves a wide margin.
        var result = DerivativeCheck.Run(DmfCalculus.Derive(DmfObjective.Create(depth)), seed, widths);
        Assert.True(result.GradientError < 1e-8, $"gradient error {result.GradientError}");
        Assert.True(result.HessianFormError < 1e-8, $"Hessian form error {result.HessianFormError}");
        Assert.True(result.HessianVectorError < 1e-8, $"Hessian-vector error {result.HessianVectorError}");
        Assert.True(result.BilinearError < 1e-12, $"bilinear error {result.BilinearError}");
    }

    [Fact]
    public void Output_is_stable_and_canonical()
    {
        var first = DmfCalculus.Derive(DmfObjective.Create(4));
        var second = DmfCalculus.Derive(DmfObjective.Create(4));
        Assert.Equal(first.HessianBilinearForm.ToString(), second.HessianBilinearForm.ToString());
        Assert.Equal(string.Join("\n", first.HessianVectorProduct), string.Join("\n", second.HessianVectorProduct));
        foreach (var g in first.Gradient)
        {
            Assert.Equal(g.ToString(), Simplifier.Simplify(g).ToString()); // a fixed point
        }
    }

    [Fact]
    public void Natural_order_keeps_layer_ten_after_layer_nine()
    {
        var derivation = DmfCalculus.Derive(DmfObjective.Create(11), DerivativeSelection.Gradient);
        string differential = derivation.Differential.ToString();
        int nine = differential.IndexOf("lambda_9*", StringComparison.Ordinal);
        int ten = differential.IndexOf("lambda_{10}*", StringComparison.Ordinal);
        Assert.True(nine > 0 && ten > nine, differential);
        Assert.Equal("2*E*W_{10:1}^T + 2*lambda_{11}*W_{11}", derivation.Gradient[10].ToString());
    }

    [Fact]
    public void Depth_outside_2_to_64_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DmfObjective.Create(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DmfObjective.Create(65));
    }
}

public class DenseHessianTests
{
    [Fact]
    public void Assembled_Hessian_is_symmetric_and_matches_the_quadratic_form()
    {
        var derivation = DmfCalculus.Derive(DmfObjective.Create(3));
        var random = new Random(5);
        int[] widths = { 2, 3, 1, 2 };
        DenseMatrix<double> RandomMatrix(int r, int c) => DenseMatrix<double>.Create(r, c, (_, _) => (2 * random.NextDouble()) - 1);
        var layers = Enumerable.Range(1, 3).Select(l => RandomMatrix(widths[l], widths[l - 1])).ToList();
        var data = RandomMatrix(widths[3], widths[0]);
        var lambdas = new[] { 0.5, 0.8, 1.2 };
        var h = DenseHessian.Assemble(derivation, layers, data, lambdas);
        int n = h.GetLength(0);
        Assert.Equal((3 * 2) + (1 * 3) + (2 * 1), n);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(h[i, j], h[j, i], 12); // symmetric to 1e-12 (exactly symmetric in exact arithmetic)
            }
        }

        // Δᵀ H Δ equals the derived quadratic form d²F[Δ, Δ] at the same point.
        var delta = Enumerable.Range(1, 3).Select(l => RandomMatrix(widths[l], widths[l - 1])).ToList();
        var flat = delta.SelectMany(m => Enumerable.Range(0, m.Rows * m.Columns).Select(k => m[k / m.Columns, k % m.Columns])).ToArray();
        double quadratic = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                quadratic += flat[i] * h[i, j] * flat[j];
            }
        }

        var environment = new EvaluationEnvironment<double>().Bind(derivation.Objective.Data, data);
        for (int l = 0; l < 3; l++)
        {
            environment.Bind(derivation.Objective.Layers[l], layers[l]).Bind(derivation.Objective.Regularizations[l], lambdas[l]).Bind(derivation.Objective.Directions[l], delta[l]);
        }

        double form = new ExpressionEvaluator<double>(DoubleArithmetic.Instance, environment).Evaluate(derivation.HessianQuadraticForm);
        Assert.Equal(form, quadratic, 10);
    }
}
