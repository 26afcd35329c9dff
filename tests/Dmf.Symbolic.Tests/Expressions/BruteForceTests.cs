using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Evaluation;
using Dmf.Symbolic.Tests.Support;

namespace Dmf.Symbolic.Tests.Expressions;

/// <summary>
/// Differential test against brute force: for tiny shapes, F is expanded entry-wise into a multivariate
/// polynomial with exact rational coefficients (by evaluating F with symbolic entries), differentiated term by
/// term, and compared with the matrix-calculus gradient and Hessian evaluated in exact rationals — equal, not close.
/// </summary>
public class BruteForceTests
{
    [Theory]
    [InlineData(2, new[] { 2, 2, 2 }, 1)]
    [InlineData(2, new[] { 1, 2, 2 }, 2)]
    [InlineData(3, new[] { 2, 1, 2, 2 }, 3)]
    [InlineData(3, new[] { 2, 2, 2, 1 }, 4)]
    public void Gradient_and_Hessian_equal_term_by_term_derivatives_exactly(int depth, int[] widths, int seed)
    {
        var objective = DmfObjective.Create(depth);
        var derivation = DmfCalculus.Derive(objective);
        var random = new Random(seed);
        BigRational RandomRational() => new BigRational(random.Next(-9, 10), random.Next(1, 7));
        DenseMatrix<BigRational> RandomMatrix(int rows, int columns) => DenseMatrix<BigRational>.Create(rows, columns, (_, _) => RandomRational());

        // Variables: every entry of every W_l, in layer-major, row-major order.
        var slots = new List<(int Layer, int Row, int Column)>();
        for (int l = 1; l <= depth; l++)
        {
            for (int i = 0; i < widths[l]; i++)
            {
                for (int j = 0; j < widths[l - 1]; j++)
                {
                    slots.Add((l, i, j));
                }
            }
        }

        int n = slots.Count;
        var data = RandomMatrix(widths[depth], widths[0]);
        var lambdas = Enumerable.Range(0, depth).Select(_ => new BigRational(random.Next(1, 9), random.Next(1, 5))).ToList();
        var point = Enumerable.Range(0, n).Select(_ => RandomRational()).ToList();

        // F as a polynomial in the n entries.
        var symbolic = new EvaluationEnvironment<MultivariatePolynomial>().Bind(objective.Data, data.Map(c => MultivariatePolynomial.Constant(n, c)));
        for (int l = 1; l <= depth; l++)
        {
            int layer = l;
            symbolic.Bind(objective.Layers[l - 1], DenseMatrix<MultivariatePolynomial>.Create(widths[l], widths[l - 1],
                (i, j) => MultivariatePolynomial.Variable(n, slots.IndexOf((layer, i, j)))));
            symbolic.Bind(objective.Regularizations[l - 1], MultivariatePolynomial.Constant(n, lambdas[l - 1]));
        }

        var f = new ExpressionEvaluator<MultivariatePolynomial>(new PolynomialArithmetic(n), symbolic).Evaluate(objective.Loss);
        Assert.True(f.TermCount > 1);

        // The derived expressions at the point, exactly, with Δ = e_a and V = e_b for the Hessian entries.
        ExpressionEvaluator<BigRational> At(int a, int b)
        {
            var environment = new EvaluationEnvironment<BigRational>().Bind(objective.Data, data);
            for (int l = 1; l <= depth; l++)
            {
                int layer = l;
                environment.Bind(objective.Layers[l - 1], DenseMatrix<BigRational>.Create(widths[l], widths[l - 1], (i, j) => point[slots.IndexOf((layer, i, j))]));
                environment.Bind(objective.Regularizations[l - 1], lambdas[l - 1]);
                environment.Bind(objective.Directions[l - 1], DenseMatrix<BigRational>.Create(widths[l], widths[l - 1], (i, j) => slots.IndexOf((layer, i, j)) == a ? BigRational.One : BigRational.Zero));
                environment.Bind(objective.SecondDirections[l - 1], DenseMatrix<BigRational>.Create(widths[l], widths[l - 1], (i, j) => slots.IndexOf((layer, i, j)) == b ? BigRational.One : BigRational.Zero));
            }

            return new ExpressionEvaluator<BigRational>(RationalArithmetic.Instance, environment);
        }

        var exact = At(-1, -1);
        for (int a = 0; a < n; a++)
        {
            var (layer, row, column) = slots[a];
            var dfa = f.Derivative(a);
            Assert.Equal(dfa.Evaluate(point), exact.Evaluate(derivation.Gradient[layer - 1])[row, column]);
            for (int b = 0; b < n; b++)
            {
                var second = dfa.Derivative(b).Evaluate(point);
                var evaluator = At(a, b);
                Assert.Equal(second, evaluator.Evaluate(derivation.HessianBilinearForm));
                Assert.Equal(second, evaluator.Evaluate(derivation.HessianVectorProduct[layer - 1])[row, column]);
                if (a == b)
                {
                    Assert.Equal(second, evaluator.Evaluate(derivation.HessianQuadraticForm));
                }
            }
        }
    }
}
