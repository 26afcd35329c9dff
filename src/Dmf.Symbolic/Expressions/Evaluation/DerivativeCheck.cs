using Dmf.Symbolic.Expressions.Calculus;

namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>Checks a <see cref="DmfDerivation"/> numerically at a random point (fixed seed) with central finite differences.</summary>
    public static class DerivativeCheck
    {
        /// <summary>Step size of the central differences.</summary>
        public const double StepSize = 1e-5;

        /// <summary>
        /// Evaluates the derived expressions at random W, Y, λ, Δ, V (entries uniform in [−1, 1], λ_l in [0.1, 1.1])
        /// with widths <paramref name="widths"/> (default: random in 1..3, so width-1 layers occur) and compares.
        /// </summary>
        public static DerivativeCheckResult Run(DmfDerivation derivation, int seed, IReadOnlyList<int>? widths = null)
        {
            var objective = derivation.Objective;
            int depth = objective.Depth;
            var random = new Random(seed);
            widths ??= Enumerable.Range(0, depth + 1).Select(_ => random.Next(1, 4)).ToList();
            if (widths.Count != depth + 1 || widths.Any(w => w < 1))
            {
                throw new ArgumentException(Invariant($"Expected {depth + 1} positive widths, got [{string.Join(", ", widths.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]."), nameof(widths));
            }

            DenseMatrix<double> RandomMatrix(int rows, int columns) => DenseMatrix<double>.Create(rows, columns, (_, _) => (2 * random.NextDouble()) - 1);
            var layers = Enumerable.Range(1, depth).Select(l => RandomMatrix(widths[l], widths[l - 1])).ToList();
            var data = RandomMatrix(widths[depth], widths[0]);
            var lambdas = Enumerable.Range(0, depth).Select(_ => 0.1 + random.NextDouble()).ToList();
            var delta = Enumerable.Range(1, depth).Select(l => RandomMatrix(widths[l], widths[l - 1])).ToList();
            var v = Enumerable.Range(1, depth).Select(l => RandomMatrix(widths[l], widths[l - 1])).ToList();

            ExpressionEvaluator<double> At(IReadOnlyList<DenseMatrix<double>> w)
            {
                var environment = new EvaluationEnvironment<double>().Bind(objective.Data, data);
                for (int l = 0; l < depth; l++)
                {
                    environment.Bind(objective.Layers[l], w[l]).Bind(objective.Regularizations[l], lambdas[l])
                        .Bind(objective.Directions[l], delta[l]).Bind(objective.SecondDirections[l], v[l]);
                }

                return new ExpressionEvaluator<double>(DoubleArithmetic.Instance, environment);
            }

            var here = At(layers);
            double gradientError = double.NaN;
            double formError = double.NaN;
            double vectorError = double.NaN;
            double bilinearError = double.NaN;
            if (derivation.Gradient.Count == depth)
            {
                gradientError = 0;
                for (int l = 0; l < depth; l++)
                {
                    var derived = here.Evaluate(derivation.Gradient[l]);
                    for (int i = 0; i < derived.Rows; i++)
                    {
                        for (int j = 0; j < derived.Columns; j++)
                        {
                            double fd = CentralDifference(h => At(Shift(layers, l, i, j, h)).Evaluate(objective.Loss));
                            gradientError = Math.Max(gradientError, Error(derived[i, j], fd));
                        }
                    }
                }
            }

            if (derivation.HessianVectorProduct.Count == depth)
            {
                var gradient = Differentiator.Differentiate(objective.Loss, objective.AlongDirections);
                var gradientExpressions = objective.Directions.Select(d => LinearFormGradient.Extract(gradient, d)).ToList();
                formError = Error(
                    here.Evaluate(derivation.HessianQuadraticForm),
                    CentralDifference(h => Enumerable.Range(0, depth).Sum(l => Frobenius(At(Along(layers, delta, h)).Evaluate(gradientExpressions[l]), delta[l]))));

                vectorError = 0;
                double bilinearFromVector = 0;
                for (int l = 0; l < depth; l++)
                {
                    var derived = here.Evaluate(derivation.HessianVectorProduct[l]);
                    bilinearFromVector += Frobenius(derived, delta[l]);
                    int layer = l;
                    for (int i = 0; i < derived.Rows; i++)
                    {
                        for (int j = 0; j < derived.Columns; j++)
                        {
                            int row = i;
                            int column = j;
                            double fd = CentralDifference(h => At(Along(layers, v, h)).Evaluate(gradientExpressions[layer])[row, column]);
                            vectorError = Math.Max(vectorError, Error(derived[i, j], fd));
                        }
                    }
                }

                bilinearError = Error(here.Evaluate(derivation.HessianBilinearForm), bilinearFromVector);
            }

            return new DerivativeCheckResult(widths.ToList(), StepSize, gradientError, formError, vectorError, bilinearError);
        }

        private static double CentralDifference(Func<double, double> f) => (f(StepSize) - f(-StepSize)) / (2 * StepSize);

        private static double Error(double derived, double reference) => Math.Abs(derived - reference) / Math.Max(Math.Abs(reference), 1.0);

        private static double Frobenius(DenseMatrix<double> a, DenseMatrix<double> b)
        {
            double sum = 0;
            for (int i = 0; i < a.Rows; i++)
            {
                for (int j = 0; j < a.Columns; j++)
                {
                    sum += a[i, j] * b[i, j];
                }
            }

            return sum;
        }

        private static List<DenseMatrix<double>> Shift(List<DenseMatrix<double>> layers, int layer, int row, int column, double h) =>
            layers.Select((w, l) => l != layer ? w : DenseMatrix<double>.Create(w.Rows, w.Columns, (i, j) => w[i, j] + (i == row && j == column ? h : 0))).ToList();

        private static List<DenseMatrix<double>> Along(List<DenseMatrix<double>> layers, List<DenseMatrix<double>> direction, double h) =>
            layers.Select((w, l) => DenseMatrix<double>.Create(w.Rows, w.Columns, (i, j) => w[i, j] + (h * direction[l][i, j]))).ToList();
    }
}
