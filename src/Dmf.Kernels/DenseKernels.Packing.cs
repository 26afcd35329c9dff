namespace Dmf.Kernels;

/// <summary>
/// The packing of the blocked multiply (DenseKernels.Packed.cs): op(A) and op(B) copied into the micro-panels the
/// micro-kernel reads in order. Whole panels move in AVX registers — contiguous runs as vector copies, the transposing
/// layouts as 4 × 4 register transposes — and only the ragged edge (rows or columns past the last full panel, and
/// steps past the last multiple of four) element by element. The packed kernel runs only where AVX2 is supported, so
/// these paths assume it.
/// </summary>
public static partial class DenseKernels
{
    /// <summary>
    /// op(B)[pc..pc+kc, jc..jc+nc] into micro-panels of 8 columns: panel q holds, for each p, its 8 values contiguously;
    /// columns past nc are zero.
    /// </summary>
    private static void PackB(ReadOnlySpan<double> b, bool transposeB, int k, int n, int pc, int kc, int jc, int nc, PackBuffer buffer) =>
        PackB(b, transposeB, k, n, pc, kc, jc, nc, buffer.Span);

    /// <summary>As above, into <paramref name="packed"/> (a slice of a buffer starting at a panel: the panels of a column range).</summary>
    private static void PackB(ReadOnlySpan<double> b, bool transposeB, int k, int n, int pc, int kc, int jc, int nc, Span<double> packed)
    {
        int full = nc / MicroColumns;
        if (nc % MicroColumns != 0)
        {
            packed.Slice(full * MicroColumns * kc, MicroColumns * kc).Clear();
        }

        ref double origin = ref MemoryMarshal.GetReference(packed);
        if (!transposeB)
        {
            // Row p of the slab, split into the panels' 8-wide pieces: two vector copies each.
            for (int p = 0; p < kc; p++)
            {
                ref double row = ref MemoryMarshal.GetReference(b.Slice(((pc + p) * n) + jc, nc));
                ref double step = ref Unsafe.Add(ref origin, p * MicroColumns);
                for (int q = 0; q < full; q++)
                {
                    ref double piece = ref Unsafe.Add(ref row, q * MicroColumns);
                    ref double panel = ref Unsafe.Add(ref step, q * MicroColumns * kc);
                    Vector256.LoadUnsafe(ref piece).StoreUnsafe(ref panel);
                    Vector256.LoadUnsafe(ref piece, 4).StoreUnsafe(ref panel, 4);
                }

                for (int j = full * MicroColumns; j < nc; j++)
                {
                    Unsafe.Add(ref step, (full * MicroColumns * kc) + (j - (full * MicroColumns))) = Unsafe.Add(ref row, j);
                }
            }

            return;
        }

        // op(B)(p, j) = B[j, p]: column j of op(B) is row j of B, contiguous over p. A full panel is its 8 rows of B
        // transposed four steps at a time (two 4 × 4 blocks per group of steps).
        for (int q = 0; q < full; q++)
        {
            ref double panel = ref Unsafe.Add(ref origin, q * MicroColumns * kc);
            int first = ((jc + (q * MicroColumns)) * k) + pc;
            ref double rows = ref MemoryMarshal.GetReference(b.Slice(first, ((MicroColumns - 1) * k) + kc));
            int p = 0;
            for (; p + 4 <= kc; p += 4)
            {
                TransposeBlock4(ref Unsafe.Add(ref rows, p), k, ref Unsafe.Add(ref panel, p * MicroColumns), MicroColumns, Vector256<double>.One);
                TransposeBlock4(ref Unsafe.Add(ref rows, (4 * k) + p), k, ref Unsafe.Add(ref panel, (p * MicroColumns) + 4), MicroColumns, Vector256<double>.One);
            }

            PackSteps(1, b, first, k, p, kc, ref panel, MicroColumns);
        }

        for (int j = full * MicroColumns; j < nc; j++)
        {
            PackLane(1, b.Slice(((jc + j) * k) + pc, kc), ref Unsafe.Add(ref origin, (full * MicroColumns * kc) + (j - (full * MicroColumns))), MicroColumns);
        }
    }

