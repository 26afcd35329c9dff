using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Dmf.Verify.Tests;

/// <summary>The eigenvalue solvers behind the numeric check, against MathNet and known spectra.</summary>
public class SpectrumTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(7, 4)]
    [InlineData(33, 5)]
    [InlineData(80, 6)]
    public void Dense_eigenvalues_match_MathNet(int n, int seed)
    {
        var random = new Random(seed);
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double v = random.NextDouble() - 0.5;
                a[(i * n) + j] = v;
                a[(j * n) + i] = v;
            }
        }

        var reference = Matrix<double>.Build.Dense(n, n, (i, j) => a[(i * n) + j]).Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).OrderBy(x => x).ToArray();
        var ours = SymmetricEigenvalues.Compute((double[])a.Clone(), n);
        for (int k = 0; k < n; k++)
        {
            Assert.Equal(reference[k], ours[k], 1e-11);
        }
    }

    [Fact]
    public void Repeated_and_zero_eigenvalues_are_resolved()
    {
        // Q diag(2, 2, 0, 0, -1) Qᵀ for a rotation Q: multiplicities survive to rounding level.
        int n = 5;
        double[] d = { 2, 2, 0, 0, -1 };
        var q = Matrix<double>.Build.Random(n, n, 3).QR().Q;
        var a = (q * Matrix<double>.Build.DenseOfDiagonalArray(d) * q.Transpose()).ToRowMajorArray();
        var ours = SymmetricEigenvalues.Compute(a, n);
        Assert.Equal(new[] { -1.0, 0, 0, 2, 2 }, ours.Select(x => Math.Round(x, 12)).Select(x => x == 0 ? 0 : x));
    }

    [Fact]
    public void Lanczos_finds_the_smallest_eigenvalue_with_a_residual_bound()
    {
        // diag(-3, 0, 0, 1, 2, ..., 400): smallest −3, the operator given only by products.
        int n = 403;
        var diagonal = new double[n];
        diagonal[0] = -3;
        for (int i = 3; i < n; i++)
        {
            diagonal[i] = i - 2;
        }

        var estimate = Lanczos.Smallest(n, (v, hv) =>
        {
            for (int i = 0; i < n; i++)
            {
                hv[i] = diagonal[i] * v[i];
            }
        }, 200, 1);
        Assert.Equal(-3, estimate.SmallestRitzValue, 8);
        Assert.True(estimate.Residual < 1e-6, $"residual {estimate.Residual}");
    }

    [Fact]
    public void A_rotated_matrix_with_a_repeated_singular_value_keeps_one_group()
    {
        // Y = [[1, 1], [-1, 1]] = √2 · rotation: both singular values √2 exactly, one group.
        var y = new BigRational[,] { { 1, 1 }, { -1, 1 } };
        var instance = DmfInstance.FromMatrix(new[] { 2, 2, 2, 2 }, new BigRational[] { 1, 1, 1 }, y);
        Assert.Equal(instance.SingularValues[0], instance.SingularValues[1]);
        Assert.Single(instance.Types().Groups);
        Assert.StartsWith("exact, algebraic", instance.SingularValueSource);
        Assert.Equal(Math.Sqrt(2), instance.SingularValues[0].ToDouble(), 15);
    }

    [Fact]
    public void Flat_directions_count_equal_active_values_once()
    {
        // L = 3, widths 2, y = (2, 2) with both indices at x+: the data rotation coincides with a hidden one.
        var instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, new BigRational[] { 1, 1, 1 }, new BigRational[] { 3, 3 });
        var space = instance.Types();
        var both = space.Enumerate().Single(t => t.ToString() == "[x+, x+]");
        var one = space.Enumerate().Single(t => t.ToString() == "[x+, 0]");
        var flatBoth = FlatDirections.Predict(instance, Dmf.Verify.Realization.CriticalPointSlots.Of(space, both));
        var flatOne = FlatDirections.Predict(instance, Dmf.Verify.Realization.CriticalPointSlots.Of(space, one));
        Assert.Equal((2, 0, 0), (flatBoth.HiddenRotations, flatBoth.DataRotations, flatBoth.ThresholdDirections));
        Assert.Equal((2, 1, 0), (flatOne.HiddenRotations, flatOne.DataRotations, flatOne.ThresholdDirections));
    }
}
