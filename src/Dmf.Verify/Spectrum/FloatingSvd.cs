using MathNet.Numerics.LinearAlgebra;

namespace Dmf.Verify.Spectrum;

/// <summary>
/// A thin floating-point SVD A ≈ U·diag(S)·Vᵀ (k = min(m, n); U row-major m × k, S descending, Vᵀ row-major k × n), with
/// the method that computed it. Nothing about it is trusted: <see cref="SingularValueEnclosures"/> bounds how far it is
/// from exact.
/// </summary>
internal sealed record FloatingSvd(int Rows, int Columns, double[] U, double[] S, double[] Vt, string Method)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(FloatingSvd? other) =>
        other is not null &&
        Rows == other.Rows &&
        Columns == other.Columns &&
        ValueLists.Equal(U, other.U) &&
        ValueLists.Equal(S, other.S) &&
        ValueLists.Equal(Vt, other.Vt) &&
        Method == other.Method;

    /// <summary>A hash consistent with <see cref="Equals(FloatingSvd?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Rows, Columns, ValueLists.Hash(U), ValueLists.Hash(S), ValueLists.Hash(Vt), Method);

    /// <summary>
    /// The SVD of row-major <paramref name="a"/> (m × n), which it overwrites (no copy of a large matrix) by LAPACK's
    /// dgesdd; null where the system has no LAPACK or dgesdd reports no convergence (the caller then takes
    /// <see cref="Managed"/> on the data again).
    /// </summary>
    public static FloatingSvd? Overwriting(double[] a, int m, int n) =>
        LapackSvd.IsAvailable && LapackSvd.TryDecompose(a, m, n, out var u, out var s, out var vt)
            ? new FloatingSvd(m, n, u, s, vt, "LAPACK dgesdd (liblapack.so.3)")
            : null;

    /// <summary>The managed fallback (MathNet, full SVD cut to the thin one); <paramref name="why"/> is said in its method.</summary>
    public static FloatingSvd Managed(ReadOnlySpan<double> a, int m, int n, string why)
    {
        var data = a.ToArray();
        var matrix = Matrix<double>.Build.Dense(m, n, (i, j) => data[((long)i * n) + j]);
        var svd = matrix.Svd(computeVectors: true);
        int k = Math.Min(m, n);
        var u = new double[(long)m * k];
        var vt = new double[(long)k * n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < k; j++)
            {
                u[((long)i * k) + j] = svd.U[i, j];
            }
        }

        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < n; j++)
            {
                vt[((long)i * n) + j] = svd.VT[i, j];
            }
        }

        return new FloatingSvd(m, n, u, svd.S.ToArray().Take(k).ToArray(), vt, $"MathNet managed SVD ({why})");
    }
}
