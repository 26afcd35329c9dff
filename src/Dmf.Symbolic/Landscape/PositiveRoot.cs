namespace Dmf.Symbolic.Landscape
{
    /// <summary>Positive roots of binomials x^n − c, exactly, with a tight first bracket from a double estimate.</summary>
    internal static class PositiveRoot
    {
        /// <summary>c^{1/n}: the unique positive root of x^n − c (n ≥ 1, c &gt; 0).</summary>
        public static AlgebraicNumber OfBinomial(int n, BigRational c)
        {
            var polynomial = Polynomial.Monomial(BigRational.One, n) - Polynomial.Constant(c);
            double estimate = Math.Exp((BigInteger.Log(c.Numerator) - BigInteger.Log(c.Denominator)) / n);
            var tight = VerifiedBracket.TryAround(polynomial, estimate);
            if (tight.HasValue)
            {
                return AlgebraicNumber.FromIsolatingInterval(polynomial, tight.Value.Lower, tight.Value.Upper);
            }

            // x^n − c is −c at 0 and ≥ 0 at max(1, c); the positive root is unique.
            return AlgebraicNumber.FromIsolatingInterval(polynomial, BigRational.Zero, BigRational.Max(BigRational.One, c));
        }
    }
}
