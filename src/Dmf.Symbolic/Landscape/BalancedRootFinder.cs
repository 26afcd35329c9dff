namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// Isolates one positive root of f(·; y) inside a bracket (a, b) where R changes sign exactly once, and
    /// tightens it with a Newton estimate on ψ(x) = x^L/√λ + √λ·x^{2−L} = N/(√λ·x^{L−2}) = y (N and D of
    /// <see cref="ScalarTheory"/>, not retyped) computed in doubles and then
    /// verified exactly (<see cref="VerifiedBracket"/>). ψ is convex on (0, ∞), so Newton started on the outer
    /// side of a root converges monotonically: from below for x₋, from above for x₊.
    /// </summary>
    internal static class BalancedRootFinder
    {
        private const int MaxNewtonSteps = 200;

        public static AlgebraicNumber Isolate(ScalarLandscape landscape, BigRational y, Polynomial r, BigRational lower, BigRational upper, bool fromBelow)
        {
            double estimate = NewtonEstimate(landscape.Depth, landscape.PsiParts, landscape.LambdaProduct.ToDouble(), y.ToDouble(), fromBelow);
            var tight = VerifiedBracket.TryAround(r, estimate, lower, upper);
            return tight.HasValue
                ? AlgebraicNumber.FromIsolatingInterval(r, tight.Value.Lower, tight.Value.Upper)
                : AlgebraicNumber.FromIsolatingInterval(r, lower, upper);
        }

        private static double NewtonEstimate(int depth, System.Collections.Generic.IReadOnlyList<MultivariatePolynomial> parts, double lambda, double y, bool fromBelow)
        {
            double sqrtLambda = Math.Sqrt(lambda);
            if (depth == 2)
            {
                return Math.Sqrt(sqrtLambda * (y - sqrtLambda));
            }

            // ψ = N/(s·x^{L−2}) with N and D = y·x^{L−2} of ScalarTheory (at y = 1), and its slope
            // ψ' = (N'·D − N·D')/(s·D²), all evaluated in doubles (the landscape holds N, D, N', D').
            var (n, d, dn, dd) = (parts[0], parts[1], parts[2], parts[3]);

            // Outer starting points: ψ ≥ √λ x^{2−L} gives x₋ ≥ (√λ/y)^{1/(L−2)}; ψ ≥ x^L/√λ gives x₊ ≤ (√λ y)^{1/L}.
            double x = fromBelow ? Math.Pow(sqrtLambda / y, 1.0 / (depth - 2)) : Math.Pow(sqrtLambda * y, 1.0 / depth);
            for (int step = 0; step < MaxNewtonSteps; step++)
            {
                double nx = ScalarTheory.EvaluateDouble(n, x, 0, sqrtLambda, lambda);
                double dx = ScalarTheory.EvaluateDouble(d, x, 1, sqrtLambda, lambda);
                double psi = nx / (sqrtLambda * dx);
                double slope = ((ScalarTheory.EvaluateDouble(dn, x, 0, sqrtLambda, lambda) * dx) - (nx * ScalarTheory.EvaluateDouble(dd, x, 1, sqrtLambda, lambda))) / (sqrtLambda * dx * dx);
                if (slope == 0 || double.IsNaN(slope) || double.IsInfinity(slope) || double.IsNaN(psi) || double.IsInfinity(psi))
                {
                    break;
                }

                double next = x - (psi - y) / slope;
                if (!(next > 0) || double.IsInfinity(next))
                {
                    break;
                }

                if (Math.Abs(next - x) <= 1e-16 * x)
                {
                    return next;
                }

                x = next;
            }

            return x;
        }
    }
}
