namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// Real-root isolation of a square-free polynomial by Descartes bisection
    /// (Vincent–Collins–Akritas): map the root bound to (0, 1), split intervals until each has 0 or 1
    /// sign variation. Exact integer arithmetic throughout; dyadic endpoints.
    /// </summary>
    internal static class DescartesIsolator
    {
        /// <summary>Ascending isolating intervals for every real root of a square-free polynomial.</summary>
        public static List<IsolatingInterval> Isolate(Polynomial squareFree)
        {
            var result = new List<IsolatingInterval>();
            var dense = squareFree.IntegerForm.ToDense();
            if (dense.Length <= 1)
            {
                return result;
            }

            bool zeroIsRoot = dense[0].IsZero;
            if (zeroIsRoot)
            {
                dense = DivideByX(dense);
            }

            var reflected = (BigInteger[])dense.Clone();
            for (int k = 1; k < reflected.Length; k += 2)
            {
                reflected[k] = -reflected[k];
            }

            var negative = PositiveRoots(reflected);
            for (int k = negative.Count - 1; k >= 0; k--)
            {
                result.Add(new IsolatingInterval(-negative[k].Upper, -negative[k].Lower));
            }

            if (zeroIsRoot)
            {
                result.Add(new IsolatingInterval(BigRational.Zero, BigRational.Zero));
            }

            result.AddRange(PositiveRoots(dense));
            return result;
        }

        /// <summary>Isolates the roots in (0, ∞) of a square-free integer polynomial with p(0) ≠ 0.</summary>
        private static List<IsolatingInterval> PositiveRoots(BigInteger[] p)
        {
            var found = new List<IsolatingInterval>();
            int n = p.Length - 1;
            if (n < 1)
            {
                return found;
            }

            // Cauchy bound: every root has |x| < 1 + max|a_i|/|a_n| ≤ 2^k.
            var maxLower = BigInteger.Zero;
            for (int i = 0; i < n; i++)
            {
                var magnitude = BigInteger.Abs(p[i]);
                if (magnitude > maxLower)
                {
                    maxLower = magnitude;
                }
            }

            int k = (int)System.Math.Max(1, BigRational.BitLength(maxLower) - BigRational.BitLength(BigInteger.Abs(p[n])) + 2);
            var scaled = new BigInteger[p.Length];
            for (int i = 0; i <= n; i++)
            {
                scaled[i] = p[i] << (k * i);
            }

            DescartesRuleOfSigns.RemoveContent(scaled);
            var pending = new Stack<(BigInteger[] Q, BigInteger C, int J)>();
            pending.Push((scaled, BigInteger.Zero, 0));
            while (pending.Count > 0)
            {
                var (q, c, j) = pending.Pop();

                // Interval (c/2^j, (c+1)/2^j) · 2^k. A root at its left end shows as q(0) = 0.
                if (q[0].IsZero)
                {
                    found.Add(Point(c, k - j));
                    q = DivideByX(q);
                }

                if (q.Length <= 1)
                {
                    continue;
                }

                int variations = DescartesRuleOfSigns.VariationsInUnitInterval(q, cap: 2);
                if (variations == 0)
                {
                    continue;
                }

                if (variations == 1)
                {
                    found.Add(new IsolatingInterval(BigRational.FromBinary(c, k - j), BigRational.FromBinary(c + BigInteger.One, k - j)));
                    continue;
                }

                int degree = q.Length - 1;
                var left = new BigInteger[q.Length];
                for (int i = 0; i <= degree; i++)
                {
                    left[i] = q[i] << (degree - i);
                }

                DescartesRuleOfSigns.RemoveContent(left);
                var right = (BigInteger[])left.Clone();
                DescartesRuleOfSigns.TaylorShift(right, BigInteger.One);
                pending.Push((right, (c << 1) + BigInteger.One, j + 1));
                pending.Push((left, c << 1, j + 1));
            }

            return found;
        }

        private static IsolatingInterval Point(BigInteger c, int exponent)
        {
            var value = BigRational.FromBinary(c, exponent);
            return new IsolatingInterval(value, value);
        }

        private static BigInteger[] DivideByX(BigInteger[] q)
        {
            var shifted = new BigInteger[q.Length - 1];
            System.Array.Copy(q, 1, shifted, 0, shifted.Length);
            return shifted;
        }
    }
}
