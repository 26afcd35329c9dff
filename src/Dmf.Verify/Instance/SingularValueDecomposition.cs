using Dmf.Verify.Spectrum;
using MathNet.Numerics.LinearAlgebra;

namespace Dmf.Verify.Instance;

/// <summary>
/// The singular vectors of a data matrix in doubles (MathNet's full SVD), for realizations and numeric checks only:
/// nothing the verdicts rest on comes from here.
/// </summary>
internal static class SingularValueDecomposition
{
    /// <summary>U, V (the double SVD's singular vectors, columns in descending order of the values) and Y in doubles.</summary>
    public static DataBasis Basis(DataMatrix y)
    {
        ArgumentNullException.ThrowIfNull(y);
        var doubles = y.Doubles.ToArray();
        var matrix = Matrix<double>.Build.Dense(y.Rows, y.Columns, (i, j) => doubles[((long)i * y.Columns) + j]);
        var svd = matrix.Svd(computeVectors: true);
        return new DataBasis(svd.U.ToRowMajorArray(), svd.VT.Transpose().ToRowMajorArray(), doubles);
    }
}
