namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// Removes s = √λ from a statement about a positive root σ of f(·; y), exactly (docs/theory.md §2.1): at such a root
    /// s·D(σ) = N(σ) with D = y·σ^{L−2} &gt; 0 and N = σ^{2L−2} + λ (<see cref="ScalarTheory"/>). Write c = c₀ + s·c₁
    /// after s² → λ; then D·c = Q + c₁·(s·D − N) with Q = D·c₀ + N·c₁, so at σ the sign of c(σ, √λ) is the sign of the
    /// univariate rational polynomial Q(σ). The identity is re-checked in polynomial arithmetic for every c. Likewise
    /// "σ is a positive root of f" becomes "σ &gt; 0 and R(σ) = 0" (R = (N − sD)(N + sD), N + sD &gt; 0).
    /// Immutable and thread-safe.
    /// </summary>
    internal sealed class RootElimination
    {
        private readonly MultivariatePolynomial _numerator;
        private readonly MultivariatePolynomial _denominator;
        private readonly Lazy<SturmSequence> _rootDerivativeSturm;

        /// <summary>The elimination for depth L, y &gt; 0 and λ &gt; 0.</summary>
        public RootElimination(int depth, BigRational y, BigRational lambda)
        {
            if (y.Sign <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(y), y.ToString(), "y must be positive: f(·; 0) has no positive root.");
            }

            if (lambda.Sign <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(lambda), lambda.ToString(), "λ must be positive.");
            }

            Depth = depth;
            SingularValue = y;
            LambdaProduct = lambda;
            _numerator = ScalarTheory.AtInstance(ScalarTheory.RootNumerator(depth), y, lambda);
            _denominator = ScalarTheory.AtInstance(ScalarTheory.RootDenominator(depth), y, lambda);
            Numerator = _numerator.ToUnivariate(ScalarTheory.X);
            Denominator = _denominator.ToUnivariate(ScalarTheory.X);
            RootPolynomial = ScalarTheory.AtInstance(ScalarTheory.RootPolynomial(depth), y, lambda).ToUnivariate(ScalarTheory.X);
            _rootDerivativeSturm = new Lazy<SturmSequence>(() => SturmSequence.Create(RootPolynomial.Derivative()));

            // R = (N − sD)(N + sD) modulo s² = λ: the root condition's identity, checked rather than assumed.
            var s = ScalarTheory.Variable(ScalarTheory.S);
            var product = _numerator.Subtract(s.Multiply(_denominator)).Multiply(_numerator.Add(s.Multiply(_denominator)));
            if (!ReduceSquareRoot(product.Subtract(MultivariatePolynomial.FromUnivariate(RootPolynomial, ScalarTheory.VariableCount, ScalarTheory.X))).IsZero)
            {
                throw new InvalidOperationException("R ≠ (N − sD)(N + sD) modulo s² = λ.");
            }
        }

        /// <summary>L.</summary>
        public int Depth { get; }

        /// <summary>y.</summary>
        public BigRational SingularValue { get; }

        /// <summary>λ.</summary>
        public BigRational LambdaProduct { get; }

        /// <summary>N(x) = x^{2L−2} + λ.</summary>
        public Polynomial Numerator { get; }

        /// <summary>D(x) = y·x^{L−2} (positive for x &gt; 0).</summary>
        public Polynomial Denominator { get; }

        /// <summary>R(x) = N² − λD², rational: its positive roots are exactly those of f(·; y).</summary>
        public Polynomial RootPolynomial { get; }

        /// <summary>The Sturm sequence of R' (where R is monotone: no root of R' on an interval).</summary>
        public SturmSequence RootDerivativeSturm => _rootDerivativeSturm.Value;

        /// <summary>
        /// Q with sign Q(σ) = sign c(σ, y, √λ, λ) at every positive root σ of f(·; y); <paramref name="c"/> is in the
        /// variables of <see cref="ScalarTheory"/> (y and λ are replaced by this instance's values).
        /// </summary>
        public Polynomial Eliminate(MultivariatePolynomial c)
        {
            if (c is null)
            {
                throw new ArgumentNullException(nameof(c));
            }

            var reduced = ReduceSquareRoot(ScalarTheory.AtInstance(c, SingularValue, LambdaProduct));
            var c0 = reduced.CoefficientOf(ScalarTheory.S, 0);
            var c1 = reduced.CoefficientOf(ScalarTheory.S, 1);
            var q = _denominator.Multiply(c0).Add(_numerator.Multiply(c1));

            // D·c − Q − c₁·(sD − N) ≡ 0 modulo s² = λ: the certificate that sign c = sign Q where sD = N and D > 0.
            var s = ScalarTheory.Variable(ScalarTheory.S);
            var certificate = _denominator.Multiply(reduced).Subtract(q).Subtract(c1.Multiply(s.Multiply(_denominator).Subtract(_numerator)));
            if (!ReduceSquareRoot(certificate).IsZero)
            {
                throw new InvalidOperationException("The elimination identity D·c = Q + c₁·(sD − N) does not hold.");
            }

            return q.ToUnivariate(ScalarTheory.X);
        }

        /// <summary>p with every s² replaced by λ (the instance's value), so s occurs at most to the first power.</summary>
        public MultivariatePolynomial ReduceSquareRoot(MultivariatePolynomial p) => ReduceSquareRoot(p, LambdaProduct);

        /// <summary>
        /// p with every s² replaced by <paramref name="lambda"/> (and the variable λ by it too), so s occurs at most to the
        /// first power: <see cref="ScalarTheory.WithSquareRootReduced"/> at this λ.
        /// </summary>
        public static MultivariatePolynomial ReduceSquareRoot(MultivariatePolynomial p, BigRational lambda) =>
            ScalarTheory.WithSquareRootReduced(p).Substitute(ScalarTheory.Lambda, lambda);
    }
}
