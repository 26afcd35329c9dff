namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// The scalar quantities of docs/theory.md §2 and §2.1, defined once, as exact polynomials in the four variables
    /// (x, y, s, λ) with s standing for √λ (variable indices <see cref="X"/>, <see cref="Y"/>, <see cref="S"/>,
    /// <see cref="Lambda"/>). Every target — the SMT claims, the exact evaluations, the root finder — prints or evaluates
    /// these rather than re-typing them.
    /// </summary>
    public static class ScalarTheory
    {
        /// <summary>Index of x (a singular value σ of √λ_l W_l).</summary>
        public const int X = 0;

        /// <summary>Index of y (a singular value of Y).</summary>
        public const int Y = 1;

        /// <summary>Index of s = √λ.</summary>
        public const int S = 2;

        /// <summary>Index of λ = Π λ_l.</summary>
        public const int Lambda = 3;

        /// <summary>The number of variables, 4.</summary>
        public const int VariableCount = 4;

        /// <summary>f(x; y) = x^{2L−1} − s·y·x^{L−1} + λx (§2).</summary>
        public static MultivariatePolynomial F(int depth) =>
            Monomial(1, RequireDepth(depth) * 2 - 1, 0, 0, 0)
                .Add(Monomial(-1, depth - 1, 1, 1, 0))
                .Add(Monomial(1, 1, 0, 0, 1));

        /// <summary>f'(x; y) = ∂f/∂x = (2L−1)x^{2L−2} − (L−1)·s·y·x^{L−2} + λ.</summary>
        public static MultivariatePolynomial FDerivative(int depth) => F(depth).Derivative(X);

        /// <summary>N = x^{2L−2} + λ: for x &gt; 0, f = x·(N − s·D).</summary>
        public static MultivariatePolynomial RootNumerator(int depth) =>
            Monomial(1, RequireDepth(depth) * 2 - 2, 0, 0, 0).Add(Monomial(1, 0, 0, 0, 1));

        /// <summary>D = y·x^{L−2}: positive for x, y &gt; 0, and s·D = N at every positive root of f.</summary>
        public static MultivariatePolynomial RootDenominator(int depth) => Monomial(1, RequireDepth(depth) - 2, 1, 0, 0);

        /// <summary>f/x = N − s·D = x^{2L−2} − s·y·x^{L−2} + λ.</summary>
        public static MultivariatePolynomial FOverX(int depth) =>
            RootNumerator(depth).Subtract(Variable(S).Multiply(RootDenominator(depth)));

        /// <summary>
        /// R = N² − λ·D² = (x^{2L−2} + λ)² − λy²x^{2L−4} = (N − sD)(N + sD) when s² = λ: for x, y &gt; 0 its roots are
        /// exactly the positive roots of f, since N + sD &gt; 0. Free of s, rational once y and λ are.
        /// </summary>
        public static MultivariatePolynomial RootPolynomial(int depth)
        {
            var n = RootNumerator(depth);
            var d = RootDenominator(depth);
            return n.Multiply(n).Subtract(Variable(Lambda).Multiply(d).Multiply(d));
        }

        /// <summary>
        /// λ·g(x) = (x^L − s·y)² + L·λ·x², where g(x) = (x^L/√λ − y)² + L x² is a slot's loss along the balanced curve
        /// (§2.1; λ·g is the polynomial form).
        /// </summary>
        public static MultivariatePolynomial ScaledSlotLoss(int depth)
        {
            var inner = Monomial(1, RequireDepth(depth), 0, 0, 0).Subtract(Variable(S).Multiply(Variable(Y)));
            return inner.Multiply(inner).Add(Monomial(depth, 2, 0, 0, 1));
        }

        /// <summary>
        /// L·x^{2L−2} + λ: at a positive root x of f, the slot loss is g(x) = (L·x^{2L−2} + λ) / x^{2L−4} — y eliminated by
        /// the root relation (x^L/√λ − y = −√λ/x^{L−2} there) — over <see cref="SlotLossAtRootDenominator"/>.
        /// </summary>
        public static MultivariatePolynomial SlotLossAtRootNumerator(int depth) =>
            Monomial(RequireDepth(depth), 2 * depth - 2, 0, 0, 0).Add(Monomial(1, 0, 0, 0, 1));

        /// <summary>x^{2L−4}, the denominator of the slot loss at a root (<see cref="SlotLossAtRootNumerator"/>).</summary>
        public static MultivariatePolynomial SlotLossAtRootDenominator(int depth) => Monomial(1, 2 * RequireDepth(depth) - 4, 0, 0, 0);

        /// <summary>
        /// s·(g(x) − y²) at a root of f: −y·x^L + (L−1)·s·x² (using x^{2L−2} = s·y·x^{L−2} − λ). Negative exactly
        /// when the slot at x lowers the loss below the empty slot's y².
        /// </summary>
        public static MultivariatePolynomial ScaledGainAtRoot(int depth) =>
            GainFactor(depth).Multiply(Monomial(-1, 2, 0, 0, 0));

        /// <summary>
        /// y·x^{L−2} − (L−1)·s, with s·(g − y²) = −x²·(this) at a root: x₊ beats the empty slot iff it is positive (§2.1).
        /// </summary>
        public static MultivariatePolynomial GainFactor(int depth) =>
            Monomial(1, RequireDepth(depth) - 2, 1, 0, 0).Add(Monomial(1 - depth, 0, 0, 1, 0));

        /// <summary>L·x^{2L−2} − (L−2)·λ: positive iff x &gt; x_* = ((L−2)λ/L)^{1/(2L−2)} for x &gt; 0 (§2.1).</summary>
        public static MultivariatePolynomial InflectionForm(int depth) =>
            Monomial(RequireDepth(depth), 2 * depth - 2, 0, 0, 0).Add(Monomial(2 - depth, 0, 0, 0, 1));

        /// <summary>λ_crit(y) = κ_crit·y^{2L−2}: y &gt; y_crit ⇔ λ &lt; λ_crit(y) (§2.1).</summary>
        public static MultivariatePolynomial CriticalLambda(int depth) =>
            Monomial(ThresholdForms.CriticalConstant(RequireDepth(depth)), 0, 2 * depth - 2, 0, 0);

        /// <summary>λ_glob(y) = κ_glob·y^{2L−2}: y &gt; y_glob ⇔ λ &lt; λ_glob(y) (§2.1).</summary>
        public static MultivariatePolynomial GlobalLambda(int depth) =>
            Monomial(ThresholdForms.GlobalConstant(RequireDepth(depth)), 0, 2 * depth - 2, 0, 0);

        /// <summary>p with every s² replaced by the variable λ, so s occurs at most to the first power.</summary>
        public static MultivariatePolynomial WithSquareRootReduced(MultivariatePolynomial p)
        {
            if (p is null)
            {
                throw new ArgumentNullException(nameof(p));
            }

            var result = Constant(BigRational.Zero);
            for (int power = 0; power <= p.DegreeIn(S); power++)
            {
                var part = p.CoefficientOf(S, power).Multiply(Variable(Lambda).Power(power / 2));
                result = result.Add(power % 2 == 1 ? part.Multiply(Variable(S)) : part);
            }

            return result;
        }

        /// <summary>
        /// An enclosure of p over x ∈ [xLow, xHigh], s ∈ [sLow, sHigh] with all bounds ≥ 0, for p in x and s alone (y, λ
        /// substituted): every monomial is monotone on the box, so each contributes its value at the low or the high
        /// corner by the sign of its coefficient.
        /// </summary>
        public static (BigRational Low, BigRational High) Enclose(MultivariatePolynomial p, BigRational xLow, BigRational xHigh, BigRational sLow, BigRational sHigh)
        {
            if (p is null)
            {
                throw new ArgumentNullException(nameof(p));
            }

            if (xLow.Sign < 0 || sLow.Sign < 0 || xHigh < xLow || sHigh < sLow)
            {
                throw new ArgumentOutOfRangeException(nameof(xLow), "The box must be nonnegative and nonempty.");
            }

            var low = BigRational.Zero;
            var high = BigRational.Zero;
            foreach (var (exponents, coefficient) in p.Terms)
            {
                if (exponents[Y] != 0 || exponents[Lambda] != 0)
                {
                    throw new ArgumentException("Substitute y and λ first.", nameof(p));
                }

                var atLow = coefficient * BigRational.Pow(xLow, exponents[X]) * BigRational.Pow(sLow, exponents[S]);
                var atHigh = coefficient * BigRational.Pow(xHigh, exponents[X]) * BigRational.Pow(sHigh, exponents[S]);
                low += coefficient.Sign > 0 ? atLow : atHigh;
                high += coefficient.Sign > 0 ? atHigh : atLow;
            }

            return (low, high);
        }

        /// <summary>p at doubles x, y, s, λ (for numerics that state their tolerance).</summary>
        public static double EvaluateDouble(MultivariatePolynomial p, double x, double y, double s, double lambda)
        {
            if (p is null)
            {
                throw new ArgumentNullException(nameof(p));
            }

            var point = new[] { x, y, s, lambda };
            double total = 0;
            foreach (var (exponents, coefficient) in p.Terms)
            {
                double term = coefficient.ToDouble();
                for (int k = 0; k < VariableCount; k++)
                {
                    for (int e = 0; e < exponents[k]; e++)
                    {
                        term *= point[k];
                    }
                }

                total += term;
            }

            return total;
        }

        /// <summary>The variable with index <paramref name="index"/>.</summary>
        public static MultivariatePolynomial Variable(int index) => MultivariatePolynomial.Variable(VariableCount, index);

        /// <summary>A constant in the four variables.</summary>
        public static MultivariatePolynomial Constant(BigRational value) => MultivariatePolynomial.Constant(VariableCount, value);

        /// <summary>p with y and λ replaced by the instance's values (x and s remain).</summary>
        public static MultivariatePolynomial AtInstance(MultivariatePolynomial p, BigRational y, BigRational lambda)
        {
            if (p is null)
            {
                throw new ArgumentNullException(nameof(p));
            }

            return p.Substitute(Y, y).Substitute(Lambda, lambda);
        }

        private static MultivariatePolynomial Monomial(BigRational coefficient, int x, int y, int s, int lambda) =>
            Variable(X).Power(x).Multiply(Variable(Y).Power(y)).Multiply(Variable(S).Power(s)).Multiply(Variable(Lambda).Power(lambda)).Scale(coefficient);

        private static int RequireDepth(int depth) =>
            depth >= 2 ? depth : throw new ArgumentOutOfRangeException(nameof(depth), depth, "The depth L must be at least 2.");
    }
}
