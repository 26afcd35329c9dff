namespace Dmf.Kernels;

/// <summary>The vector operations of <see cref="DenseKernels"/>: y += α·x, scaled copies, dot products, transposes.</summary>
public static partial class DenseKernels
{
    /// <summary>y += α·x (same length).</summary>
    public static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException(Invariant($"Axpy: lengths {x.Length} and {y.Length} differ."));
        }

        AxpyCore(alpha, x, y);
    }

    /// <summary>y = α·x (same length).</summary>
    public static void ScaleCopy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException(Invariant($"ScaleCopy: lengths {x.Length} and {y.Length} differ."));
        }

        y.Clear();
        AxpyCore(alpha, x, y);
    }

    /// <summary>⟨x, y⟩ = Σ x_i y_i (same length).</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException(Invariant($"Dot: lengths {x.Length} and {y.Length} differ."));
        }

        return DotCore(x, y);
    }

    /// <summary>Y (columns × rows) = α·Xᵀ, or Y += α·Xᵀ when <paramref name="accumulate"/>; X is rows × columns.</summary>
    public static void TransposeInto(double alpha, ReadOnlySpan<double> x, int rows, int columns, bool accumulate, Span<double> y)
    {
        if (x.Length < rows * columns || y.Length < rows * columns)
        {
            throw new ArgumentException(Invariant($"TransposeInto {rows}x{columns}: operand lengths {x.Length} and {y.Length} are too short."));
        }

        if (alpha == 1.0 && !accumulate)
        {
            Transpose(x, rows, columns, y);
            return;
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
