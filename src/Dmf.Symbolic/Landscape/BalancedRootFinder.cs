using System;
using Dmf.Symbolic.Exact;

namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// Isolates one positive root of f(·; y) inside a bracket (a, b) where R changes sign exactly once, and
    /// tightens it with a Newton estimate on ψ(x) = x^L/√λ + √λ·x^{2−L} = y computed in doubles and then
    /// verified exactly (<see cref="VerifiedBracket"/>). ψ is convex on (0, ∞), so Newton started on the outer
    /// side of a root converges monotonically: from below for x₋, from above for x₊.
    /// </summary>
    internal static class BalancedRootFinder
    {
        private const int MaxNewtonSteps = 200;

        public static AlgebraicNumber Isolate(ScalarLandscape landscape, BigRational y, Polynomial r, BigRational lower, BigRational upper, bool fromBelow)
        {
            double estimate = NewtonEstimate(landscape.Depth, landscape.LambdaProduct.ToDouble(), y.ToDouble(), fromBelow);
            var tight = VerifiedBracket.TryAround(r, estimate, lower, upper);
            return tight.HasValue
                ? AlgebraicNumber.FromIsolatingInterval(r, tight.Value.Lower, tight.Value.Upper)
                : AlgebraicNumber.FromIsolatingInterval(r, lower, upper);
        }

        private static double NewtonEstimate(int depth, double lambda, double y, bool fromBelow)
        {
            double sqrtLambda = Math.Sqrt(lambda);
            if (depth == 2)
            {
                return Math.Sqrt(sqrtLambda * (y - sqrtLambda));
            }

            // Outer starting points: ψ ≥ √λ x^{2−L} gives x₋ ≥ (√λ/y)^{1/(L−2)}; ψ ≥ x^L/√λ gives x₊ ≤ (√λ y)^{1/L}.
            double x = fromBelow ? Math.Pow(sqrtLambda / y, 1.0 / (depth - 2)) : Math.Pow(sqrtLambda * y, 1.0 / depth);
            for (int step = 0; step < MaxNewtonSteps; step++)
            {
                double xPowerL = Math.Pow(x, depth);
                double psi = xPowerL / sqrtLambda + sqrtLambda * Math.Pow(x, 2 - depth);
                double slope = depth * xPowerL / (sqrtLambda * x) + (2 - depth) * sqrtLambda * Math.Pow(x, 1 - depth);
                if (slope == 0 || double.IsNaN(slope) || double.IsInfinity(slope))
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
