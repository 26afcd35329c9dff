namespace Dmf.Kernels;

/// <summary>
/// Products with 4 or 8 columns and a short shared dimension (every product of a run-time-width kernel at d = 4 or
/// 8): a row of C is one or two Vector256 registers, op(B)'s rows are loaded as vectors (transposed into a stack
/// buffer first when B is stored transposed), and two rows of C are accumulated at a time — no tiling, packing or
/// remainder loops, so the call costs little more than its multiply-adds.
/// </summary>
public static partial class DenseKernels
{
    private const int NarrowMaxShared = 64;

    private static bool UseNarrow(int n, int k) => (n == 4 || n == 8) && k <= NarrowMaxShared && Fma.IsSupported && Vector256.IsHardwareAccelerated;

    /// <summary>C (m × n, β already applied) += α·op(A)·op(B) for n = 4 or 8 and k ≤ 64.</summary>
    [SkipLocalsInit]
    private static void NarrowGemm(int m, int n, int k, double alpha, ReadOnlySpan<double> a, bool transposeA, ReadOnlySpan<double> b, bool transposeB, Span<double> c)
    {
        Span<double> transposed = stackalloc double[NarrowMaxShared * 8];
        scoped ReadOnlySpan<double> source = b;
        if (transposeB)
        {
            // op(B) row p = column p of B (stored n × k).
            for (int j = 0; j < n; j++)
            {
                var column = b.Slice(j * k, k);
                for (int p = 0; p < k; p++)
                {
                    transposed[(p * n) + j] = column[p];
                }
            }

            source = transposed;
        }

        ref double rows = ref MemoryMarshal.GetReference(source);
        ref double ar = ref MemoryMarshal.GetReference(a);
        ref double cr = ref MemoryMarshal.GetReference(c);
        int rowStep = transposeA ? 1 : k;
        int sharedStep = transposeA ? m : 1;
        var scale = Vector256.Create(alpha);
        int i = 0;
        if (n == 4)
        {
            for (; i + 2 <= m; i += 2)
            {
                var s0 = Vector256<double>.Zero;
                var s1 = Vector256<double>.Zero;
                ref double a0 = ref Unsafe.Add(ref ar, i * rowStep);
                ref double a1 = ref Unsafe.Add(ref ar, (i + 1) * rowStep);
                for (int p = 0; p < k; p++)
                {
                    var row = Vector256.LoadUnsafe(ref rows, (nuint)(p * 4));
                    s0 = Fma.MultiplyAdd(Vector256.Create(Unsafe.Add(ref a0, p * sharedStep)), row, s0);
                    s1 = Fma.MultiplyAdd(Vector256.Create(Unsafe.Add(ref a1, p * sharedStep)), row, s1);
                }

                Fma.MultiplyAdd(scale, s0, Vector256.LoadUnsafe(ref cr, (nuint)(i * 4))).StoreUnsafe(ref cr, (nuint)(i * 4));
                Fma.MultiplyAdd(scale, s1, Vector256.LoadUnsafe(ref cr, (nuint)((i + 1) * 4))).StoreUnsafe(ref cr, (nuint)((i + 1) * 4));
            }

            if (i < m)
            {
                var s0 = Vector256<double>.Zero;
                ref double a0 = ref Unsafe.Add(ref ar, i * rowStep);
                for (int p = 0; p < k; p++)
                {
                    s0 = Fma.MultiplyAdd(Vector256.Create(Unsafe.Add(ref a0, p * sharedStep)), Vector256.LoadUnsafe(ref rows, (nuint)(p * 4)), s0);
                }

                Fma.MultiplyAdd(scale, s0, Vector256.LoadUnsafe(ref cr, (nuint)(i * 4))).StoreUnsafe(ref cr, (nuint)(i * 4));
            }

            return;
        }

        for (; i + 2 <= m; i += 2)
        {
            var s00 = Vector256<double>.Zero;
            var s01 = Vector256<double>.Zero;
            var s10 = Vector256<double>.Zero;
            var s11 = Vector256<double>.Zero;
            ref double a0 = ref Unsafe.Add(ref ar, i * rowStep);
            ref double a1 = ref Unsafe.Add(ref ar, (i + 1) * rowStep);
            for (int p = 0; p < k; p++)
            {
                var low = Vector256.LoadUnsafe(ref rows, (nuint)(p * 8));
                var high = Vector256.LoadUnsafe(ref rows, (nuint)((p * 8) + 4));
                var x0 = Vector256.Create(Unsafe.Add(ref a0, p * sharedStep));
                var x1 = Vector256.Create(Unsafe.Add(ref a1, p * sharedStep));
                s00 = Fma.MultiplyAdd(x0, low, s00);
                s01 = Fma.MultiplyAdd(x0, high, s01);
                s10 = Fma.MultiplyAdd(x1, low, s10);
                s11 = Fma.MultiplyAdd(x1, high, s11);
            }

            AddScaled(ref cr, i * 8, scale, s00, s01);
            AddScaled(ref cr, (i + 1) * 8, scale, s10, s11);
        }

        if (i < m)
        {
            var s00 = Vector256<double>.Zero;
            var s01 = Vector256<double>.Zero;
            ref double a0 = ref Unsafe.Add(ref ar, i * rowStep);
            for (int p = 0; p < k; p++)
            {
                var x0 = Vector256.Create(Unsafe.Add(ref a0, p * sharedStep));
                s00 = Fma.MultiplyAdd(x0, Vector256.LoadUnsafe(ref rows, (nuint)(p * 8)), s00);
                s01 = Fma.MultiplyAdd(x0, Vector256.LoadUnsafe(ref rows, (nuint)((p * 8) + 4)), s01);
            }

            AddScaled(ref cr, i * 8, scale, s00, s01);
        }
    }
}
