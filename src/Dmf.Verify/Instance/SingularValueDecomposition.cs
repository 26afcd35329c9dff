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
internal sealed record SingularValueDecomposition(BigRational[] SingularValues, string Description)
{
    /// <summary>The singular values of <paramref name="y"/> (d_L × d_0), without vectors.</summary>
    public static SingularValueDecomposition Compute(BigRational[,] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        int rows = y.GetLength(0), columns = y.GetLength(1);
        var values = ToDoubles(y).Svd(computeVectors: false).S.ToArray();
        double tolerance = 8 * Math.Max(rows, columns) * Math.Pow(2, -52) * (values.Length > 0 ? values[0] : 0);
        var merged = Cluster(values, tolerance);
        int groups = merged.Distinct().Count();
        string description = Invariant($"numeric SVD of Y (MathNet, double precision); values within {tolerance:G3} merged, {values.Length} values in {groups} distinct");
        return new SingularValueDecomposition(merged, description);
    }

    /// <summary>U, V (the double SVD's singular vectors, columns in descending order of the values) and Y in doubles.</summary>
    public static DataBasis Basis(BigRational[,] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        var matrix = ToDoubles(y);
        var svd = matrix.Svd(computeVectors: true);
        return new DataBasis(svd.U.ToRowMajorArray(), svd.VT.Transpose().ToRowMajorArray(), matrix.ToRowMajorArray());
    }

    private static Matrix<double> ToDoubles(BigRational[,] y) => Matrix<double>.Build.Dense(y.GetLength(0), y.GetLength(1), (i, j) => y[i, j].ToDouble());

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
