using System.Text;

namespace Dmf.Symbolic.Exact
{
    public sealed partial class Polynomial
    {
        /// <summary>Text in descending powers, e.g. "x^5 - 3*x^2 + 1/2"; "0" for the zero polynomial.</summary>
        public override string ToString() => ToString("x");

        /// <summary>Text in descending powers with the given variable name.</summary>
        public string ToString(string variable)
        {
            if (IsZero)
            {
                return "0";
            }

            var builder = new StringBuilder();
            for (int k = _exponents.Length - 1; k >= 0; k--)
            {
                var coefficient = _coefficients[k];
                int exponent = _exponents[k];
                bool first = builder.Length == 0;
                if (first)
                {
                    if (coefficient.Sign < 0)
                    {
                        builder.Append('-');
                    }
                }
                else
                {
                    builder.Append(coefficient.Sign < 0 ? " - " : " + ");
                }

                var magnitude = BigRational.Abs(coefficient);
                bool unit = magnitude == BigRational.One;
                if (exponent == 0)
                {
                    builder.Append(magnitude.ToString());
                    continue;
                }

                if (!unit)
                {
                    builder.Append(magnitude.ToString()).Append('*');
                }

                builder.Append(variable);
                if (exponent > 1)
                {
                    builder.Append('^').Append(exponent.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }
    }
}
