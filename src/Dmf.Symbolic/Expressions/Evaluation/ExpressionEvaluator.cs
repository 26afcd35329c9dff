namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>
    /// Evaluates expressions for concrete values in any <see cref="IArithmetic{T}"/> — used for cross-checks,
    /// not for speed. Abbreviations are evaluated from their definitions once per evaluator (a name stands for one
    /// definition). Unevaluated differentials throw <see cref="NotSupportedException"/>.
    /// </summary>
    public sealed class ExpressionEvaluator<T>
    {
        private readonly IArithmetic<T> _arithmetic;
        private readonly EvaluationEnvironment<T> _environment;
        private readonly Dictionary<SymbolName, DenseMatrix<T>> _named = new Dictionary<SymbolName, DenseMatrix<T>>();

        /// <summary>An evaluator over the given field and symbol values.</summary>
        public ExpressionEvaluator(IArithmetic<T> arithmetic, EvaluationEnvironment<T> environment)
        {
            _arithmetic = arithmetic;
            _environment = environment;
        }

        /// <summary>The value of a matrix expression.</summary>
        public DenseMatrix<T> Evaluate(MatrixExpression expression)
        {
            switch (expression)
            {
                case MatrixSymbol symbol:
                    return _environment.Matrix(symbol.Name);
                case NamedMatrix named:
                    if (!_named.TryGetValue(named.Name, out var value))
                    {
                        value = Evaluate(named.Definition);
                        _named[named.Name] = value;
                    }

                    return value;
                case MatrixProduct product:
                    var result = Evaluate(product.Factors[0]);
                    for (int k = 1; k < product.Factors.Count; k++)
                    {
                        result = Multiply(result, Evaluate(product.Factors[k]));
                    }

                    return result;
                case MatrixSum sum:
                    var total = Evaluate(sum.Terms[0]);
                    for (int k = 1; k < sum.Terms.Count; k++)
                    {
                        var term = Evaluate(sum.Terms[k]);
                        total = DenseMatrix<T>.Create(total.Rows, total.Columns, (i, j) => _arithmetic.Add(total[i, j], term[i, j]));
                    }

                    return total;
                case Transpose transpose:
                    var operand = Evaluate(transpose.Operand);
                    return DenseMatrix<T>.Create(operand.Columns, operand.Rows, (i, j) => operand[j, i]);
                case ScalarMultiple multiple:
                    var c = Evaluate(multiple.Scalar);
                    return Evaluate(multiple.Operand).Map(x => _arithmetic.Multiply(c, x));
                case IdentityMatrix identity:
                    int n = _environment.Size(identity.Size);
                    var one = _arithmetic.FromRational(Exact.BigRational.One);
                    return DenseMatrix<T>.Create(n, n, (i, j) => i == j ? one : _arithmetic.Zero);
                case ZeroMatrix zero:
                    return new DenseMatrix<T>(_environment.Size(zero.Shape.Rows), _environment.Size(zero.Shape.Columns), _arithmetic.Zero);
                default:
                    throw new NotSupportedException($"No evaluation rule for {expression.GetType().Name}.");
            }
        }

        /// <summary>The value of a scalar expression.</summary>
        public T Evaluate(ScalarExpression expression)
        {
            switch (expression)
            {
                case ScalarConstant constant:
                    return _arithmetic.FromRational(constant.Value);
                case ScalarSymbol symbol:
                    return _environment.Scalar(symbol.Name);
                case ScalarSum sum:
                    var total = _arithmetic.Zero;
                    foreach (var term in sum.Terms)
                    {
                        total = _arithmetic.Add(total, Evaluate(term));
                    }

                    return total;
                case ScalarProduct product:
                    var result = _arithmetic.FromRational(Exact.BigRational.One);
                    foreach (var factor in product.Factors)
                    {
                        result = _arithmetic.Multiply(result, Evaluate(factor));
                    }

                    return result;
                case InnerProduct inner:
                    return Frobenius(Evaluate(inner.Left), Evaluate(inner.Right));
                case SquaredNorm norm:
                    var a = Evaluate(norm.Operand);
                    return Frobenius(a, a);
                default:
                    throw new NotSupportedException($"No evaluation rule for {expression.GetType().Name}.");
            }
        }

        private T Frobenius(DenseMatrix<T> a, DenseMatrix<T> b)
        {
            var total = _arithmetic.Zero;
            for (int i = 0; i < a.Rows; i++)
            {
                for (int j = 0; j < a.Columns; j++)
                {
                    total = _arithmetic.Add(total, _arithmetic.Multiply(a[i, j], b[i, j]));
                }
            }

            return total;
        }

        private DenseMatrix<T> Multiply(DenseMatrix<T> a, DenseMatrix<T> b)
        {
            var product = new DenseMatrix<T>(a.Rows, b.Columns, _arithmetic.Zero);
            for (int i = 0; i < a.Rows; i++)
            {
                for (int j = 0; j < b.Columns; j++)
                {
                    var sum = _arithmetic.Zero;
                    for (int k = 0; k < a.Columns; k++)
                    {
                        sum = _arithmetic.Add(sum, _arithmetic.Multiply(a[i, k], b[k, j]));
                    }

                    product[i, j] = sum;
                }
            }

            return product;
        }
    }
}
