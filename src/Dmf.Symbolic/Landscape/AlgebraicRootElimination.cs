namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// Removes an irrational singular value y from a statement about a positive root σ of f(·; y), exactly (docs/theory.md
    /// §2.1): at such a root N(σ) = s·y·T(σ) with N = σ^{2L−2} + λ and T = σ^{L−2}, so y = N/(s·T) with s·T &gt; 0. A
    /// quantity c(σ, y, s, λ) of degree k in y becomes C = (s·T)^k·c at y = N/(s·T) — a polynomial in σ and s with the sign
    /// of c — reduced by s² = λ and divided by the largest power of σ dividing it (σ &gt; 0). σ itself is a root of the
    /// square-free part of P(x) = Σ_k n_k·A^k·(λB)^{d−k} (<see cref="AlgebraicValueRoots.RootResultant"/>), which holds the
    /// positive roots of f(·; β) for every real root β of y's polynomial m; which ones are y's is told by the link
    /// conditions: m(N/(sT))·(sT)^{deg m} = 0 and a &lt; N/(sT) &lt; b for y's isolating interval (a, b). Immutable and
    /// thread-safe.
    /// </summary>
    internal sealed class AlgebraicRootElimination
    {
        private readonly RootValueSubstitution _substitution;
        private readonly ResultantRoots _roots;
        private readonly Lazy<IReadOnlyList<(MultivariatePolynomial Quantity, int Sign)>> _link;

        /// <summary>The elimination for <paramref name="landscape"/>'s depth and λ at the irrational y &gt; 0.</summary>
        public AlgebraicRootElimination(ScalarLandscape landscape, AlgebraicNumber y)
        {
            if (landscape is null)
            {
                throw new ArgumentNullException(nameof(landscape));
            }

            if (y is null)
            {
                throw new ArgumentNullException(nameof(y));
            }

            if (y.Sign <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(y), y.ToString(), "y must be positive: f(·; 0) has no positive root.");
            }

            Landscape = landscape;
            Depth = landscape.Depth;
            LambdaProduct = landscape.LambdaProduct;
            SingularValue = y;
            _substitution = new RootValueSubstitution(Depth, LambdaProduct);
            _roots = ResultantRoots.For(landscape, y.DefiningPolynomial);
            RootPolynomial = _roots.SquareFree;
            _link = new Lazy<IReadOnlyList<(MultivariatePolynomial Quantity, int Sign)>>(LinkConditions);
        }

        /// <summary>The scalar landscape (L and λ).</summary>
        public ScalarLandscape Landscape { get; }

        /// <summary>L.</summary>
        public int Depth { get; }

        /// <summary>λ.</summary>
        public BigRational LambdaProduct { get; }

        /// <summary>y, exactly.</summary>
        public AlgebraicNumber SingularValue { get; }

        /// <summary>
        /// The square-free part of P: every positive root of f(·; y) is one of its roots (and so is every positive root of
        /// f(·; β) for y's conjugates β).
        /// </summary>
        public Polynomial RootPolynomial { get; }

        /// <summary>The Sturm sequence of P' (where P is monotone: no root of P' on an interval).</summary>
        public SturmSequence RootDerivativeSturm => _roots.DerivativeSturm;

        /// <summary>The Sturm sequence of P (shared by every value with y's polynomial).</summary>
        public SturmSequence RootSturm => _roots.Sturm;

        /// <summary>The positive roots of P, ascending (shared by every value with y's polynomial).</summary>
        public IReadOnlyList<AlgebraicNumber> PositiveRootPolynomialRoots => _roots.PositiveRoots;

        /// <summary>N(x) = x^{2L−2} + λ, in the variables of <see cref="ScalarTheory"/>.</summary>
        public MultivariatePolynomial Numerator => _substitution.Numerator;

        /// <summary>s·x^{L−2} (positive for x &gt; 0): y = N/(s·x^{L−2}) at every positive root of f(·; y).</summary>
        public MultivariatePolynomial Scale => _substitution.Scale;

        /// <summary>C(x, s): y eliminated at the root (<see cref="RootValueSubstitution.Eliminate(MultivariatePolynomial)"/>).</summary>
        public MultivariatePolynomial Eliminate(MultivariatePolynomial c) => _substitution.Eliminate(c);

        /// <summary>(s·x^{L−2})^power·c with y eliminated (<see cref="RootValueSubstitution.Eliminate(MultivariatePolynomial, int)"/>).</summary>
        public MultivariatePolynomial Eliminate(MultivariatePolynomial c, int power) => _substitution.Eliminate(c, power);

        /// <summary>
        /// The link conditions, as polynomials in x and s with their required signs: m(N/(sT))·(sT)^{deg m} = 0,
        /// N − a·s·T &gt; 0 and b·s·T − N &gt; 0 for y's polynomial m and isolating interval (a, b). A positive x with P(x) = 0
        /// satisfies them iff N(x)/(√λ·x^{L−2}) is y, i.e. iff x is a positive root of f(·; y).
        /// </summary>
        public IReadOnlyList<(MultivariatePolynomial Quantity, int Sign)> Link() => _link.Value;

        private IReadOnlyList<(MultivariatePolynomial Quantity, int Sign)> LinkConditions()
        {
            var m = SingularValue.DefiningPolynomial;
            var interval = SingularValue.Interval;
            var onY = MultivariatePolynomial.FromUnivariate(m, ScalarTheory.VariableCount, ScalarTheory.Y);
            var lower = Numerator.Subtract(Scale.Scale(interval.Lower));
            var upper = Scale.Scale(interval.Upper).Subtract(Numerator);
            return new[]
            {
                (Eliminate(onY), 0),
                (RootElimination.ReduceSquareRoot(lower, LambdaProduct), 1),
                (RootElimination.ReduceSquareRoot(upper, LambdaProduct), 1),
            };
        }

        /// <summary>
        /// The sign of C(σ, √λ) for C in x and s (s at most linear, as <see cref="Eliminate(MultivariatePolynomial)"/> returns it), exactly: with
        /// C = C₀ + s·C₁, the signs of C₀(σ) and C₁(σ) decide it unless they differ, and then sign C₀ · sign(C₀² − λ·C₁²).
        /// </summary>
        public int SignAt(MultivariatePolynomial c, AlgebraicNumber sigma)
        {
            if (c is null)
            {
                throw new ArgumentNullException(nameof(c));
            }

            if (sigma is null)
            {
                throw new ArgumentNullException(nameof(sigma));
            }

            var reduced = RootElimination.ReduceSquareRoot(c, LambdaProduct);
            if (reduced.DegreeIn(ScalarTheory.Y) > 0)
            {
                throw new ArgumentException("C must not hold y.", nameof(c));
            }

            var c0 = reduced.CoefficientOf(ScalarTheory.S, 0).ToUnivariate(ScalarTheory.X);
            var c1 = reduced.CoefficientOf(ScalarTheory.S, 1).ToUnivariate(ScalarTheory.X);
            int a = sigma.SignOf(c0);
            int b = sigma.SignOf(c1);
            if (a == 0 || b == 0 || a == b)
            {
                return a != 0 ? a : b;
            }

            return a * sigma.SignOf((c0 * c0) - (Polynomial.Constant(LambdaProduct) * c1 * c1));
        }

        /// <summary>Whether the positive <paramref name="x"/> is a root of f(·; y): the link conditions hold there.</summary>
        public bool IsRootOfF(AlgebraicNumber x)
        {
            if (x is null)
            {
                throw new ArgumentNullException(nameof(x));
            }

            // The strict conditions (y's interval) first: every root of P satisfies the equality (it is a root of f(·; β)
            // for some root β of m), so the interval is what tells y's roots from its conjugates', and it fails fast.
            return x.Sign > 0 && Link().OrderBy(l => l.Sign == 0 ? 1 : 0).All(l => SignAt(l.Quantity, x) == l.Sign);
        }
    }
}
