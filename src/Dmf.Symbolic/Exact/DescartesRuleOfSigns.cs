namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// Descartes' rule of signs on intervals, in exact integer arithmetic. For a polynomial q of degree n,
    /// the number of sign variations of (1 + x)^n q(1/(1 + x)) bounds the number of roots of q in (0, 1)
    /// and has the same parity; 0 proves there are none and 1 proves there is exactly one.
    /// </summary>
    internal static class DescartesRuleOfSigns
    {
        /// <summary>Sign variations of the coefficient sequence (zeros skipped), counted up to <paramref name="cap"/>.</summary>
        public static int SignVariations(BigInteger[] coefficients, int cap = int.MaxValue) =>
            SignVariations(coefficients.Select(c => c.Sign), cap);

        /// <summary>Sign changes in a sequence of signs −1/0/+1 (zeros skipped), counted up to <paramref name="cap"/>.</summary>
        public static int SignVariations(IEnumerable<int> signs, int cap = int.MaxValue)
        {
            int variations = 0;
            int previous = 0;
            foreach (int sign in signs)
            {
                if (sign == 0)
                {
                    continue;
                }

                if (previous != 0 && sign != previous && ++variations >= cap)
                {
                    return variations;
                }

                previous = sign;
            }

            return variations;
        }

        /// <summary>Replaces q(x) by q(x + shift), in place (O(n²) multiply-adds).</summary>
        public static void TaylorShift(BigInteger[] q, BigInteger shift)
        {
            int n = q.Length - 1;
            bool unit = shift.IsOne;
            for (int i = 0; i < n; i++)
            {
                for (int j = n - 1; j >= i; j--)
                {
                    q[j] += unit ? q[j + 1] : shift * q[j + 1];
                }
            }
        }

        /// <summary>The Descartes bound for the number of roots of q in the open interval (0, 1).</summary>
        public static int VariationsInUnitInterval(BigInteger[] q, int cap = int.MaxValue)
        {
            var transformed = new BigInteger[q.Length];
            for (int k = 0; k < q.Length; k++)
            {
                transformed[k] = q[q.Length - 1 - k];
            }

            TaylorShift(transformed, BigInteger.One);
            return SignVariations(transformed, cap);
        }

        /// <summary>The Descartes bound for the number of roots of q (dense, integer) in the open interval (a, b), a &lt; b.</summary>
        public static int VariationsInInterval(BigInteger[] q, BigRational a, BigRational b, int cap = int.MaxValue)
        {
            // Common denominator: a = A/D, b = B/D. Then D^n q(z/D) has integer coefficients,
            // shifting z = A + w and scaling w = (B − A) y maps (a, b) onto (0, 1).
            var d = a.Denominator / BigInteger.GreatestCommonDivisor(a.Denominator, b.Denominator) * b.Denominator;
            var lowerNumerator = a.Numerator * (d / a.Denominator);
            var upperNumerator = b.Numerator * (d / b.Denominator);
            int n = q.Length - 1;
            var work = new BigInteger[q.Length];
            var dPower = BigInteger.One;
            for (int i = n; i >= 0; i--)
            {
                work[i] = q[i] * dPower;
                dPower *= d;
            }

            TaylorShift(work, lowerNumerator);
            var width = upperNumerator - lowerNumerator;
            var widthPower = BigInteger.One;
            for (int i = 0; i <= n; i++)
            {
                work[i] *= widthPower;
                widthPower *= width;
            }

            return VariationsInUnitInterval(work, cap);
        }

        /// <summary>Divides by the gcd of the coefficients (keeps signs), in place.</summary>
        public static void RemoveContent(BigInteger[] q)
        {
            var content = BigInteger.Zero;
            foreach (var c in q)
            {
                content = BigInteger.GreatestCommonDivisor(content, c);
                if (content.IsOne)
                {
                    return;
                }
            }

            if (content.IsZero || content.IsOne)
            {
                return;
            }

            for (int k = 0; k < q.Length; k++)
            {
                q[k] /= content;
            }
        }
    }
}
