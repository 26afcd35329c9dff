using System.Runtime.InteropServices;

namespace Dmf.Verify.Spectrum;

/// <summary>
/// The thin SVD by the system LAPACK's divide-and-conquer driver <c>dgesdd</c> (Debian <c>liblapack3</c>; with
/// <c>libopenblas0</c> installed the same library runs on OpenBLAS, as NumPy's <c>svd</c> does), through P/Invoke.
/// Absent library or symbol: <see cref="IsAvailable"/> is false and callers take the managed fallback.
/// </summary>
internal static class LapackSvd
{
    private const string Library = "liblapack.so.3";

    private static readonly Lazy<bool> Available = new(Probe, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether liblapack.so.3 loads and exports <c>dgesdd_</c>.</summary>
    public static bool IsAvailable => Environment.GetEnvironmentVariable("DMF_LAPACK") != "0" && Available.Value;

    /// <summary>
    /// A = U·diag(s)·Vᵀ for row-major <paramref name="a"/> (m × n, overwritten), k = min(m, n): U row-major m × k, s
    /// descending, Vᵀ row-major k × n. False when LAPACK reports that the iteration did not converge.
    /// </summary>
    /// <remarks>
    /// LAPACK is column-major: the row-major buffer of A is the column-major Aᵀ (n × m), whose SVD Aᵀ = V·Σ·Uᵀ returns
    /// V as an n × k column-major array — the row-major Vᵀ — and Uᵀ as a k × m column-major array — the row-major U.
    /// </remarks>
    public static bool TryDecompose(double[] a, int m, int n, out double[] u, out double[] s, out double[] vt)
    {
        int k = Math.Min(m, n);
        u = new double[(long)m * k];
        s = new double[k];
        vt = new double[(long)k * n];
        byte jobz = (byte)'S';
        int rows = n, columns = m, lda = Math.Max(1, n), ldu = Math.Max(1, n), ldvt = Math.Max(1, k);
        var iwork = new int[8 * k];
        int lwork = -1;
        var query = new double[1];
        Dgesdd(ref jobz, ref rows, ref columns, a, ref lda, s, vt, ref ldu, u, ref ldvt, query, ref lwork, iwork, out int info, 1);
        if (info != 0)
        {
            return false;
        }

        lwork = (int)Math.Min(int.MaxValue, Math.Ceiling(query[0]));
        var work = new double[lwork];
        Dgesdd(ref jobz, ref rows, ref columns, a, ref lda, s, vt, ref ldu, u, ref ldvt, work, ref lwork, iwork, out info, 1);
        return info == 0;
    }

    private static bool Probe()
    {
        if (!NativeLibrary.TryLoad(Library, out var handle))
        {
            return false;
        }

        return NativeLibrary.TryGetExport(handle, "dgesdd_", out _);
    }

    // Fortran: every argument by reference, then the hidden length of the character argument.
    [DllImport(Library, EntryPoint = "dgesdd_")]
    private static extern void Dgesdd(
        ref byte jobz, ref int m, ref int n, double[] a, ref int lda, double[] s, double[] u, ref int ldu, double[] vt, ref int ldvt,
        double[] work, ref int lwork, int[] iwork, out int info, nint jobzLength);
}
