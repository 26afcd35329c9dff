using System.Globalization;
using System.Text;

namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// A polynomial of <see cref="ScalarTheory"/> as one line of ASCII for people — f(x; y) = x^5 − sqrt(lambda)*y*x^2 +
    /// lambda*x —, printed from the polynomial itself (so headers and comments never restate a formula by hand): terms by
    /// descending power of x, each its coefficient (omitted when 1), then sqrt(lambda), lambda, y and x with their powers.
    /// </summary>
    internal static class ScalarText
    {
        /// <summary>The polynomial's text; "0" for the zero polynomial.</summary>
        public static string Of(MultivariatePolynomial p)
        {
            if (p is null)
            {
                throw new ArgumentNullException(nameof(p));
            }

            var terms = p.Terms
                .OrderByDescending(t => t.Exponents[ScalarTheory.X])
                .ThenByDescending(t => t.Exponents[ScalarTheory.S] + t.Exponents[ScalarTheory.Y])
                .ThenByDescending(t => t.Exponents[ScalarTheory.Lambda])
                .ToList();
            if (terms.Count == 0)
            {
                return "0";
            }

            var text = new StringBuilder();
            foreach (var (exponents, coefficient) in terms)
            {
                bool negative = coefficient.Sign < 0;
                text.Append(text.Length == 0 ? (negative ? "-" : string.Empty) : negative ? " - " : " + ");
                var factors = new List<string>();
                var magnitude = BigRational.Abs(coefficient);
                if (magnitude != BigRational.One)
                {
                    factors.Add(magnitude.ToExactString());
                }

                factors.AddRange(Power("sqrt(lambda)", exponents[ScalarTheory.S]));
                factors.AddRange(Power("lambda", exponents[ScalarTheory.Lambda]));
                factors.AddRange(Power("y", exponents[ScalarTheory.Y]));
                factors.AddRange(Power("x", exponents[ScalarTheory.X]));
                text.Append(factors.Count == 0 ? "1" : string.Join("*", factors));
            }

            return text.ToString();
        }

        private static IEnumerable<string> Power(string name, int exponent) =>
            exponent == 0 ? Enumerable.Empty<string>()
            : exponent == 1 ? new[] { name }
            : new[] { name + "^" + exponent.ToString(CultureInfo.InvariantCulture) };
    }
}
