using System;
using System.Collections.Generic;
using System.Linq;
using Dmf.Symbolic.Exact;

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
    public sealed class AlgebraicRootElimination
    {
        private readonly MultivariatePolynomial _numerator;
        private readonly MultivariatePolynomial _scale;
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
            _numerator = ScalarTheory.RootNumerator(Depth).Substitute(ScalarTheory.Lambda, LambdaProduct);
            _scale = ScalarTheory.Variable(ScalarTheory.S).Multiply(ScalarTheory.Variable(ScalarTheory.X).Power(Depth - 2));
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
        public MultivariatePolynomial Numerator => _numerator;

        /// <summary>s·x^{L−2} (positive for x &gt; 0): y = N/(s·x^{L−2}) at every positive root of f(·; y).</summary>
        public MultivariatePolynomial Scale => _scale;

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

            return DivideByPowerOfX(Eliminate(c, Math.Max(0, c.DegreeIn(ScalarTheory.Y))));
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
                    result = result.Add(part.Multiply(_numerator.Power(i)).Multiply(_scale.Power(power - i)));
                }
            }

            result = RootElimination.ReduceSquareRoot(result, LambdaProduct);
            Certify(atLambda, power, result);
            return result;
        }

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
            var lower = _numerator.Subtract(_scale.Scale(interval.Lower));
            var upper = _scale.Scale(interval.Upper).Subtract(_numerator);
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

            int power = p.Terms.Min(t => t.Exponents[ScalarTheory.X]);
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
