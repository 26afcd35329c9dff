using System.Globalization;
using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>
/// Puts a polynomial in the layer entries w_1..w_L of one slot at the balanced critical point (docs/theory.md §2:
/// w_l = σ/√λ_l) into terms of σ and s = √λ only, exactly: w_l² = σ²/λ_l, and a product of all L entries is
/// σ^L/s. The result is s·p (multiplied by s &gt; 0, which keeps the sign and clears the 1/s), a polynomial in the
/// variables of <see cref="ScalarTheory"/> (x = σ and s). Polynomials with a product of some but not all layers to an
/// odd power are not of this form and are rejected.
/// </summary>
internal static class BalancedSubstitution
{
    /// <summary>
    /// s·p(σ/√λ_1, …, σ/√λ_L) in x = σ and s; the variable <paramref name="yVariable"/>, when given, becomes y; other
    /// trailing variables (e.g. t) must have exponent 0.
    /// </summary>
    public static MultivariatePolynomial ScaledBySqrtLambda(MultivariatePolynomial p, IReadOnlyList<BigRational> lambdas, int? yVariable = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(lambdas);
        int depth = lambdas.Count;
        var sigma = ScalarTheory.Variable(ScalarTheory.X);
        var s = ScalarTheory.Variable(ScalarTheory.S);
        var result = ScalarTheory.Constant(BigRational.Zero);
        foreach (var (exponents, coefficient) in p.Terms)
        {
            if (exponents.Skip(depth).Where((e, k) => depth + k != yVariable).Any(e => e != 0))
            {
                throw new ArgumentException("Only the layer entries may appear in the polynomial.", nameof(p));
            }

            var odd = Enumerable.Range(0, depth).Where(l => exponents[l] % 2 == 1).ToList();
            var y = ScalarTheory.Variable(ScalarTheory.Y).Power(yVariable is { } v ? exponents[v] : 0);
            var factor = coefficient;
            int sigmaPower = 0;
            for (int l = 0; l < depth; l++)
            {
                int pairs = exponents[l] / 2;
                factor /= BigRational.Pow(lambdas[l], pairs);
                sigmaPower += 2 * pairs;
            }

            if (odd.Count == 0)
            {
                // Even in every entry: rational·σ^k, times s.
                result = result.Add(sigma.Power(sigmaPower).Multiply(s).Multiply(y).Scale(factor));
            }
            else if (odd.Count == depth)
            {
                // One more factor of every entry: Π w_l = σ^L/s, and the s cancels.
                result = result.Add(sigma.Power(sigmaPower + depth).Multiply(y).Scale(factor));
            }
            else
            {
                throw new ArgumentException($"A monomial odd in layers {string.Join(",", odd.Select(l => (l + 1).ToString(CultureInfo.InvariantCulture)))} only is not a function of σ and √λ.", nameof(p));
            }
        }

        return result;
    }
}
