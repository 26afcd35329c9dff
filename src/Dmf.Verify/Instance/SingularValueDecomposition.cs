using Dmf.Symbolic.Exact;
using MathNet.Numerics.LinearAlgebra;
using static System.FormattableString;

namespace Dmf.Verify.Instance;

/// <summary>
/// The numeric SVD of a data matrix (MathNet, doubles), made usable by the exact layer: each singular value becomes the
/// exact rational of the shortest decimal that rounds to its double, and values closer than the SVD's accuracy are merged into one (their mean), so that a
/// matrix with a repeated singular value — whose SVD returns e.g. 1 ± 2·10⁻¹⁶ — keeps its symmetry. The tolerance is
/// τ = 8·max(d_0, d_L)·ε·y_1 (backward error of a stable SVD); values ≤ τ become exactly 0.
/// </summary>
internal sealed record SingularValueDecomposition(BigRational[] SingularValues, DataBasis Basis, string Description)
{
    /// <summary>Decomposes <paramref name="y"/> (d_L × d_0).</summary>
    public static SingularValueDecomposition Compute(BigRational[,] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        int rows = y.GetLength(0), columns = y.GetLength(1);
        var data = new double[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                data[(i * columns) + j] = y[i, j].ToDouble();
            }
        }

        var matrix = Matrix<double>.Build.Dense(rows, columns, (i, j) => data[(i * columns) + j]);
        var svd = matrix.Svd(computeVectors: true);
        var values = svd.S.ToArray();
        double tolerance = 8 * Math.Max(rows, columns) * Math.Pow(2, -52) * (values.Length > 0 ? values[0] : 0);
        var merged = Cluster(values, tolerance);
        var u = svd.U.ToRowMajorArray();
        var v = svd.VT.Transpose().ToRowMajorArray();
        int groups = merged.Distinct().Count();
        string description = Invariant($"numeric SVD of Y (MathNet, double precision); values within {tolerance:G3} merged, {values.Length} values in {groups} distinct");
        return new SingularValueDecomposition(merged, new DataBasis(u, v, data), description);
    }

    /// <summary>The exact rational of the shortest decimal that round-trips to <paramref name="value"/> (readable, and the same double).</summary>
    private static BigRational Shortest(double value) => BigRational.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    private static BigRational[] Cluster(double[] descending, double tolerance)
    {
        var result = new BigRational[descending.Length];
        int start = 0;
        while (start < descending.Length)
        {
            int end = start + 1;
            while (end < descending.Length && descending[end - 1] - descending[end] <= tolerance)
            {
                end++;
            }

            var sum = BigRational.Zero;
            for (int k = start; k < end; k++)
            {
                sum += Shortest(descending[k]);
            }

            var mean = Shortest((sum / (end - start)).ToDouble());
            if (descending[start] <= tolerance)
            {
                mean = BigRational.Zero;
            }

            for (int k = start; k < end; k++)
            {
                result[k] = mean;
            }

            start = end;
        }

        return result;
    }
}
