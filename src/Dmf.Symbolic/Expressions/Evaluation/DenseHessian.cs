using Dmf.Symbolic.Expressions.Calculus;

namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>
    /// Assembles the dense Hessian of F at a point, on request, from the derived Hessian-vector product: column k
    /// is HV with V the k-th unit direction. Parameters are ordered layer after layer (W_1 first), row-major within
    /// a layer. Meant for small problems and cross-checks: n parameters cost n evaluations of (HV)_1..(HV)_L.
    /// </summary>
    internal static class DenseHessian
    {
        /// <summary>
        /// The n × n Hessian at W with data Y and weights λ. Throws <see cref="ArgumentException"/> when the derivation
        /// has no Hessian-vector product or the counts of layers and weights do not match the depth.
        /// </summary>
        public static double[,] Assemble(DmfDerivation derivation, IReadOnlyList<DenseMatrix<double>> layers, DenseMatrix<double> data, IReadOnlyList<double> lambdas)
        {
            var objective = derivation.Objective;
            int depth = objective.Depth;
            if (derivation.HessianVectorProduct.Count != depth)
            {
                throw new ArgumentException("The derivation has no Hessian-vector product; derive with DerivativeSelection.HessianOperator.", nameof(derivation));
            }

            if (layers.Count != depth || lambdas.Count != depth)
            {
                throw new ArgumentException(Invariant($"Depth {depth} needs {depth} layers and {depth} weights, got {layers.Count} and {lambdas.Count}."));
            }

            var offsets = new int[depth + 1];
            for (int l = 0; l < depth; l++)
            {
                offsets[l + 1] = offsets[l] + (layers[l].Rows * layers[l].Columns);
            }

            int n = offsets[depth];
            var hessian = new double[n, n];
            for (int column = 0; column < n; column++)
            {
                var environment = new EvaluationEnvironment<double>().Bind(objective.Data, data);
                for (int l = 0; l < depth; l++)
                {
                    int start = offsets[l];
                    int columns = layers[l].Columns;
                    environment.Bind(objective.Layers[l], layers[l]).Bind(objective.Regularizations[l], lambdas[l]);
                    environment.Bind(objective.SecondDirections[l], DenseMatrix<double>.Create(layers[l].Rows, columns, (i, j) => start + (i * columns) + j == column ? 1.0 : 0.0));
                }

                var evaluator = new ExpressionEvaluator<double>(DoubleArithmetic.Instance, environment);
                for (int l = 0; l < depth; l++)
                {
                    var block = evaluator.Evaluate(derivation.HessianVectorProduct[l]);
                    for (int i = 0; i < block.Rows; i++)
                    {
                        for (int j = 0; j < block.Columns; j++)
                        {
                            hessian[offsets[l] + (i * block.Columns) + j, column] = block[i, j];
                        }
                    }
                }
            }

            return hessian;
        }
    }
}
