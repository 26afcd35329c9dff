namespace Dmf.Kernels;

/// <summary>Single-precision versions of the routines, for kernels generated with <c>Float32 = true</c>.</summary>
public static partial class DenseKernels
{
    /// <summary>C (m × n) = α·op(A)·op(B) + β·C in single precision; layout and rules as the double overload.</summary>
    public static void Gemm(int m, int n, int k, float alpha, ReadOnlySpan<float> a, bool transposeA, ReadOnlySpan<float> b, bool transposeB, float beta, Span<float> c)
    {
        if (a.Length < m * k || b.Length < k * n || c.Length < m * n)
        {
            throw new ArgumentException(Invariant($"Gemm {m}x{k} * {k}x{n}: operand lengths {a.Length}, {b.Length}, {c.Length} are too short."));
        }

        c = c[..(m * n)];
        if (beta == 0)
        {
            c.Clear();
        }
        else if (beta != 1)
        {
            for (int i = 0; i < c.Length; i++)
            {
                c[i] *= beta;
            }
        }

        if (alpha == 0)
        {
            return;
        }

        if (!transposeB)
        {
            for (int i = 0; i < m; i++)
            {
                var row = c.Slice(i * n, n);
                for (int p = 0; p < k; p++)
                {
                    float aip = transposeA ? a[(p * m) + i] : a[(i * k) + p];
                    if (aip != 0)
                    {
                        AxpyCore(alpha * aip, b.Slice(p * n, n), row);
                    }
                }
            }

            return;
        }

        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                float sum;
                if (!transposeA)
                {
                    sum = DotCore(a.Slice(i * k, k), b.Slice(j * k, k));
                }
                else
                {
                    sum = 0;
                    for (int p = 0; p < k; p++)
                    {
                        sum += a[(p * m) + i] * b[(j * k) + p];
                    }
                }

                c[(i * n) + j] += alpha * sum;
            }
        }
    }

    /// <summary>y += α·x (same length), single precision.</summary>
    public static void Axpy(float alpha, ReadOnlySpan<float> x, Span<float> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException(Invariant($"Axpy: lengths {x.Length} and {y.Length} differ."));
        }

        AxpyCore(alpha, x, y);
    }

    /// <summary>y = α·x (same length), single precision.</summary>
    public static void ScaleCopy(float alpha, ReadOnlySpan<float> x, Span<float> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException(Invariant($"ScaleCopy: lengths {x.Length} and {y.Length} differ."));
        }

        y.Clear();
        AxpyCore(alpha, x, y);
    }

    /// <summary>⟨x, y⟩ in single precision.</summary>
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException(Invariant($"Dot: lengths {x.Length} and {y.Length} differ."));
        }

        return DotCore(x, y);
    }

    /// <summary>Y (columns × rows) = α·Xᵀ, or Y += α·Xᵀ when accumulating; X is rows × columns. Single precision.</summary>
    public static void TransposeInto(float alpha, ReadOnlySpan<float> x, int rows, int columns, bool accumulate, Span<float> y)
    {
        if (x.Length < rows * columns || y.Length < rows * columns)
        {
            throw new ArgumentException(Invariant($"TransposeInto {rows}x{columns}: operand lengths {x.Length} and {y.Length} are too short."));
        }

        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                float value = alpha * x[(i * columns) + j];
                y[(j * rows) + i] = accumulate ? y[(j * rows) + i] + value : value;
            }
        }
    }

    private static void AxpyCore(float alpha, ReadOnlySpan<float> x, Span<float> y)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= Vector256<float>.Count)
        {
            var a = Vector256.Create(alpha);
            ref float xr = ref MemoryMarshal.GetReference(x);
            ref float yr = ref MemoryMarshal.GetReference(y);
            int last = x.Length - Vector256<float>.Count;
            for (; i <= last; i += Vector256<float>.Count)
            {
                var yv = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref xr, (nuint)i), Vector256.LoadUnsafe(ref yr, (nuint)i));
                yv.StoreUnsafe(ref yr, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    private static float DotCore(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int i = 0;
        float sum = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= Vector256<float>.Count)
        {
            var acc = Vector256<float>.Zero;
            ref float xr = ref MemoryMarshal.GetReference(x);
            ref float yr = ref MemoryMarshal.GetReference(y);
            int last = x.Length - Vector256<float>.Count;
            for (; i <= last; i += Vector256<float>.Count)
            {
                acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref xr, (nuint)i), Vector256.LoadUnsafe(ref yr, (nuint)i), acc);
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
