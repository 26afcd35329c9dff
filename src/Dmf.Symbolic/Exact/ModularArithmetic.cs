namespace Dmf.Symbolic.Exact
{
    /// <summary>Word-size arithmetic modulo primes below 2^31 (the multi-modular computations of the exact core).</summary>
    internal static class ModularArithmetic
    {
        /// <summary>Primes below 2^31, descending (Miller–Rabin with bases 2, 7, 61: exact below 4,759,123,141).</summary>
        public static IEnumerable<uint> Primes()
        {
            for (uint candidate = 2147483647; candidate > 3; candidate -= 2)
            {
                if (IsPrime(candidate))
                {
                    yield return candidate;
                }
            }
        }

        /// <summary>Deterministic primality below 2^32.</summary>
        public static bool IsPrime(uint n)
        {
            if (n % 3 == 0 || n % 5 == 0 || n % 7 == 0)
            {
                return n == 3 || n == 5 || n == 7;
            }

            uint d = n - 1;
            int r = 0;
            while ((d & 1) == 0)
            {
                d >>= 1;
                r++;
            }

            foreach (uint a in new uint[] { 2, 7, 61 })
            {
                if (a % n == 0)
                {
                    continue;
                }

                ulong x = PowMod(a, d, n);
                if (x == 1 || x == n - 1)
                {
                    continue;
                }

                bool composite = true;
                for (int i = 1; i < r; i++)
                {
                    x = x * x % n;
                    if (x == n - 1)
                    {
                        composite = false;
                        break;
                    }
                }

                if (composite)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>a^e mod m (m &lt; 2^32).</summary>
        public static ulong PowMod(ulong a, ulong e, ulong m)
        {
            ulong result = 1;
            a %= m;
            while (e > 0)
            {
                if ((e & 1) != 0)
                {
                    result = result * a % m;
                }

                a = a * a % m;
                e >>= 1;
            }

            return result;
        }

        /// <summary>a⁻¹ mod the prime p (a not divisible by p), by Fermat: a^(p−2).</summary>
        public static uint Inverse(uint a, uint p) => (uint)PowMod(a, p - 2, p);

        /// <summary>value mod p in [0, p).</summary>
        public static ulong Mod(BigInteger value, uint p)
        {
            var r = value % p;
            return (ulong)(r.Sign < 0 ? r + p : r);
        }
    }
}
