using System.Runtime.InteropServices;

namespace Dmf.Benchmarks;

/// <summary>
/// The system OpenBLAS (Debian libopenblas0), the reference the benchmarks compare against, one thread. Only the
/// benchmarks load it; the libraries keep no native dependency.
/// </summary>
internal static partial class OpenBlas
{
    private const string Library = "libopenblas.so.0";
    private const int RowMajor = 101;
    private const int NoTrans = 111;
    private const int Trans = 112;

    /// <summary>Whether the library loads here.</summary>
    public static bool Available { get; } = NativeLibrary.TryLoad(Library, out _);

    /// <summary>One thread, as the comparison requires (the same as OPENBLAS_NUM_THREADS=1).</summary>
    public static void UseOneThread()
    {
        if (!Available)
        {
            throw new InvalidOperationException("libopenblas.so.0 is not installed (Debian package libopenblas0).");
        }

        openblas_set_num_threads(1);
    }

    /// <summary><paramref name="threads"/> threads (openblas_set_num_threads), for the comparisons at more than one.</summary>
    public static void UseThreads(int threads)
    {
        if (!Available)
        {
            throw new InvalidOperationException("libopenblas.so.0 is not installed (Debian package libopenblas0).");
        }

        openblas_set_num_threads(threads);
    }

    /// <summary>C (m × n) = α·op(A)·op(B) + β·C, row-major, as DenseKernels.Gemm.</summary>
    public static void Gemm(int m, int n, int k, double alpha, double[] a, bool transposeA, double[] b, bool transposeB, double beta, double[] c) =>
        cblas_dgemm(RowMajor, transposeA ? Trans : NoTrans, transposeB ? Trans : NoTrans, m, n, k, alpha, a, transposeA ? m : k, b, transposeB ? k : n, beta, c, n);

    [LibraryImport(Library)]
    private static partial void openblas_set_num_threads(int threads);

    [LibraryImport(Library)]
    private static partial void cblas_dgemm(int order, int transA, int transB, int m, int n, int k, double alpha, double[] a, int lda, double[] b, int ldb, double beta, double[] c, int ldc);
}
