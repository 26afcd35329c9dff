namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// Removes y from a statement about a positive root σ of f(·; y), for any y &gt; 0 (docs/theory.md §2.1): at such a root
    /// N(σ) = s·y·T(σ) with N = σ^{2L−2} + λ and T = σ^{L−2}, so y = N/(s·T) with s·T &gt; 0. A quantity c(σ, y, s, λ) of
    /// degree k in y becomes C = (s·T)^k·c at y = N/(s·T) — a polynomial in σ and s with the sign of c — reduced by s² = λ
    /// (and, by <see cref="Eliminate(MultivariatePolynomial)"/>, divided by the largest power of σ dividing it, σ &gt; 0).
    /// Depends on L and λ only: an algebraic y (<see cref="AlgebraicRootElimination"/>) and a y known by an enclosure share
    /// it. Immutable and thread-safe.
    /// </summary>
    internal sealed class RootValueSubstitution
    {
        /// <summary>The substitution for depth <paramref name="depth"/> ≥ 2 and λ = <paramref name="lambdaProduct"/> &gt; 0.</summary>
        public RootValueSubstitution(int depth, BigRational lambdaProduct)
        {
            if (depth < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(depth), depth, "The depth must be at least 2.");
            }

            if (lambdaProduct.Sign <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(lambdaProduct), lambdaProduct.ToExactString(), "λ must be positive.");
            }

            Depth = depth;
            LambdaProduct = lambdaProduct;
            Numerator = ScalarTheory.RootNumerator(depth).Substitute(ScalarTheory.Lambda, lambdaProduct);
            Scale = ScalarTheory.Variable(ScalarTheory.S).Multiply(ScalarTheory.Variable(ScalarTheory.X).Power(depth - 2));
        }

        /// <summary>L.</summary>
        public int Depth { get; }

        /// <summary>λ = Π λ_l.</summary>
        public BigRational LambdaProduct { get; }

        /// <summary>N = x^{2L−2} + λ (λ substituted).</summary>
        public MultivariatePolynomial Numerator { get; }

        /// <summary>s·x^{L−2} (positive for x &gt; 0): y = N/(s·x^{L−2}) at every positive root of f(·; y).</summary>
        public MultivariatePolynomial Scale { get; }

        /// <summary>
        /// C(x, s): (s·x^{L−2})^k·c with y = N/(s·x^{L−2}) (k = deg_y c), s² and λ replaced by λ's value, divided by the
        /// largest power of x dividing it. At a positive root σ of f(·; y), sign C(σ, √λ) = sign c(σ, y, √λ, λ).
        /// </summary>
        public MultivariatePolynomial Eliminate(MultivariatePolynomial c)
        {
            if (c is null)
            {
                throw new ArgumentNullException(nameof(c));
            }

            return DivideByPowerOfX(Eliminate(c, Math.Max(0, c.Substitute(ScalarTheory.Lambda, LambdaProduct).DegreeIn(ScalarTheory.Y))));
        }

        /// <summary>
        /// (s·x^{L−2})^power·c with y = N/(s·x^{L−2}), for power ≥ deg_y c, reduced by s² = λ (no power of x divided out):
        /// several quantities eliminated with one power share one positive factor, so a sum of them keeps its sign.
        /// </summary>
        public MultivariatePolynomial Eliminate(MultivariatePolynomial c, int power)
        {
            if (c is null)
            {
                throw new ArgumentNullException(nameof(c));
            }

            var atLambda = c.Substitute(ScalarTheory.Lambda, LambdaProduct);
            if (power < atLambda.DegreeIn(ScalarTheory.Y))
            {
                throw new ArgumentOutOfRangeException(nameof(power), power, "The power must be at least the degree in y.");
            }

            var result = ScalarTheory.Constant(BigRational.Zero);
            for (int i = 0; i <= Math.Max(0, atLambda.DegreeIn(ScalarTheory.Y)); i++)
            {
                var part = atLambda.CoefficientOf(ScalarTheory.Y, i);
                if (!part.IsZero)
                {
                    result = result.Add(part.Multiply(Numerator.Power(i)).Multiply(Scale.Power(power - i)));
                }
            }

            result = RootElimination.ReduceSquareRoot(result, LambdaProduct);
            Certify(atLambda, power, result);
            return result;
        }

        /// <summary>
        /// Checks (s·T)^k·c = C at y = N/(s·T) in Q(√λ) at rational sample points x, rather than assuming the substitution
        /// right: there 1/s = s/λ, so y = N(x)/(λ·T(x))·s, and both sides reduce to a + b·s with rational a, b.
        /// </summary>
        private void Certify(MultivariatePolynomial c, int k, MultivariatePolynomial result)
        {
            var s = ScalarTheory.Variable(ScalarTheory.S);
            foreach (var x in new[] { new BigRational(3, 2), new BigRational(2), new BigRational(7, 5) })
            {
                var t = BigRational.Pow(x, Depth - 2);
                var n = BigRational.Pow(x, (2 * Depth) - 2) + LambdaProduct;
                var point = new[] { ScalarTheory.Constant(x), s.Scale(n / (LambdaProduct * t)), s, ScalarTheory.Constant(LambdaProduct) };
                var left = RootElimination.ReduceSquareRoot(s.Scale(t).Power(k).Multiply(c.Compose(point)), LambdaProduct);
                var right = RootElimination.ReduceSquareRoot(result.Compose(point), LambdaProduct);
                if (!left.Subtract(right).IsZero)
                {
                    throw new InvalidOperationException("The elimination of y does not reproduce (s·x^{L−2})^k·c at y = N/(s·x^{L−2}).");
                }
            }
        }

        private static MultivariatePolynomial DivideByPowerOfX(MultivariatePolynomial p)
        {
            if (p.IsZero)
            {
                return p;
            }

            int power = int.MaxValue;
            foreach (var (exponents, _) in p.Terms)
            {
                power = Math.Min(power, exponents[ScalarTheory.X]);
            }

            if (power == 0)
            {
                return p;
            }

            var result = ScalarTheory.Constant(BigRational.Zero);
            foreach (var (exponents, coefficient) in p.Terms)
            {
                var term = ScalarTheory.Constant(coefficient);
                for (int v = 0; v < ScalarTheory.VariableCount; v++)
                {
                    int e = v == ScalarTheory.X ? exponents[v] - power : exponents[v];
                    term = term.Multiply(ScalarTheory.Variable(v).Power(e));
                }

                result = result.Add(term);
            }

            return result;
        }
    }
}
