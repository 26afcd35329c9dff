namespace Dmf.Kernels;

/// <summary>
/// Row-major dense linear algebra used by generated kernels: C = α·op(A)·op(B) + β·C, y += α·x, ⟨x, y⟩.
/// Inner loops use Vector256 with FMA where available; products with 4 or 8 columns and k ≤ 64 take the narrow path
/// (DenseKernels.Narrow.cs), products from about 24³ up the packed, cache-blocked kernel (DenseKernels.Packed.cs),
/// the rest register tiles over the operands in place. Allocation-free.
/// </summary>
public static partial class DenseKernels
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
            throw new ArgumentException(Invariant($"Gemm {m}x{k} * {k}x{n}: operand lengths {a.Length}, {b.Length}, {c.Length} are too short."));
        }

        c = c[..(m * n)];
        bool packed = alpha != 0 && !UseNarrow(n, k) && UsePacked(m, n, k, transposeB);
        if (packed)
        {
            // The packed kernel writes C on its first slab when β = 0 (no separate pass clearing it).
            if (beta != 0 && beta != 1)
            {
                Scale(beta, c);
            }

            PackedGemm(m, n, k, alpha, a, transposeA, b, transposeB, overwrite: beta == 0, c);
            return;
        }

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

        if (UseNarrow(n, k))
        {
            NarrowGemm(m, n, k, alpha, a, transposeA, b, transposeB, c);
            return;
        }

        if (!transposeB)
        {
            // Blocked over p and the columns so a panel of B stays in cache; inside, 4 × 8 tiles of C are
            // accumulated in registers (MultiplyTile), and the leftover rows and columns use row axpys.
            for (int p0 = 0; p0 < k; p0 += SharedBlock)
            {
                int p1 = Math.Min(k, p0 + SharedBlock);
                for (int j0 = 0; j0 < n; j0 += ColumnBlock)
                {
                    int j1 = Math.Min(n, j0 + ColumnBlock);
                    int i = 0;
                    if (Vector256.IsHardwareAccelerated && Fma.IsSupported)
                    {
                        for (; i + TileRows <= m; i += TileRows)
                        {
                            int j = j0;
                            if (Avx512F.IsSupported && Vector512.IsHardwareAccelerated)
                            {
                                // Where the core has AVX-512: 4 × 16 tiles, half the instructions per multiply-add.
                                for (; j + WideTileColumns <= j1; j += WideTileColumns)
                                {
                                    MultiplyWideTile(i, j, p0, p1, m, n, k, alpha, a, transposeA, b, c);
                                }
                            }

                            for (; j + TileColumns <= j1; j += TileColumns)
                            {
                                MultiplyTile(i, j, p0, p1, m, n, k, alpha, a, transposeA, b, c);
                            }

                            for (int r = i; r < i + TileRows && j < j1; r++)
                            {
                                RowAxpys(r, j, j1, p0, p1, m, n, k, alpha, a, transposeA, b, c);
                            }
                        }
                    }

                    for (; i < m; i++)
                    {
                        RowAxpys(i, j0, j1, p0, p1, m, n, k, alpha, a, transposeA, b, c);
                    }
                }
            }

            return;
        }

        if (!transposeA)
        {
            // C[i,j] += α·⟨A[i,:], B[j,:]⟩: 2 × 4 tiles of dot products in registers, single dots for the rest.
            int i = 0;
            if (Vector256.IsHardwareAccelerated && Fma.IsSupported && k >= Vector256<double>.Count)
            {
                for (; i + 2 <= m; i += 2)
                {
                    int j = 0;
                    for (; j + 4 <= n; j += 4)
                    {
                        DotTile(i, j, n, k, alpha, a, b, c);
                    }

                    for (; j < n; j++)
                    {
                        c[(i * n) + j] += alpha * DotCore(a.Slice(i * k, k), b.Slice(j * k, k));
                        c[((i + 1) * n) + j] += alpha * DotCore(a.Slice((i + 1) * k, k), b.Slice(j * k, k));
                    }
                }
            }

            for (; i < m; i++)
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

    private const int TileRows = 4;
    private const int TileColumns = 8;

    /// <summary>C[i..i+4, j..j+8] += α·Σ_{p0 ≤ p &lt; p1} A(i.., p)·B[p, j..j+8], accumulated in eight registers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MultiplyTile(int i, int j, int p0, int p1, int m, int n, int k, double alpha, ReadOnlySpan<double> a, bool transposeA, ReadOnlySpan<double> b, Span<double> c)
    {
        ref double ar = ref MemoryMarshal.GetReference(a);
        ref double br = ref MemoryMarshal.GetReference(b);
        ref double cr = ref MemoryMarshal.GetReference(c);
        var c00 = Vector256<double>.Zero;
        var c01 = Vector256<double>.Zero;
        var c10 = Vector256<double>.Zero;
        var c11 = Vector256<double>.Zero;
        var c20 = Vector256<double>.Zero;
        var c21 = Vector256<double>.Zero;
        var c30 = Vector256<double>.Zero;
        var c31 = Vector256<double>.Zero;
        for (int p = p0; p < p1; p++)
        {
            var b0 = Vector256.LoadUnsafe(ref br, (nuint)((p * n) + j));
            var b1 = Vector256.LoadUnsafe(ref br, (nuint)((p * n) + j + 4));
            double a0, a1, a2, a3;
            if (transposeA)
            {
                int row = (p * m) + i;
                a0 = Unsafe.Add(ref ar, row);
                a1 = Unsafe.Add(ref ar, row + 1);
                a2 = Unsafe.Add(ref ar, row + 2);
                a3 = Unsafe.Add(ref ar, row + 3);
            }
            else
            {
                a0 = Unsafe.Add(ref ar, (i * k) + p);
                a1 = Unsafe.Add(ref ar, ((i + 1) * k) + p);
                a2 = Unsafe.Add(ref ar, ((i + 2) * k) + p);
                a3 = Unsafe.Add(ref ar, ((i + 3) * k) + p);
            }

            var v0 = Vector256.Create(a0);
            var v1 = Vector256.Create(a1);
            var v2 = Vector256.Create(a2);
            var v3 = Vector256.Create(a3);
            c00 = Fma.MultiplyAdd(v0, b0, c00);
            c01 = Fma.MultiplyAdd(v0, b1, c01);
            c10 = Fma.MultiplyAdd(v1, b0, c10);
            c11 = Fma.MultiplyAdd(v1, b1, c11);
            c20 = Fma.MultiplyAdd(v2, b0, c20);
            c21 = Fma.MultiplyAdd(v2, b1, c21);
            c30 = Fma.MultiplyAdd(v3, b0, c30);
            c31 = Fma.MultiplyAdd(v3, b1, c31);
        }

        var scale = Vector256.Create(alpha);
        AddScaled(ref cr, (i * n) + j, scale, c00, c01);
        AddScaled(ref cr, ((i + 1) * n) + j, scale, c10, c11);
        AddScaled(ref cr, ((i + 2) * n) + j, scale, c20, c21);
        AddScaled(ref cr, ((i + 3) * n) + j, scale, c30, c31);
    }

    private const int WideTileColumns = 16;

    /// <summary>C[i..i+4, j..j+16] += α·A[i..i+4, p0..p1]·B[p0..p1, j..j+16] in eight Vector512 accumulators (AVX-512F).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplyWideTile(int i, int j, int p0, int p1, int m, int n, int k, double alpha, ReadOnlySpan<double> a, bool transposeA, ReadOnlySpan<double> b, Span<double> c)
    {
        ref double ar = ref MemoryMarshal.GetReference(a);
        ref double br = ref MemoryMarshal.GetReference(b);
        ref double cr = ref MemoryMarshal.GetReference(c);
        var c00 = Vector512<double>.Zero;
        var c01 = Vector512<double>.Zero;
        var c10 = Vector512<double>.Zero;
        var c11 = Vector512<double>.Zero;
        var c20 = Vector512<double>.Zero;
        var c21 = Vector512<double>.Zero;
        var c30 = Vector512<double>.Zero;
        var c31 = Vector512<double>.Zero;
        // The rows of A (or, transposed, the columns) as running references: one add per step instead of four products.
        int stride = transposeA ? 1 : k;
        int step = transposeA ? m : 1;
        ref double a0 = ref Unsafe.Add(ref ar, transposeA ? (p0 * m) + i : (i * k) + p0);
        ref double pb = ref Unsafe.Add(ref br, (p0 * n) + j);
        for (int p = p0; p < p1; p++)
        {
            var b0 = Vector512.LoadUnsafe(ref pb);
            var b1 = Vector512.LoadUnsafe(ref pb, 8);
            var v0 = Vector512.Create(a0);
            var v1 = Vector512.Create(Unsafe.Add(ref a0, stride));
            var v2 = Vector512.Create(Unsafe.Add(ref a0, 2 * stride));
            var v3 = Vector512.Create(Unsafe.Add(ref a0, 3 * stride));
            c00 = Avx512F.FusedMultiplyAdd(v0, b0, c00);
            c01 = Avx512F.FusedMultiplyAdd(v0, b1, c01);
            c10 = Avx512F.FusedMultiplyAdd(v1, b0, c10);
            c11 = Avx512F.FusedMultiplyAdd(v1, b1, c11);
            c20 = Avx512F.FusedMultiplyAdd(v2, b0, c20);
            c21 = Avx512F.FusedMultiplyAdd(v2, b1, c21);
            c30 = Avx512F.FusedMultiplyAdd(v3, b0, c30);
            c31 = Avx512F.FusedMultiplyAdd(v3, b1, c31);
            a0 = ref Unsafe.Add(ref a0, step);
            pb = ref Unsafe.Add(ref pb, n);
        }

        var scale = Vector512.Create(alpha);
        AddScaledWide(ref Unsafe.Add(ref cr, (i * n) + j), scale, c00, c01);
        AddScaledWide(ref Unsafe.Add(ref cr, ((i + 1) * n) + j), scale, c10, c11);
        AddScaledWide(ref Unsafe.Add(ref cr, ((i + 2) * n) + j), scale, c20, c21);
        AddScaledWide(ref Unsafe.Add(ref cr, ((i + 3) * n) + j), scale, c30, c31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddScaledWide(ref double c, Vector512<double> scale, Vector512<double> low, Vector512<double> high)
    {
        Avx512F.FusedMultiplyAdd(scale, low, Vector512.LoadUnsafe(ref c)).StoreUnsafe(ref c);
        Avx512F.FusedMultiplyAdd(scale, high, Vector512.LoadUnsafe(ref c, 8)).StoreUnsafe(ref c, 8);
    }

    /// <summary>C[i..i+2, j..j+4] += α·(A[i..i+2, :]·B[j..j+4, :]ᵀ): eight dot products sharing their loads.</summary>
    private static void DotTile(int i, int j, int n, int k, double alpha, ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c)
    {
        ref double ar = ref MemoryMarshal.GetReference(a);
        ref double br = ref MemoryMarshal.GetReference(b);
        var s00 = Vector256<double>.Zero;
        var s01 = Vector256<double>.Zero;
        var s02 = Vector256<double>.Zero;
        var s03 = Vector256<double>.Zero;
        var s10 = Vector256<double>.Zero;
        var s11 = Vector256<double>.Zero;
        var s12 = Vector256<double>.Zero;
        var s13 = Vector256<double>.Zero;
        int a0 = i * k;
        int a1 = (i + 1) * k;
        int b0 = j * k;
        int b1 = (j + 1) * k;
        int b2 = (j + 2) * k;
        int b3 = (j + 3) * k;
        int p = 0;
        for (; p + 4 <= k; p += 4)
        {
            var x0 = Vector256.LoadUnsafe(ref ar, (nuint)(a0 + p));
            var x1 = Vector256.LoadUnsafe(ref ar, (nuint)(a1 + p));
            var y0 = Vector256.LoadUnsafe(ref br, (nuint)(b0 + p));
            var y1 = Vector256.LoadUnsafe(ref br, (nuint)(b1 + p));
            var y2 = Vector256.LoadUnsafe(ref br, (nuint)(b2 + p));
            var y3 = Vector256.LoadUnsafe(ref br, (nuint)(b3 + p));
            s00 = Fma.MultiplyAdd(x0, y0, s00);
            s01 = Fma.MultiplyAdd(x0, y1, s01);
            s02 = Fma.MultiplyAdd(x0, y2, s02);
            s03 = Fma.MultiplyAdd(x0, y3, s03);
            s10 = Fma.MultiplyAdd(x1, y0, s10);
            s11 = Fma.MultiplyAdd(x1, y1, s11);
            s12 = Fma.MultiplyAdd(x1, y2, s12);
            s13 = Fma.MultiplyAdd(x1, y3, s13);
        }

        double t00 = Vector256.Sum(s00), t01 = Vector256.Sum(s01), t02 = Vector256.Sum(s02), t03 = Vector256.Sum(s03);
        double t10 = Vector256.Sum(s10), t11 = Vector256.Sum(s11), t12 = Vector256.Sum(s12), t13 = Vector256.Sum(s13);
        for (; p < k; p++)
        {
            double x0 = a[a0 + p];
            double x1 = a[a1 + p];
            t00 += x0 * b[b0 + p];
            t01 += x0 * b[b1 + p];
            t02 += x0 * b[b2 + p];
            t03 += x0 * b[b3 + p];
            t10 += x1 * b[b0 + p];
            t11 += x1 * b[b1 + p];
            t12 += x1 * b[b2 + p];
            t13 += x1 * b[b3 + p];
        }

        int c0 = (i * n) + j;
        int c1 = ((i + 1) * n) + j;
        c[c0] += alpha * t00;
        c[c0 + 1] += alpha * t01;
        c[c0 + 2] += alpha * t02;
        c[c0 + 3] += alpha * t03;
        c[c1] += alpha * t10;
        c[c1 + 1] += alpha * t11;
        c[c1 + 2] += alpha * t12;
        c[c1 + 3] += alpha * t13;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddScaled(ref double c, int offset, Vector256<double> scale, Vector256<double> low, Vector256<double> high)
    {
        Fma.MultiplyAdd(scale, low, Vector256.LoadUnsafe(ref c, (nuint)offset)).StoreUnsafe(ref c, (nuint)offset);
        Fma.MultiplyAdd(scale, high, Vector256.LoadUnsafe(ref c, (nuint)(offset + 4))).StoreUnsafe(ref c, (nuint)(offset + 4));
    }

    /// <summary>C[i, j0..j1] += α·Σ_{p0 ≤ p &lt; p1} A(i, p)·B[p, j0..j1], one vectorized axpy per p.</summary>
    private static void RowAxpys(int i, int j0, int j1, int p0, int p1, int m, int n, int k, double alpha, ReadOnlySpan<double> a, bool transposeA, ReadOnlySpan<double> b, Span<double> c)
    {
        int width = j1 - j0;
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
