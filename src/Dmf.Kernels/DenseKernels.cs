using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dmf.Kernels;

/// <summary>
/// Row-major dense linear algebra used by generated kernels: C = α·op(A)·op(B) + β·C, y += α·x, ⟨x, y⟩.
/// Inner loops use Vector256 with FMA where available; large products are blocked over the shared dimension and
/// the columns so that a panel of B stays in cache. Allocation-free.
/// </summary>
public static class DenseKernels
{
    private const int SharedBlock = 256;
    private const int ColumnBlock = 512;

    /// <summary>
    /// C (m × n) = α·op(A)·op(B) + β·C, with op(A) m × k and op(B) k × n. A is stored m × k, or k × m when
    /// <paramref name="transposeA"/>; B is stored k × n, or n × k when <paramref name="transposeB"/>. With β = 0, C's
    /// previous contents are ignored (NaN included). C must not overlap A or B.
    /// </summary>
    public static void Gemm(int m, int n, int k, double alpha, ReadOnlySpan<double> a, bool transposeA, ReadOnlySpan<double> b, bool transposeB, double beta, Span<double> c)
    {
        if (a.Length < m * k || b.Length < k * n || c.Length < m * n)
        {
            throw new ArgumentException($"Gemm {m}x{k} * {k}x{n}: operand lengths {a.Length}, {b.Length}, {c.Length} are too short.");
        }

        c = c[..(m * n)];
        if (beta == 0)
        {
            c.Clear();
        }
        else if (beta != 1)
        {
            Scale(beta, c);
        }

        if (alpha == 0)
        {
            return;
        }

        if (!transposeB)
        {
            // C[i,:] += α·A(i,p)·B[p,:]: a vectorized axpy over rows of B, blocked over p and the columns.
            for (int p0 = 0; p0 < k; p0 += SharedBlock)
            {
                int p1 = Math.Min(k, p0 + SharedBlock);
                for (int j0 = 0; j0 < n; j0 += ColumnBlock)
                {
                    int width = Math.Min(n, j0 + ColumnBlock) - j0;
                    for (int i = 0; i < m; i++)
                    {
                        var row = c.Slice((i * n) + j0, width);
                        for (int p = p0; p < p1; p++)
                        {
                            double aip = transposeA ? a[(p * m) + i] : a[(i * k) + p];
                            if (aip != 0)
                            {
                                AxpyCore(alpha * aip, b.Slice((p * n) + j0, width), row);
                            }
                        }
                    }
                }
            }

            return;
        }

        if (!transposeA)
        {
            // C[i,j] += α·⟨A[i,:], B[j,:]⟩: vectorized dot products of rows.
            for (int i = 0; i < m; i++)
            {
                var rowA = a.Slice(i * k, k);
                for (int j = 0; j < n; j++)
                {
                    c[(i * n) + j] += alpha * DotCore(rowA, b.Slice(j * k, k));
                }
            }

            return;
        }

        // Aᵀ·Bᵀ = (B·A)ᵀ: rare in generated plans; plain loops.
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                {
                    sum += a[(p * m) + i] * b[(j * k) + p];
                }

                c[(i * n) + j] += alpha * sum;
            }
        }
    }

    /// <summary>y += α·x (same length).</summary>
    public static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"Axpy: lengths {x.Length} and {y.Length} differ.");
        }

        AxpyCore(alpha, x, y);
    }

    /// <summary>y = α·x (same length).</summary>
    public static void ScaleCopy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"ScaleCopy: lengths {x.Length} and {y.Length} differ.");
        }

        y.Clear();
        AxpyCore(alpha, x, y);
    }

    /// <summary>⟨x, y⟩ = Σ x_i y_i (same length).</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"Dot: lengths {x.Length} and {y.Length} differ.");
        }

        return DotCore(x, y);
    }

    /// <summary>Y (columns × rows) = α·Xᵀ, or Y += α·Xᵀ when <paramref name="accumulate"/>; X is rows × columns.</summary>
    public static void TransposeInto(double alpha, ReadOnlySpan<double> x, int rows, int columns, bool accumulate, Span<double> y)
    {
        if (x.Length < rows * columns || y.Length < rows * columns)
        {
            throw new ArgumentException($"TransposeInto {rows}x{columns}: operand lengths {x.Length} and {y.Length} are too short.");
        }

        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double value = alpha * x[(i * columns) + j];
                y[(j * rows) + i] = accumulate ? y[(j * rows) + i] + value : value;
            }
        }
    }

    /// <summary>x *= α.</summary>
    public static void Scale(double alpha, Span<double> x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            x[i] *= alpha;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AxpyCore(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= Vector256<double>.Count)
        {
            var a = Vector256.Create(alpha);
            ref double xr = ref MemoryMarshal.GetReference(x);
            ref double yr = ref MemoryMarshal.GetReference(y);
            int last = x.Length - Vector256<double>.Count;
            for (; i <= last; i += Vector256<double>.Count)
            {
                var xv = Vector256.LoadUnsafe(ref xr, (nuint)i);
                var yv = Vector256.LoadUnsafe(ref yr, (nuint)i);
                yv = Fma.IsSupported ? Fma.MultiplyAdd(a, xv, yv) : (a * xv) + yv;
                yv.StoreUnsafe(ref yr, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double DotCore(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int i = 0;
        double sum = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= Vector256<double>.Count)
        {
            var acc = Vector256<double>.Zero;
            ref double xr = ref MemoryMarshal.GetReference(x);
            ref double yr = ref MemoryMarshal.GetReference(y);
            int last = x.Length - Vector256<double>.Count;
            for (; i <= last; i += Vector256<double>.Count)
            {
                var xv = Vector256.LoadUnsafe(ref xr, (nuint)i);
                var yv = Vector256.LoadUnsafe(ref yr, (nuint)i);
                acc = Fma.IsSupported ? Fma.MultiplyAdd(xv, yv, acc) : (xv * yv) + acc;
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }
}
