namespace Dmf.Symbolic.Exact
{
    public sealed partial class Polynomial
    {
        /// <summary>p(x), exactly.</summary>
        public BigRational Evaluate(BigRational x) => IntegerForm.ValueAt(x);

        /// <summary>The sign (−1, 0, +1) of p(x), exactly; cheaper than <see cref="Evaluate(BigRational)"/>.</summary>
        public int SignAt(BigRational x) => IntegerForm.SignAt(x);

        /// <summary>
        /// p(x) in double arithmetic (coefficients rounded to double, Horner over the exponent gaps).
        /// Not exact: use it for plotting and estimates. NaN in gives NaN out.
        /// </summary>
        public double Evaluate(double x)
        {
            if (IsZero)
            {
                return 0.0;
            }

            int top = _exponents.Length - 1;
            double result = _coefficients[top].ToDouble();
            for (int k = top - 1; k >= 0; k--)
            {
                result = result * PowDouble(x, _exponents[k + 1] - _exponents[k]) + _coefficients[k].ToDouble();
            }

            return result * PowDouble(x, _exponents[0]);
        }

        private static double PowDouble(double x, int exponent)
        {
            double result = 1.0;
            double power = x;
            while (exponent > 0)
            {
                if ((exponent & 1) == 1)
                {
                    result *= power;
                }

                exponent >>= 1;
                power *= power;
            }

            return result;
        }
    }
}
