namespace Dmf.Symbolic.Expressions.Calculus
{
    /// <summary>
    /// Directional derivatives by the rules of differentials, all in one place:
    /// d(W) = Δ for a varied parameter, 0 for constants; d(A_1⋯A_n) = Σ_k A_1⋯d(A_k)⋯A_n (product rule);
    /// d(ΣA) = Σ d(A); d(Aᵀ) = d(A)ᵀ; d(cA) = c·dA + dc·A; d⟨A, B⟩ = ⟨dA, B⟩ + ⟨A, dB⟩; d‖A‖² = 2⟨A, dA⟩.
    /// Abbreviations are differentiated through their definitions. An unknown node throws
    /// <see cref="NotSupportedException"/>. Results are not simplified.
    /// </summary>
    public static class Differentiator
    {
        /// <summary>d(e)[directions] for a matrix expression.</summary>
        public static MatrixExpression Differentiate(MatrixExpression expression, DirectionMap directions) =>
            new Rules(directions, deferProducts: false).Matrix(expression);

        /// <summary>d(e)[directions] for a scalar expression.</summary>
        public static ScalarExpression Differentiate(ScalarExpression expression, DirectionMap directions) =>
            new Rules(directions, deferProducts: false).Scalar(expression);

        /// <summary>
        /// Applies the outer rules (sums, inner products, norms, scalar multiples) but leaves the differential of
        /// every product that depends on a parameter unevaluated, as d(A_1⋯A_n): the first step of a derivation.
        /// </summary>
        public static ScalarExpression DifferentiateDeferringProducts(ScalarExpression expression, DirectionMap directions) =>
            new Rules(directions, deferProducts: true).Scalar(expression);

        /// <summary>Replaces each unevaluated d(A) in the expression by its derivative (the product rule step).</summary>
        public static ScalarExpression ExpandDifferentials(ScalarExpression expression, DirectionMap directions) =>
            ExpressionMap.Map(expression, m => m is MatrixDifferential d ? Differentiate(d.Operand, directions) : null);

        /// <summary>True when the expression depends on a parameter that the map varies.</summary>
        public static bool DependsOn(MatrixExpression expression, DirectionMap directions) =>
            ExpressionMap.Any(expression, m => m is MatrixSymbol s && directions.DirectionOf(s) != null);

        private sealed class Rules
        {
            private readonly DirectionMap _directions;
            private readonly bool _deferProducts;

            public Rules(DirectionMap directions, bool deferProducts)
            {
                _directions = directions;
                _deferProducts = deferProducts;
            }

            public MatrixExpression Matrix(MatrixExpression e)
            {
                switch (e)
                {
                    case MatrixSymbol symbol:
                        return _directions.DirectionOf(symbol) ?? (MatrixExpression)new ZeroMatrix(symbol.Shape);
                    case NamedMatrix named:
                        return Matrix(named.Definition);
                    case MatrixProduct product:
                        if (_deferProducts && DependsOn(product, _directions))
                        {
                            return new MatrixDifferential(product);
                        }

                        var terms = new List<MatrixExpression>();
                        for (int k = 0; k < product.Factors.Count; k++)
                        {
                            var dk = Matrix(product.Factors[k]);
                            if (dk is ZeroMatrix)
                            {
                                continue;
                            }

                            var factors = product.Factors.ToArray();
                            factors[k] = dk;
                            terms.Add(new MatrixProduct(EquatableArray<MatrixExpression>.Own(factors)));
                        }

                        return SumOrZero(terms, product.Shape);
                    case MatrixSum sum:
                        return SumOrZero(sum.Terms.Select(Matrix).Where(t => t is not ZeroMatrix).ToList(), sum.Shape);
                    case Transpose transpose:
                        var inner = Matrix(transpose.Operand);
                        return inner is ZeroMatrix ? new ZeroMatrix(transpose.Shape) : new Transpose(inner);
                    case ScalarMultiple multiple:
                        var parts = new List<MatrixExpression>();
                        var dA = Matrix(multiple.Operand);
                        if (dA is not ZeroMatrix)
                        {
                            parts.Add(new ScalarMultiple(multiple.Scalar, dA));
                        }

                        var dc = Scalar(multiple.Scalar);
                        if (!IsZero(dc))
                        {
                            parts.Add(new ScalarMultiple(dc, multiple.Operand));
                        }

                        return SumOrZero(parts, multiple.Shape);
                    case IdentityMatrix or ZeroMatrix:
                        return new ZeroMatrix(e.Shape);
                    default:
                        throw new NotSupportedException($"No differentiation rule for {e.GetType().Name}.");
                }
            }

            public ScalarExpression Scalar(ScalarExpression e)
            {
                switch (e)
                {
                    case ScalarConstant or ScalarSymbol:
                        return new ScalarConstant(0);
                    case ScalarSum sum:
                        return AddOrZero(sum.Terms.Select(Scalar).Where(t => !IsZero(t)).ToList());
                    case ScalarProduct product:
                        var terms = new List<ScalarExpression>();
                        for (int k = 0; k < product.Factors.Count; k++)
                        {
                            var dk = Scalar(product.Factors[k]);
                            if (IsZero(dk))
                            {
                                continue;
                            }

                            var factors = product.Factors.ToArray();
                            factors[k] = dk;
                            terms.Add(new ScalarProduct(EquatableArray<ScalarExpression>.Own(factors)));
                        }

                        return AddOrZero(terms);
                    case InnerProduct inner:
                        var parts = new List<ScalarExpression>();
                        var dLeft = Matrix(inner.Left);
                        var dRight = Matrix(inner.Right);
                        if (dLeft is not ZeroMatrix)
                        {
                            parts.Add(new InnerProduct(dLeft, inner.Right));
                        }

                        if (dRight is not ZeroMatrix)
                        {
                            parts.Add(new InnerProduct(inner.Left, dRight));
                        }

                        return AddOrZero(parts);
                    case SquaredNorm norm:
                        var dA = Matrix(norm.Operand);
                        return dA is ZeroMatrix
                            ? new ScalarConstant(0)
                            : new ScalarProduct(EquatableArray.Create<ScalarExpression>(new ScalarConstant(2), new InnerProduct(norm.Operand, dA)));
                    default:
                        throw new NotSupportedException($"No differentiation rule for {e.GetType().Name}.");
                }
            }

            private static MatrixExpression SumOrZero(List<MatrixExpression> terms, Shape shape) =>
                terms.Count == 0 ? new ZeroMatrix(shape) : terms.Count == 1 ? terms[0] : new MatrixSum(terms.ToEquatableArray());

            private static ScalarExpression AddOrZero(List<ScalarExpression> terms) =>
                terms.Count == 0 ? new ScalarConstant(0) : terms.Count == 1 ? terms[0] : new ScalarSum(terms.ToEquatableArray());

            private static bool IsZero(ScalarExpression s) => s is ScalarConstant c && c.Value.IsZero;
        }
    }
}
