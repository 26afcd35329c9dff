namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// The characteristic polynomial det(x·I − M) of a square integer matrix, exactly, by the multi-modular method: M is
    /// reduced to upper Hessenberg form modulo primes p &lt; 2^31 (O(n³) word operations each, no bad primes: the
    /// reduction is exact over the field F_p, and the characteristic polynomial of M mod p is that of M reduced), and the
    /// coefficients are rebuilt by the Chinese remainder theorem (Garner) in symmetric residues once the product of the
    /// primes exceeds twice a bound on every coefficient. The bound is given by the caller or, by default, Hadamard's:
    /// a coefficient is a signed sum of principal minors, |c_{n−k}| ≤ C(n, k)·(the product of the k largest row norms).
    /// </summary>
    public static class CharacteristicPolynomial
    {
        /// <summary>det(x·I − M) for a square integer matrix M (monic, degree n).</summary>
        public static Polynomial Of(BigInteger[,] matrix) => Of(matrix, CoefficientBitBound(matrix));

        /// <summary>
        /// det(x·I − M) when every coefficient is known to be below 2^<paramref name="coefficientBits"/> in absolute value
        /// (e.g. for a positive semidefinite M: |c_{n−k}| ≤ e_k(M_11, …, M_nn) ≤ Π (1 + M_ii)).
        /// </summary>
        public static Polynomial Of(BigInteger[,] matrix, long coefficientBits)
        {
            if (matrix is null)
            {
                throw new ArgumentNullException(nameof(matrix));
            }

            int n = matrix.GetLength(0);
            if (matrix.GetLength(1) != n)
            {
                throw new ArgumentException("The matrix must be square.", nameof(matrix));
            }

            if (n == 0)
            {
                return Polynomial.One;
            }

            // Residues until Π p > 2·2^bits, combined incrementally (Garner): value ≡ r_i mod p_i, kept in [0, modulus).
            var values = new BigInteger[n + 1];
            var modulus = BigInteger.One;
            var target = BigInteger.One << (int)Math.Min(int.MaxValue - 2, coefficientBits + 1);
            foreach (uint prime in ModularArithmetic.Primes())
            {
                var residues = ModularCharacteristic(matrix, prime);
                uint modulusModP = (uint)(modulus % prime);
                uint inverse = ModularArithmetic.Inverse(modulusModP, prime);
                for (int k = 0; k <= n; k++)
                {
                    uint current = (uint)ModularArithmetic.Mod(values[k], prime);
                    ulong difference = (residues[k] + (ulong)prime - current) % prime;
                    ulong t = difference * inverse % prime;
                    values[k] += modulus * t;
                }

                modulus *= prime;
                if (modulus > target)
                {
                    break;
                }
            }

            var half = modulus >> 1;
            var coefficients = values.Select(v => new BigRational(v > half ? v - modulus : v)).ToArray();
            return Polynomial.FromCoefficients(coefficients);
        }

        /// <summary>
        /// Bits b with every coefficient of det(x·I − M) below 2^b: Hadamard's bound on the principal minors,
        /// log2 C(n, k) + Σ log2 of the k largest row norms, maximized over k.
        /// </summary>
        public static long CoefficientBitBound(BigInteger[,] matrix)
        {
            if (matrix is null)
            {
                throw new ArgumentNullException(nameof(matrix));
            }

            int n = matrix.GetLength(0);
            var rowBits = new List<double>(n);
            for (int i = 0; i < n; i++)
            {
                var squares = BigInteger.Zero;
                for (int j = 0; j < matrix.GetLength(1); j++)
                {
                    squares += matrix[i, j] * matrix[i, j];
                }

                rowBits.Add(squares.IsZero ? 0 : BigInteger.Log(squares, 2) / 2);
            }

            rowBits.Sort((a, b) => b.CompareTo(a));
            double best = 0, sum = 0, binomial = 0;
            for (int k = 1; k <= n; k++)
            {
                sum += Math.Max(0, rowBits[k - 1]);
                binomial += Math.Log(n - k + 1, 2) - Math.Log(k, 2);
                best = Math.Max(best, sum + binomial);
            }

            return (long)Math.Ceiling(best) + 2;
        }

        /// <summary>The coefficients (ascending, each in [0, p)) of det(x·I − M) mod p, by Hessenberg reduction.</summary>
        internal static ulong[] ModularCharacteristic(BigInteger[,] matrix, uint prime)
        {
            int n = matrix.GetLength(0);
            var h = new ulong[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    h[i, j] = ModularArithmetic.Mod(matrix[i, j], prime);
                }
            }

            ulong p = prime;

            // Similarity transforms to upper Hessenberg form: zero column m − 1 below the subdiagonal.
            for (int m = 1; m < n - 1; m++)
            {
                int pivot = -1;
                for (int i = m; i < n; i++)
                {
                    if (h[i, m - 1] != 0)
                    {
                        pivot = i;
                        break;
                    }
                }

                if (pivot < 0)
                {
                    continue;
                }

                if (pivot != m)
                {
                    for (int j = 0; j < n; j++)
                    {
                        (h[pivot, j], h[m, j]) = (h[m, j], h[pivot, j]);
                    }

                    for (int i = 0; i < n; i++)
                    {
                        (h[i, pivot], h[i, m]) = (h[i, m], h[i, pivot]);
                    }
                }

                // With E = Π_i (I − u_i e_i e_mᵀ) and F = Π_i (I + u_i e_i e_mᵀ) (each factor commutes with the others),
                // E·H·F is the similarity: all row operations first (row i −= u_i·row m), then column m += Σ_i u_i·column i,
                // which runs along rows (contiguous) and reduces every third product (three products below 2^62 each
                // and a residue stay below 2^64).
                ulong inverse = ModularArithmetic.Inverse((uint)h[m, m - 1], prime);
                var multipliers = new ulong[n];
                bool any = false;
                for (int i = m + 1; i < n; i++)
                {
                    ulong u = h[i, m - 1] * inverse % p;
                    multipliers[i] = u;
                    if (u == 0)
                    {
                        continue;
                    }

                    any = true;
                    for (int j = 0; j < n; j++)
                    {
                        // h − (u·h_m mod p) in [−p, p): add p back without a branch (the sign is random, a branch mispredicts).
                        ulong value = h[i, j] - (u * h[m, j] % p);
                        h[i, j] = value + (p & (ulong)((long)value >> 63));
                    }
                }

                if (!any)
                {
                    continue;
                }

                for (int j = 0; j < n; j++)
                {
                    ulong sum = h[j, m];
                    int pending = 0;
                    for (int i = m + 1; i < n; i++)
                    {
                        if (multipliers[i] != 0)
                        {
                            sum += multipliers[i] * h[j, i];
                            if (++pending == 3)
                            {
                                sum %= p;
                                pending = 0;
                            }
                        }
                    }

                    h[j, m] = sum % p;
                }
            }

            // p_0 = 1; p_m = (x − h_{m−1,m−1})·p_{m−1} − Σ_{i=1}^{m−1} (Π_{k=m−i}^{m−1} h_{k,k−1})·h_{m−i−1,m−1}·p_{m−i−1}.
            var polynomials = new ulong[n + 1][];
            polynomials[0] = new ulong[] { 1 };
            for (int m = 1; m <= n; m++)
            {
                var next = new ulong[m + 1];
                var previous = polynomials[m - 1];
                ulong diagonal = h[m - 1, m - 1];
                for (int k = 0; k < previous.Length; k++)
                {
                    next[k + 1] = (next[k + 1] + previous[k]) % p;
                    next[k] = (next[k] + p - diagonal * previous[k] % p) % p;
                }

                ulong t = 1;
                for (int i = 1; i < m; i++)
                {
                    t = t * h[m - i, m - i - 1] % p;
                    if (t == 0)
                    {
                        break;
                    }

                    ulong factor = t * h[m - i - 1, m - 1] % p;
                    var lower = polynomials[m - i - 1];
                    for (int k = 0; k < lower.Length; k++)
                    {
                        ulong value = next[k] - (factor * lower[k] % p);
                        next[k] = value + (p & (ulong)((long)value >> 63));
                    }
                }

                polynomials[m] = next;
            }

            return polynomials[n];
        }
    }
}
