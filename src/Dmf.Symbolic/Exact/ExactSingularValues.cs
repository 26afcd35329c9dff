namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// The singular values of a rational matrix Y, exactly: the squares y² are the eigenvalues of the smaller Gram
    /// matrix (YᵀY or YYᵀ). Y is scaled to an integer matrix Z = D·Y (D the least common denominator), the characteristic
    /// polynomial P of G = ZᵀZ (or ZZᵀ) is computed exactly (<see cref="CharacteristicPolynomial"/>, with the bound
    /// Π (1 + G_ii) that holds for a positive semidefinite G), and split square-free so multiplicities are exact (Yun's
    /// algorithm, skipped when P is square-free modulo a prime). The roots μ of each factor are isolated exactly —
    /// certified by sign changes at separating points guessed from double-precision eigenvalues, else by Descartes'
    /// bisection — and those that are integers (the only rational eigenvalues of an integer matrix) are split off, so
    /// y = √μ/D is a rational exactly when it is one; the others are the positive roots of a(D²·t²).
    /// </summary>
    public static partial class ExactSingularValues
    {
        /// <summary>The distinct singular values of <paramref name="y"/>, descending, with multiplicities summing to min(rows, columns).</summary>
        public static IReadOnlyList<ExactSingularValue> Of(BigRational[,] y)
        {
            if (y is null)
            {
                throw new ArgumentNullException(nameof(y));
            }

            int rows = y.GetLength(0), columns = y.GetLength(1);
            int n = Math.Min(rows, columns);
            if (n == 0)
            {
                return Array.Empty<ExactSingularValue>();
            }

            var denominator = BigInteger.One;
            foreach (var entry in y)
            {
                denominator = denominator / BigInteger.GreatestCommonDivisor(denominator, entry.Denominator) * entry.Denominator;
            }

            var z = new BigInteger[rows, columns];
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    z[i, j] = y[i, j].Numerator * (denominator / y[i, j].Denominator);
                }
            }

            var gram = Gram(z, byColumns: columns <= rows);
            double traceBits = 0;
            for (int i = 0; i < n; i++)
            {
                traceBits += BigInteger.Log(gram[i, i] + 1, 2);
            }

            long bits = Math.Min((long)Math.Ceiling(traceBits) + 2, CharacteristicPolynomial.CoefficientBitBound(gram));
            var characteristic = CharacteristicPolynomial.Of(gram, bits);
            var d = new BigRational(denominator);
            var separators = Separators(gram);
            var factors = IsSquareFreeModular(characteristic) ? new[] { (characteristic, 1) } : characteristic.SquareFreeDecomposition();
            var values = new List<ExactSingularValue>();
            foreach (var (factor, multiplicity) in factors)
            {
                // An eigenvalue μ of the integer matrix G is an algebraic integer: rational only when it is an integer k,
                // split off exactly (y = √k/D: rational when k is a square, else the root of D²t² − k).
                var rest = factor;
                var irrational = new List<(AlgebraicNumber Root, BigRational Low, BigRational High, int SignAtLow)>();
                bool mayHaveIntegerRoots = MayHaveIntegerRoots(factor);
                foreach (var (root, low, high, signAtLow) in Brackets(factor, separators))
                {
                    if (mayHaveIntegerRoots && IntegerRoot(factor, root) is { } integer)
                    {
                        rest /= Polynomial.X - Polynomial.Constant(new BigRational(integer));
                        values.Add(new ExactSingularValue(SquareRootOver(integer, d), multiplicity));
                    }
                    else
                    {
                        irrational.Add((root, low, high, signAtLow));
                    }
                }

                if (irrational.Count > 0)
                {
                    // y = √μ/D is the positive root of rest(D²·t²) (square-free: rest is, and rest(0) ≠ 0).
                    var inT = rest.Compose(Polynomial.Monomial(d * d, 2));
                    // rest = factor over the split-off integer roots: its sign at low is factor's unless one was split.
                    bool split = !ReferenceEquals(rest, factor);
                    values.AddRange(irrational.Select(r => new ExactSingularValue(SquareRootOf(inT, rest, r.Low, r.High, split ? rest.SignAt(r.Low) : r.SignAtLow, d), multiplicity)));
                }
            }

            values.Sort((a, b) => b.Value.CompareTo(a.Value));
            int total = values.Sum(v => v.Multiplicity);
            if (total != n)
            {
                throw new InvalidOperationException(FormattableString.Invariant($"The characteristic polynomial accounts for {total} singular values, not {n}: a bug."));
            }

            return values;
        }

        /// <summary>All min(rows, columns) singular values, descending, each repeated by its multiplicity.</summary>
        public static IReadOnlyList<AlgebraicNumber> Expanded(IReadOnlyList<ExactSingularValue> distinct)
        {
            if (distinct is null)
            {
                throw new ArgumentNullException(nameof(distinct));
            }

            return distinct.SelectMany(v => Enumerable.Repeat(v.Value, v.Multiplicity)).ToList();
        }

        /// <summary>
        /// Points that separate the eigenvalues of <paramref name="gram"/> (positive semidefinite): −1, the midpoints of
        /// consecutive double-precision approximations, and trace + 1 (above every eigenvalue). Guesses only: each use is
        /// certified by exact signs.
        /// </summary>
        private static IReadOnlyList<BigRational> Separators(BigInteger[,] gram)
        {
            int n = gram.GetLength(0);
            var trace = BigInteger.Zero;
            for (int i = 0; i < n; i++)
            {
                trace += gram[i, i];
            }

            var approximate = ApproximateEigenvalues.Of(gram, out int shift);
            var scale = new BigRational(BigInteger.One << shift);
            var points = new List<BigRational> { BigRational.MinusOne };
            for (int i = 1; i < approximate.Length; i++)
            {
                if (approximate[i] > approximate[i - 1])
                {
                    var middle = BigRational.FromDouble((approximate[i - 1] / 2) + (approximate[i] / 2)) * scale;
                    if (middle > points[points.Count - 1])
                    {
                        points.Add(middle);
                    }
                }
            }

            points.Add(new BigRational(trace + 1));
            return points;
        }

        /// <summary>
        /// Each real root of the square-free <paramref name="factor"/> (all its roots are real: eigenvalues of a symmetric
        /// matrix) with a bracket (low, high) holding no other root and endpoints that are not roots. When the factor has
        /// as many sign changes over the separators as its degree, each sign change holds exactly one root (each holds an
        /// odd number, and there are only degree roots): degree + 1 exact evaluations. Otherwise Descartes' bisection.
        /// </summary>
        private static IEnumerable<(AlgebraicNumber Root, BigRational Low, BigRational High, int SignAtLow)> Brackets(Polynomial factor, IReadOnlyList<BigRational> separators)
        {
            var signed = separators.Select(p => (Point: p, Sign: factor.SignAt(p))).Where(p => p.Sign != 0).ToList();
            var changes = new List<(BigRational Low, BigRational High, int Sign)>();
            for (int i = 1; i < signed.Count; i++)
            {
                if (signed[i].Sign != signed[i - 1].Sign)
                {
                    changes.Add((signed[i - 1].Point, signed[i].Point, signed[i - 1].Sign));
                }
            }

            if (changes.Count == factor.Degree && factor.Degree > 1 && signed.Count > 0 && signed[0].Point.Sign < 0)
            {
                // The signs at the ends are known and nonzero: no evaluation to build the numbers.
                return changes.Select(c => (AlgebraicNumber.FromProvedBracket(factor, c.Low, c.High, c.Sign), c.Low, c.High, c.Sign)).ToList();
            }

            var roots = RealRootIsolation.IsolateSquareFree(factor).OrderBy(r => r).ToList();
            var top = separators[separators.Count - 1];
            return roots.Select((r, i) =>
            {
                var low = i == 0 ? BigRational.MinusOne : roots[i - 1].Interval.Upper;
                return (r, low, i == roots.Count - 1 ? top : roots[i + 1].Interval.Lower, factor.SignAt(low));
            }).ToList();
        }

        /// <summary>
        /// False when <paramref name="factor"/> (integer coefficients, leading 1) provably has no integer root: an integer
        /// root k makes f(k mod p) ≡ 0 (mod p) for every prime p, so a small prime modulo which f has no root at all rules
        /// every integer out. True means "not ruled out" (then each root is tested).
        /// </summary>
        private static bool MayHaveIntegerRoots(Polynomial factor)
        {
            var coefficients = factor.ToDenseCoefficients();
            if (coefficients.Length < 3 || coefficients.Any(c => !c.IsInteger) || coefficients[coefficients.Length - 1] != BigRational.One)
            {
                return true;
            }

            foreach (int p in new[] { 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97 })
            {
                var residues = coefficients.Select(c => (int)(((c.Numerator % p) + p) % p)).ToArray();
                bool hasRoot = false;
                for (int r = 0; r < p && !hasRoot; r++)
                {
                    int value = 0;
                    for (int k = residues.Length - 1; k >= 0; k--)
                    {
                        value = ((value * r) + residues[k]) % p;
                    }

                    hasRoot = value == 0;
                }

                if (!hasRoot)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The root of <paramref name="factor"/> (square-free) that <paramref name="root"/> isolates, when it is an integer;
        /// else null. Bisection over the integers inside the isolating interval only — exact signs at integer points,
        /// about log₂(width) of them — until a point is the root or no integer is left between two sign changes.
        /// </summary>
        private static BigInteger? IntegerRoot(Polynomial factor, AlgebraicNumber root)
        {
            if (root.TryGetRational(out var rational))
            {
                return rational.IsInteger ? rational.Numerator : (BigInteger?)null;
            }

            var left = root.Interval.Lower;
            var right = root.Interval.Upper;
            int signLeft = factor.SignAt(left);
            while (true)
            {
                var first = BigRational.Floor(left) + 1;
                var last = BigRational.Ceiling(right) - 1;
                if (first > last)
                {
                    return null;
                }

                var k = (first + last) / 2;
                int sign = factor.SignAt(new BigRational(k));
                if (sign == 0)
                {
                    return k;
                }

                if (sign == signLeft)
                {
                    left = new BigRational(k);
                }
                else
                {
                    right = new BigRational(k);
                }
            }
        }

        /// <summary>⌊√k⌋ for k ≥ 0 (Newton's method on integers).</summary>
        internal static BigInteger IntegerSquareRoot(BigInteger k)
        {
            if (k.Sign < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(k), "The square root of a negative integer is not real.");
            }

            if (k < 2)
            {
                return k;
            }

            var x = BigInteger.One << (int)((BigInteger.Log(k, 2) / 2) + 1);
            while (true)
            {
                var next = (x + (k / x)) >> 1;
                if (next >= x)
                {
                    return x;
                }

                x = next;
            }
        }

        private static BigInteger[,] Gram(BigInteger[,] z, bool byColumns)
        {
            int rows = z.GetLength(0), columns = z.GetLength(1);
            int n = byColumns ? columns : rows;
            int inner = byColumns ? rows : columns;
            var gram = new BigInteger[n, n];
            for (int a = 0; a < n; a++)
            {
                for (int b = a; b < n; b++)
                {
                    var sum = BigInteger.Zero;
                    for (int k = 0; k < inner; k++)
                    {
                        sum += byColumns ? z[k, a] * z[k, b] : z[a, k] * z[b, k];
                    }

                    gram[a, b] = sum;
                    gram[b, a] = sum;
                }
            }

            return gram;
        }
    }
}
