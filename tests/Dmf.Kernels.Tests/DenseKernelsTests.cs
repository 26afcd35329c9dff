using Dmf.Kernels;

namespace Dmf.Kernels.Tests;

/// <summary>DenseKernels against naive loops, on sizes that hit every path: vector remainders, the register tiles (4 × 8, and 4 × 16 where the core has AVX-512: whole 16-column tiles below 96³), and the narrow path (4 or 8 columns, k ≤ 64 or just over), the packed kernel's partial micro-panels and its blocks over k (256), m (72) and n (2048).</summary>
public class DenseKernelsTests
{
    public static IEnumerable<object[]> Sizes() =>
        from size in new[] { (1, 1, 1), (3, 5, 7), (8, 8, 8), (9, 17, 4), (33, 13, 65), (5, 600, 300), (70, 3, 520), (24, 24, 24), (13, 19, 70), (100, 37, 300), (6, 8, 700), (101, 2057, 33), (4, 4, 4), (7, 8, 5), (64, 4, 64), (1, 8, 3), (3, 4, 65), (9, 8, 64), (16, 16, 16), (20, 32, 50), (64, 64, 64), (67, 48, 90), (4, 16, 300) }
        from transposeA in new[] { false, true }
        from transposeB in new[] { false, true }
        select new object[] { size.Item1, size.Item2, size.Item3, transposeA, transposeB };

    /// <summary>Sizes the packed kernel serves, with partial micro-panels in m and n and slab depths that are not multiples of 8 or 4.</summary>
    public static IEnumerable<object[]> PackedSizesAndBetas() =>
        from size in new[] { (100, 37, 300), (33, 13, 65), (101, 2057, 33), (24, 24, 24), (78, 17, 259) }
        from transposeA in new[] { false, true }
        from transposeB in new[] { false, true }
        from beta in new[] { 0.0, 1.0 }
        select new object[] { size.Item1, size.Item2, size.Item3, transposeA, transposeB, beta };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Gemm_matches_naive_loops(int m, int n, int k, bool transposeA, bool transposeB) =>
        GemmMatchesNaiveLoops(m, n, k, transposeA, transposeB, -0.5);

    /// <summary>β = 0 (C full of NaN beforehand: the first slab must store, not add) and β = 1 on the packed kernel.</summary>
    [Theory]
    [MemberData(nameof(PackedSizesAndBetas))]
    public void Packed_gemm_with_beta_zero_or_one_matches_naive_loops(int m, int n, int k, bool transposeA, bool transposeB, double beta) =>
        GemmMatchesNaiveLoops(m, n, k, transposeA, transposeB, beta);

    private static void GemmMatchesNaiveLoops(int m, int n, int k, bool transposeA, bool transposeB, double beta)
    {
        var random = new Random((m * 1000) + (n * 10) + k);
        var a = Enumerable.Range(0, m * k).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        var b = Enumerable.Range(0, k * n).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        var c = Enumerable.Range(0, m * n).Select(_ => beta == 0 ? double.NaN : (2 * random.NextDouble()) - 1).ToArray();
        var expected = new double[m * n];
        const double alpha = 1.5;
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                {
                    double aip = transposeA ? a[(p * m) + i] : a[(i * k) + p];
                    double bpj = transposeB ? b[(j * k) + p] : b[(p * n) + j];
                    sum += aip * bpj;
                }

                expected[(i * n) + j] = (alpha * sum) + (beta == 0 ? 0 : beta * c[(i * n) + j]);
            }
        }

        DenseKernels.Gemm(m, n, k, alpha, a, transposeA, b, transposeB, beta, c);
        for (int x = 0; x < expected.Length; x++)
        {
            // Different summation orders: allow rounding proportional to k.
            Assert.True(Math.Abs(expected[x] - c[x]) <= 1e-13 * k * Math.Max(1, Math.Abs(expected[x])), $"entry {x}: {c[x]} vs {expected[x]}");
        }
    }

    [Fact]
    public void Beta_zero_ignores_previous_contents_even_NaN()
    {
        var c = new[] { double.NaN, double.NaN, double.NaN, double.NaN };
        DenseKernels.Gemm(2, 2, 1, 1.0, new[] { 1.0, 2.0 }, false, new[] { 3.0, 4.0 }, false, 0.0, c);
        Assert.Equal(new[] { 3.0, 4.0, 6.0, 8.0 }, c);
    }

    [Fact]
    public void Vector_helpers_and_length_checks()
    {
        var y = new[] { 1.0, 2.0, 3.0, 4.0, 5.0 };
        DenseKernels.Axpy(2.0, new[] { 1.0, 1.0, 1.0, 1.0, 1.0 }, y);
        Assert.Equal(new[] { 3.0, 4.0, 5.0, 6.0, 7.0 }, y);
        Assert.Equal(3 + 8 + 15 + 24 + 35, DenseKernels.Dot(y, new[] { 1.0, 2.0, 3.0, 4.0, 5.0 }));
        var t = new double[6];
        DenseKernels.TransposeInto(1.0, new[] { 1.0, 2.0, 3.0, 4.0, 5.0, 6.0 }, 2, 3, false, t);
        Assert.Equal(new[] { 1.0, 4.0, 2.0, 5.0, 3.0, 6.0 }, t);
        Assert.Throws<ArgumentException>(() => DenseKernels.Axpy(1.0, new double[2], new double[3]));
        Assert.Throws<ArgumentException>(() => DenseKernels.Gemm(2, 2, 2, 1.0, new double[3], false, new double[4], false, 0.0, new double[4]));
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(16, 16)]
    [InlineData(16, 12)]
    [InlineData(7, 9)]
    [InlineData(9, 4)]
    [InlineData(1, 5)]
    [InlineData(0, 3)]
    public void Transpose_matches_element_by_element_on_blocked_and_edge_shapes(int rows, int columns)
    {
        var x = Enumerable.Range(0, rows * columns).Select(k => (double)k + 0.5).ToArray();
        var y = new double[rows * columns];
        DenseKernels.Transpose(x, rows, columns, y);
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                Assert.Equal(x[(i * columns) + j], y[(j * rows) + i]);
            }
        }

        Assert.Throws<ArgumentException>(() => DenseKernels.Transpose(x, rows + 1, columns, y));
    }
}
