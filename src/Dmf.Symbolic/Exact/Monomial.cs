namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// The exponent vector of a term of a <see cref="MultivariatePolynomial"/>, as a key: equal when the exponents are, with
    /// the hash computed once. Never changed after construction (the polynomial owns the array).
    /// </summary>
    internal readonly struct Monomial : IEquatable<Monomial>
    {
        private readonly int _hash;

        public Monomial(int[] exponents)
        {
            Exponents = exponents;
            int hash = 17;
            foreach (int e in exponents)
            {
                hash = unchecked((hash * 31) + e);
            }

            _hash = hash;
        }

        public int[] Exponents { get; }

        public bool Equals(Monomial other)
        {
            if (_hash != other._hash || Exponents.Length != other.Exponents.Length)
            {
                return false;
            }

            for (int i = 0; i < Exponents.Length; i++)
            {
                if (Exponents[i] != other.Exponents[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Monomial other && Equals(other);

        public override int GetHashCode() => _hash;
    }

    /// <summary>
    /// The order in which a polynomial lists its terms: exponent by exponent, each compared by its decimal digits (so 10
    /// comes between 1 and 2) — the order the terms have always been printed in, kept so that every query and formula
    /// printed from a polynomial stays the same text.
    /// </summary>
    internal sealed class MonomialOrder : IComparer<Monomial>
    {
        public static MonomialOrder Instance { get; } = new MonomialOrder();

        public int Compare(Monomial a, Monomial b)
        {
            int n = Math.Min(a.Exponents.Length, b.Exponents.Length);
            for (int i = 0; i < n; i++)
            {
                int c = CompareDigits(a.Exponents[i], b.Exponents[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Exponents.Length.CompareTo(b.Exponents.Length);
        }

        /// <summary>Two nonnegative integers compared as their decimal texts are, ordinally (a proper prefix first).</summary>
        private static int CompareDigits(int a, int b)
        {
            if (a == b)
            {
                return 0;
            }

            int da = Digits(a), db = Digits(b);
            int length = Math.Min(da, db);
            long pa = a / Pow10(da - length), pb = b / Pow10(db - length);
            return pa != pb ? pa.CompareTo(pb) : da.CompareTo(db);
        }

        private static int Digits(int x)
        {
            int d = 1;
            while (x >= 10)
            {
                x /= 10;
                d++;
            }

            return d;
        }

        private static long Pow10(int k)
        {
            long p = 1;
            for (int i = 0; i < k; i++)
            {
                p *= 10;
            }

            return p;
        }
    }
}
