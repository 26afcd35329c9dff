namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>Polynomial arithmetic in a fixed number of variables, for <see cref="ExpressionEvaluator{T}"/>.</summary>
    public sealed class PolynomialArithmetic : IArithmetic<MultivariatePolynomial>
    {
        private readonly int _variables;

        /// <summary>Arithmetic for polynomials in <paramref name="variables"/> variables.</summary>
        public PolynomialArithmetic(int variables) => _variables = variables;

        /// <inheritdoc/>
        public MultivariatePolynomial Zero => MultivariatePolynomial.Constant(_variables, BigRational.Zero);

        /// <inheritdoc/>
        public MultivariatePolynomial Add(MultivariatePolynomial a, MultivariatePolynomial b) => a.Add(b);

        /// <inheritdoc/>
        public MultivariatePolynomial Multiply(MultivariatePolynomial a, MultivariatePolynomial b) => a.Multiply(b);

        /// <inheritdoc/>
        public MultivariatePolynomial FromRational(BigRational value) => MultivariatePolynomial.Constant(_variables, value);
    }
}
