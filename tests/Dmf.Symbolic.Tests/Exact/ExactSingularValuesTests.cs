using System.Numerics;
using Dmf.Symbolic.Exact;

namespace Dmf.Symbolic.Tests.Exact;

public class ExactSingularValuesTests
{
    private static BigRational R(long n, long d = 1) => new(n, d);

    [Fact]
    public void The_characteristic_polynomial_agrees_with_determinants_at_integer_points()
    {
        var random = new Random(7);
        foreach (int n in new[] { 1, 2, 3, 5, 8, 13 })
        {
            var m = new BigInteger[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    m[i, j] = random.Next(-99999, 100000) * (random.Next(4) == 0 ? 0 : 1);
                }
            }

            var p = CharacteristicPolynomial.Of(m);
            Assert.Equal(n, p.Degree);
            Assert.Equal(BigRational.One, p.LeadingCoefficient);
            foreach (int t in new[] { -3, 0, 2, 17 })
            {
                Assert.Equal(Determinant(m, t), p.Evaluate(new BigRational(t)));
            }
        }
    }

    [Fact]
    public void A_too_small_coefficient_bound_is_not_silently_enough_for_large_entries()
    {
        // With the default (Hadamard) bound the coefficients are right even when they need many primes.
        var m = new BigInteger[3, 3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                m[i, j] = BigInteger.Pow(10, 40) + (i * 3) + j + (i == j ? 1 : 0);
            }
        }

        var p = CharacteristicPolynomial.Of(m);
        Assert.Equal(Determinant(m, 5), p.Evaluate(new BigRational(5)));
    }

    [Fact]
    public void The_issues_example_has_singular_values_2_and_1_exactly()
    {
        var y = new[,] { { R(10, 13), R(-12, 13) }, { R(24, 13), R(5, 13) } };
        var values = ExactSingularValues.Of(y);
        Assert.Equal(2, values.Count);
        Assert.True(values[0].Value.TryGetRational(out var first));
        Assert.True(values[1].Value.TryGetRational(out var second));
        Assert.Equal(R(2), first);
        Assert.Equal(R(1), second);
    }

    [Fact]
    public void Rotated_diagonal_matrices_keep_their_values_with_multiplicities_zeros_and_order()
    {
        // U, V rational orthogonal (Pythagorean triples), Σ = diag(3/2, 3/2, 0) embedded in 3 × 4.
        var u = Orthogonal3(R(3, 5), R(4, 5));
        var v = Orthogonal4(R(5, 13), R(12, 13));
        var sigma = new[] { R(3, 2), R(3, 2), R(0) };
        var y = new BigRational[3, 4];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                var sum = BigRational.Zero;
                for (int k = 0; k < 3; k++)
                {
                    sum += u[i, k] * sigma[k] * v[j, k];
                }

                y[i, j] = sum;
            }
        }

        var values = ExactSingularValues.Of(y);
        Assert.Equal(2, values.Count);
        Assert.True(values[0].Value.TryGetRational(out var top));
        Assert.Equal(R(3, 2), top);
        Assert.Equal(2, values[0].Multiplicity);
        Assert.True(values[1].Value.TryGetRational(out var zero));
        Assert.True(zero.IsZero);
        Assert.Equal(1, values[1].Multiplicity);
        Assert.Equal(3, ExactSingularValues.Expanded(values).Count);
    }

    [Fact]
    public void Irrational_singular_values_are_exact_algebraic_numbers_in_descending_order()
    {
        // [[1, 1], [0, 1]]: y^2 = (3 ± √5)/2, y = (√5 ± 1)/2.
        var values = ExactSingularValues.Of(new[,] { { R(1), R(1) }, { R(0), R(1) } });
        Assert.Equal(2, values.Count);
        Assert.False(values[0].Value.IsKnownRational);
        var golden = values[0].Value;
        Assert.Equal(0, golden.SignOf(Polynomial.FromCoefficients(R(-1), R(-1), R(1))));
        Assert.Equal(0, values[1].Value.SignOf(Polynomial.FromCoefficients(R(-1), R(1), R(1))));
        Assert.True(values[0].Value > values[1].Value);
        Assert.Equal(1.6180339887, golden.ToDouble(), 9);

        // [[1, 0], [0, 2], [0, 0]] / 3 with a non-square: diag(√2, 1): y = √2 is the root of t^2 - 2.
        var sqrt2 = ExactSingularValues.Of(new[,] { { R(1), R(1) }, { R(1), R(-1) } });
        Assert.Single(sqrt2);
        Assert.Equal(2, sqrt2[0].Multiplicity);
        Assert.Equal(0, sqrt2[0].Value.SignOf(Polynomial.FromCoefficients(R(-2), R(0), R(1))));
    }

    [Fact]
    public void Integer_and_irrational_eigenvalues_of_one_factor_are_told_apart()
    {
        // diag([[1, 1], [0, 1]], 3, 2/5): the Gram matrix's characteristic polynomial (x² − 3x + 1)(x − 9)(x − 4/25)·…
        // scaled by 25: one square-free factor holding integer and irrational roots (y = 3, 2/5 rational; y = (√5 ± 1)/2).
        var y = new[,]
        {
            { R(1), R(1), R(0), R(0) },
            { R(0), R(1), R(0), R(0) },
            { R(0), R(0), R(3), R(0) },
            { R(0), R(0), R(0), new BigRational(2, 5) },
        };
        var values = ExactSingularValues.Of(y);
        Assert.Equal(4, values.Count);
        Assert.True(values[0].Value.TryGetRational(out var three) && three == R(3));
        Assert.False(values[1].Value.IsKnownRational);
        Assert.Equal(0, values[1].Value.SignOf(Polynomial.FromCoefficients(R(-1), R(-1), R(1))));
        Assert.False(values[2].Value.IsKnownRational);
        Assert.True(values[3].Value.TryGetRational(out var twoFifths) && twoFifths == new BigRational(2, 5));
    }

    [Fact]
    public void Values_closer_than_double_precision_are_still_separated_exactly()
    {
        // R·diag(1, 1 + 10^-20), R the 3-4-5 rotation: the doubles cannot tell the two values apart, Descartes does.
        var tiny = BigRational.Parse("1e-20");
        var c = R(3, 5);
        var s = R(4, 5);
        var y = new[,] { { c, -s * (1 + tiny) }, { s, c * (1 + tiny) } };
        var values = ExactSingularValues.Of(y);
        Assert.Equal(2, values.Count);
        Assert.True(values[0].Value.TryGetRational(out var top));
        Assert.Equal(1 + tiny, top);
        Assert.True(values[1].Value.TryGetRational(out var bottom));
        Assert.Equal(R(1), bottom);
    }

    [Fact]
    public void The_primes_are_the_largest_below_2_to_the_31()
    {
        Assert.Equal(new uint[] { 2147483647, 2147483629, 2147483587, 2147483579 }, ModularArithmetic.Primes().Take(4));
        Assert.False(ModularArithmetic.IsPrime(2147483649));
        Assert.Equal(1UL, ModularArithmetic.Inverse(12345, 2147483647) * 12345UL % 2147483647UL);
    }

    [Fact]
    public void Zero_matrices_vectors_and_huge_entries()
    {
        var zero = ExactSingularValues.Of(new BigRational[3, 2] { { 0, 0 }, { 0, 0 }, { 0, 0 } });
        Assert.True(Assert.Single(zero).Value.Sign == 0);
        Assert.Equal(2, zero[0].Multiplicity);

        // A row vector (3, 4)/5 has the single singular value 1.
        var vector = ExactSingularValues.Of(new[,] { { R(3, 5), R(4, 5) } });
        Assert.True(Assert.Single(vector).Value.TryGetRational(out var one));
        Assert.Equal(R(1), one);

        // 120-digit entries: diag(10^119, 1) rotated by the 3-4-5 rotation keeps both values exactly.
        var big = BigRational.Parse("1e119");
        var y = new[,] { { R(3, 5) * big, R(-4, 5) }, { R(4, 5) * big, R(3, 5) } };
        var values = ExactSingularValues.Of(y);
        Assert.True(values[0].Value.TryGetRational(out var top));
        Assert.Equal(big, top);
        Assert.True(values[1].Value.TryGetRational(out var bottom));
        Assert.Equal(R(1), bottom);
    }

    [Fact]
    public void Integer_square_roots_are_floors()
    {
        foreach (long k in new long[] { 0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1_000_000_007 })
        {
            var r = ExactSingularValues.IntegerSquareRoot(k);
            Assert.True(r * r <= k && (r + 1) * (r + 1) > k);
        }

        var big = BigInteger.Pow(10, 80) + 12345;
        var root = ExactSingularValues.IntegerSquareRoot(big * big);
        Assert.Equal(big, root);
    }

    private static BigRational[,] Orthogonal3(BigRational c, BigRational s) =>
        new[,] { { c, -s, R(0) }, { s * c, c * c, -s }, { s * s, s * c, c } };

    private static BigRational[,] Orthogonal4(BigRational c, BigRational s) =>
        new[,] { { c, -s, R(0), R(0) }, { s, c, R(0), R(0) }, { R(0), R(0), c, -s }, { R(0), R(0), s, c } };

    /// <summary>det(t·I − M) by exact Gaussian elimination over the rationals.</summary>
    private static BigRational Determinant(BigInteger[,] m, int t)
    {
        int n = m.GetLength(0);
        var a = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[i, j] = new BigRational(-m[i, j]) + (i == j ? new BigRational(t) : BigRational.Zero);
            }
        }

        var det = BigRational.One;
        for (int c = 0; c < n; c++)
        {
            int pivot = Enumerable.Range(c, n - c).FirstOrDefault(r => !a[r, c].IsZero, -1);
            if (pivot < 0)
            {
                return BigRational.Zero;
            }

            if (pivot != c)
            {
                for (int j = 0; j < n; j++)
                {
                    (a[pivot, j], a[c, j]) = (a[c, j], a[pivot, j]);
                }

                det = -det;
            }

            det *= a[c, c];
            for (int r = c + 1; r < n; r++)
            {
                var f = a[r, c] / a[c, c];
                for (int j = c; j < n; j++)
                {
                    a[r, j] -= f * a[c, j];
                }
            }
        }

        return det;
    }
}
