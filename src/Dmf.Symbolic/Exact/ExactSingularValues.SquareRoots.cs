namespace Dmf.Symbolic.Exact
{
    /// <summary>The square roots y = √μ/d of the Gram eigenvalues, exact, and the modular square-freeness test.</summary>
    public static partial class ExactSingularValues
    {
        /// <summary>
        /// y = √μ/d as the root of <paramref name="inT"/> (= a(d²t²)) for a root μ &gt; 0 of the square-free a whose
        /// bracket (low, high) holds no other root of a: t ↦ d²t² maps (l/d, u/d) onto (l², u²), so with
        /// max(low, 0) ≤ l² &lt; μ &lt; u² ≤ high the interval holds exactly one positive root of a(d²t²). l² &lt; μ and
        /// u² &gt; μ are read from a's signs at l² and u² (a changes sign in (low, high) only at μ), and inT's sign at
        /// l/d is a's at l², <paramref name="signBelow"/> (a's sign at low): two evaluations of a, none of the twice-as-long
        /// inT, and no refinement of μ.
        /// </summary>
        private static AlgebraicNumber SquareRootOf(Polynomial inT, Polynomial a, BigRational low, BigRational high, int signBelow, BigRational d)
        {
            var floor = low.Sign > 0 ? low : BigRational.Zero;
            for (int bits = 8; ; bits = Math.Min(bits * 2, 1 << 20))
            {
                var l = SquareRootBound(floor, bits, up: true);
                var u = SquareRootBound(high, bits, up: false);
                if (l < u && a.SignAt(l * l) == signBelow && a.SignAt(u * u) == -signBelow)
                {
                    return AlgebraicNumber.FromProvedBracket(inT, l / d, u / d, signBelow);
                }
            }
        }

        /// <summary>A rational with denominator 2^bits below (or above) √r, r ≥ 0.</summary>
        private static BigRational SquareRootBound(BigRational r, int bits, bool up)
        {
            var scaled = r * new BigRational(BigInteger.One << (2 * bits));
            var n = up ? BigRational.Ceiling(scaled) : BigRational.Floor(scaled);
            var root = IntegerSquareRoot(n);
            if (up && root * root != n)
            {
                root += 1;
            }

            return new BigRational(root, BigInteger.One << bits);
        }

        /// <summary>
        /// True when the monic integer polynomial p is square-free modulo one of a few primes, so square-free over Q
        /// (a repeated factor over Q stays repeated mod p); false means "not shown", and the caller splits it exactly.
        /// </summary>
        private static bool IsSquareFreeModular(Polynomial p)
        {
            if (p.Degree < 2)
            {
                return true;
            }

            var dense = p.ToDenseCoefficients();
            foreach (uint prime in ModularArithmetic.Primes().Take(3))
            {
                var a = dense.Select(c => ModularArithmetic.Mod(c.Numerator, prime)).ToArray();
                var b = Enumerable.Range(1, a.Length - 1).Select(k => (ulong)k % prime * a[k] % prime).ToArray();
                if (ModularGcdDegree(a, b, prime) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The degree of gcd(a, b) over F_p (coefficients ascending).</summary>
        private static int ModularGcdDegree(ulong[] a, ulong[] b, uint prime)
        {
            static int Degree(ulong[] c)
            {
                int d = c.Length - 1;
                while (d >= 0 && c[d] == 0)
                {
                    d--;
                }

                return d;
            }

            var x = (ulong[])a.Clone();
            var y = (ulong[])b.Clone();
            while (Degree(y) >= 0)
            {
                int dx = Degree(x), dy = Degree(y);
                ulong inverse = ModularArithmetic.Inverse((uint)y[dy], prime);
                while (dx >= dy && dx >= 0)
                {
                    ulong factor = x[dx] * inverse % prime;
                    for (int k = 0; k <= dy; k++)
                    {
                        x[dx - dy + k] = (x[dx - dy + k] + prime - (factor * y[k] % prime)) % prime;
                    }

                    dx = Degree(x);
                }

                (x, y) = (y, x);
            }

            return Degree(x);
        }

        /// <summary>√k / d for an integer k ≥ 0: a rational when k is a perfect square, otherwise the positive root of d²t² − k.</summary>
        private static AlgebraicNumber SquareRootOver(BigInteger k, BigRational d)
        {
            var root = IntegerSquareRoot(k);
            if (root * root == k)
            {
                return AlgebraicNumber.FromRational(new BigRational(root) / d);
            }

            var polynomial = Polynomial.FromCoefficients(new BigRational(-k), BigRational.Zero, d * d);
            return AlgebraicNumber.Create(polynomial, new BigRational(root) / d, new BigRational(root + 1) / d);
        }
    }
}