    /// <summary>
    /// α·op(A)[ic..ic+mc, pc..pc+kc] into micro-panels of 6 rows: panel r holds, for each p, its 6 values contiguously;
    /// rows past mc are zero.
    /// </summary>
    private static void PackA(double alpha, ReadOnlySpan<double> a, bool transposeA, int m, int k, int ic, int mc, int pc, int kc, PackBuffer buffer)
    {
        var packed = buffer.Span;
        int full = mc / MicroRows;
        if (mc % MicroRows != 0)
        {
            packed.Slice(full * MicroRows * kc, MicroRows * kc).Clear();
        }

        ref double origin = ref MemoryMarshal.GetReference(packed);
        var scale = Vector256.Create(alpha);
        if (transposeA)
        {
            // op(A)(i, p) = A[p, i]: row p of A holds the block's column p, so each panel's step is six contiguous
            // values of that row (a vector of four and one of two).
            for (int p = 0; p < kc; p++)
            {
                ref double row = ref MemoryMarshal.GetReference(a.Slice(((pc + p) * m) + ic, mc));
                ref double step = ref Unsafe.Add(ref origin, p * MicroRows);
                if (p + AheadRows < kc)
                {
                    PrefetchRun(ref Unsafe.Add(ref row, AheadRows * m), mc);
                }

                for (int r = 0; r < full; r++)
                {
                    ref double piece = ref Unsafe.Add(ref row, r * MicroRows);
                    ref double panel = ref Unsafe.Add(ref step, r * MicroRows * kc);
                    (scale * Vector256.LoadUnsafe(ref piece)).StoreUnsafe(ref panel);
                    (scale.GetLower() * Vector128.LoadUnsafe(ref piece, 4)).StoreUnsafe(ref panel, 4);
                }

                for (int i = full * MicroRows; i < mc; i++)
                {
                    Unsafe.Add(ref step, (full * MicroRows * kc) + (i - (full * MicroRows))) = alpha * Unsafe.Add(ref row, i);
                }
            }

            return;
        }

        // Row i of op(A) is row ic + i of A, contiguous over p. A full panel is its 6 rows transposed four steps at a
        // time: rows 0–3 as a 4 × 4 register transpose, rows 4–5 as two unpacks whose halves go to the four steps.
        for (int r = 0; r < full; r++)
        {
            ref double panel = ref Unsafe.Add(ref origin, r * MicroRows * kc);
            int first = ((ic + (r * MicroRows)) * k) + pc;
            ref double rows = ref MemoryMarshal.GetReference(a.Slice(first, ((MicroRows - 1) * k) + kc));
            int p = 0;
            for (; p + 4 <= kc; p += 4)
            {
                ref double steps = ref Unsafe.Add(ref panel, p * MicroRows);
                TransposeBlock4(ref Unsafe.Add(ref rows, p), k, ref steps, MicroRows, scale);
                var x4 = scale * Vector256.LoadUnsafe(ref Unsafe.Add(ref rows, (4 * k) + p));
                var x5 = scale * Vector256.LoadUnsafe(ref Unsafe.Add(ref rows, (5 * k) + p));
                var even = Avx.UnpackLow(x4, x5);  // x4[0] x5[0] x4[2] x5[2]
                var odd = Avx.UnpackHigh(x4, x5);  // x4[1] x5[1] x4[3] x5[3]
                even.GetLower().StoreUnsafe(ref steps, 4);
                odd.GetLower().StoreUnsafe(ref steps, MicroRows + 4);
                even.GetUpper().StoreUnsafe(ref steps, (2 * MicroRows) + 4);
                odd.GetUpper().StoreUnsafe(ref steps, (3 * MicroRows) + 4);
            }

            PackSteps(alpha, a, first, k, p, kc, ref panel, MicroRows);
        }

        for (int i = full * MicroRows; i < mc; i++)
        {
            PackLane(alpha, a.Slice(((ic + i) * k) + pc, kc), ref Unsafe.Add(ref origin, (full * MicroRows * kc) + (i - (full * MicroRows))), MicroRows);
        }
    }

    /// <summary>
    /// A contiguous line of the source (a row of B for a transposed B, a row of A otherwise), scaled, into one lane of a
    /// micro-panel: value p goes to lane + p·width. The ragged edge's lanes, past the last full panel.
    /// </summary>
    private static void PackLane(double scale, ReadOnlySpan<double> line, ref double lane, int width)
    {
        ref double source = ref MemoryMarshal.GetReference(line);
        for (int p = 0; p < line.Length; p++)
        {
            Unsafe.Add(ref lane, p * width) = scale * Unsafe.Add(ref source, p);
        }
    }

    /// <summary>
    /// Steps from..kc of a full panel whose width lanes are source lines (line r at first + r·stride, contiguous over
    /// the steps), scaled, element by element: the steps past the last multiple of four.
    /// </summary>
    private static void PackSteps(double scale, ReadOnlySpan<double> source, int first, int stride, int from, int kc, ref double panel, int width)
    {
        for (int r = 0; r < width && from < kc; r++)
        {
            PackLane(scale, source.Slice(first + (r * stride) + from, kc - from), ref Unsafe.Add(ref panel, (from * width) + r), width);
        }
    }

    /// <summary>How many rows ahead the transposed packing of A asks for its next rows (they are a page or more apart, so the hardware prefetcher does not follow).</summary>
    private const int AheadRows = 4;

    /// <summary>Asks for the cache lines of length values from source on.</summary>
    private static void PrefetchRun(ref double source, int length)
    {
        unsafe
        {
            for (int i = 0; i < length; i += 8)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref source, i)));
            }

            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref source, length - 1)));
        }
    }
}
