using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace Dmf.Symbolic.Exact
{
    /// <summary>A distinct singular value, exact, with how many times it occurs.</summary>
    /// <param name="Value">y ≥ 0, an algebraic number (a rational when its interval is a point).</param>
    /// <param name="Multiplicity">How many of the min(rows, columns) singular values equal it.</param>
    public sealed record ExactSingularValue(AlgebraicNumber Value, int Multiplicity);

    /// <summary>
    /// The singular values of a rational matrix Y, exactly: the squares y² are the eigenvalues of the smaller Gram
    /// matrix (YᵀY or YYᵀ). Y is scaled to an integer matrix Z = D·Y (D the least common denominator), the characteristic
    /// polynomial P of G = ZᵀZ (or ZZᵀ) is computed exactly (<see cref="CharacteristicPolynomial"/>, with the bound
    /// Π (1 + G_ii) that holds for a positive semidefinite G), and split square-free (Yun) so multiplicities are exact;
    /// each factor a(μ) gives the singular values as the positive roots of a(D²·t²), isolated exactly — a square-free
    /// polynomial, since a is square-free with a(0) ≠ 0. Zero singular values are the multiplicity of μ = 0.
    /// </summary>
    public static class ExactSingularValues
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
            var scale = Polynomial.Monomial(new BigRational(denominator * denominator), 2);
            var d = new BigRational(denominator);
            var values = new List<ExactSingularValue>();
            foreach (var (factor, multiplicity) in characteristic.SquareFreeDecomposition())
            {
                // An eigenvalue μ of the integer matrix G is an algebraic integer: rational only when it is an integer k.
                // Those are split off exactly (y = √k/D: rational when k is a square, else the root of D²t² − k).
                var rest = factor;
                foreach (var root in RealRootIsolation.IsolateSquareFree(factor))
                {
                    var narrow = root.Refine(new BigRational(1, 2));
                    var candidate = BigRational.Ceiling(narrow.Interval.Lower);
                    if (new BigRational(candidate) > narrow.Interval.Upper || !factor.Evaluate(new BigRational(candidate)).IsZero)
                    {
                        continue;
                    }

                    rest /= Polynomial.X - Polynomial.Constant(new BigRational(candidate));
                    values.Add(new ExactSingularValue(SquareRootOver(candidate, d), multiplicity));
                }

                if (rest.IsConstant)
                {
                    continue;
                }

                // The other singular values y = √μ/D: the positive roots of a(D²·t²).
                foreach (var root in RealRootIsolation.IsolateSquareFree(rest.Compose(scale)))
                {
                    if (root.Sign > 0)
                    {
                        values.Add(new ExactSingularValue(root, multiplicity));
                    }
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
