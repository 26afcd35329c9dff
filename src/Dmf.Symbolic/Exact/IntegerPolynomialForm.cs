namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// A rational polynomial P written as P = Scale · I with I a primitive integer polynomial
    /// (sparse, ascending, positive leading coefficient). Exact evaluation at a rational m/d is then
    /// integer arithmetic: d^deg · I(m/d) = Σ c_k m^{e_k} d^{deg − e_k}, evaluated by a Horner scheme
    /// over the gaps between exponents (no gcds, no dense zero terms).
    /// </summary>
    internal sealed class IntegerPolynomialForm
    {
        private IntegerPolynomialForm(int[] exponents, BigInteger[] coefficients, BigRational scale)
        {
            Exponents = exponents;
            Coefficients = coefficients;
            Scale = scale;
        }

        public int[] Exponents { get; }

        public BigInteger[] Coefficients { get; }

        public BigRational Scale { get; }

        public int Degree => Exponents.Length == 0 ? -1 : Exponents[Exponents.Length - 1];

        public static IntegerPolynomialForm From(int[] exponents, BigRational[] coefficients)
        {
            if (exponents.Length == 0)
            {
                return new IntegerPolynomialForm(exponents, new BigInteger[0], BigRational.Zero);
            }

            var lcm = BigInteger.One;
            foreach (var c in coefficients)
            {
                var d = c.Denominator;
                lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, d) * d;
            }

            var integers = new BigInteger[coefficients.Length];
            var content = BigInteger.Zero;
            for (int k = 0; k < coefficients.Length; k++)
            {
                integers[k] = coefficients[k].Numerator * (lcm / coefficients[k].Denominator);
                content = BigInteger.GreatestCommonDivisor(content, integers[k]);
            }

            if (integers[integers.Length - 1].Sign < 0)
            {
                content = -content;
            }

            for (int k = 0; k < integers.Length; k++)
            {
                integers[k] /= content;
            }

            return new IntegerPolynomialForm(exponents, integers, new BigRational(content, lcm));
        }

        /// <summary>d^deg · I(m/d) for d &gt; 0.</summary>
        public BigInteger HomogeneousValue(BigInteger m, BigInteger d)
        {
            int top = Exponents.Length - 1;
            if (top < 0)
            {
                return BigInteger.Zero;
            }

            var accumulator = Coefficients[top];
            var dPower = BigInteger.One;
            bool unitDenominator = d.IsOne;
            for (int k = top - 1; k >= 0; k--)
            {
                int gap = Exponents[k + 1] - Exponents[k];
                if (!unitDenominator)
                {
                    dPower *= BigInteger.Pow(d, gap);
                }

                accumulator = accumulator * BigInteger.Pow(m, gap) + Coefficients[k] * dPower;
            }

            return Exponents[0] == 0 ? accumulator : accumulator * BigInteger.Pow(m, Exponents[0]);
        }

        /// <summary>Sign of P(x), exactly.</summary>
        public int SignAt(BigRational x) => Scale.Sign * HomogeneousValue(x.Numerator, x.Denominator).Sign;

        /// <summary>P(x), exactly.</summary>
        public BigRational ValueAt(BigRational x)
        {
            if (Exponents.Length == 0)
            {
                return BigRational.Zero;
            }

            var homogeneous = HomogeneousValue(x.Numerator, x.Denominator);
            return Scale * new BigRational(homogeneous, BigInteger.Pow(x.Denominator, Degree));
        }

        /// <summary>Dense integer coefficients of I, ascending.</summary>
        public BigInteger[] ToDense()
        {
            var dense = new BigInteger[Degree + 1];
            for (int k = 0; k < Exponents.Length; k++)
            {
                dense[Exponents[k]] = Coefficients[k];
            }

            return dense;
        }
    }
}
