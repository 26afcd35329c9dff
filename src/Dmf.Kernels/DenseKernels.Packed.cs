using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dmf.Kernels;

/// <summary>
/// The packed, cache-blocked matrix multiply (the GotoBLAS / BLIS structure): C += α·op(A)·op(B) is split into
/// KC-deep slabs; each slab of op(B) (KC × NC) is packed once into NR-column micro-panels that stay in L3/L2, each
/// MC × KC block of op(A) (scaled by α) into MR-row micro-panels that stay in L2, and a register-tiled 6 × 8 AVX2
/// micro-kernel (twelve Vector256 accumulators, two B loads and one A broadcast per step, FMA) runs over the panels.
/// Packing (DenseKernels.Packing.cs) reads op(A) and op(B) in whatever layout the transposes give, so every transpose
/// case takes the same kernel; partial panels are zero-padded, and partial tiles of C are written through a small stack
/// buffer. With β = 0 the first slab stores its tiles instead of adding them, so C is never cleared in a pass of its
/// own. The packing buffers are per thread and allocated once, so a call allocates nothing.
/// </summary>
public static partial class DenseKernels
{
    private const int MicroRows = 6;
    private const int MicroColumns = 8;
    private const int SlabDepth = 256;
    private const int BlockRows = 72;
    private const int PanelColumns = 2048;

    /// <summary>How many steps ahead the micro-kernel asks for its A panel (one cache line per two steps, from L2).</summary>
    private const int AheadSteps = 16;

    [ThreadStatic]
    private static PackBuffer? _packedA;

    [ThreadStatic]
    private static PackBuffer? _packedB;

    private static PackBuffer Aligned(int length) => new(length);

    /// <summary>A pinned buffer whose usable part starts on a 64-byte boundary (a cache line: no vector load straddles two).</summary>
    private sealed class PackBuffer
    {
        private readonly double[] _array;
        private readonly int _offset;
        private readonly int _length;

        public PackBuffer(int length)
        {
            _array = GC.AllocateUninitializedArray<double>(length + 8, pinned: true);
            ref double first = ref MemoryMarshal.GetArrayDataReference(_array);
            nint address;
            unsafe
            {
                address = (nint)Unsafe.AsPointer(ref first);
            }

            _offset = (int)(((64 - (address % 64)) % 64) / sizeof(double));
            _length = length;
        }

        public ref double Origin => ref _array[_offset];

        public Span<double> Span => _array.AsSpan(_offset, _length);
    }

    /// <summary>Whether the packed kernel serves a product of this size on this machine (AVX2 and FMA; below ~32³ the register tiles win).</summary>
    private static bool UsePacked(int m, int n, int k) =>
        Avx2.IsSupported && Fma.IsSupported && (long)m * n * k >= 24L * 24 * 24 && m >= MicroRows && n >= MicroColumns;

    /// <summary>
    /// C (m × n, row-major) += α·op(A)·op(B), β already applied; with <paramref name="overwrite"/>, C = α·op(A)·op(B)
    /// (the first slab stores its tiles, so C's previous contents, NaN included, are never read).
    /// </summary>
    private static void PackedGemm(int m, int n, int k, double alpha, ReadOnlySpan<double> a, bool transposeA, ReadOnlySpan<double> b, bool transposeB, bool overwrite, Span<double> c)
    {
        var packedA = _packedA ??= Aligned(BlockRows * SlabDepth);
        var packedB = _packedB ??= Aligned(SlabDepth * PanelColumns);
        for (int jc = 0; jc < n; jc += PanelColumns)
        {
            int nc = Math.Min(PanelColumns, n - jc);
            for (int pc = 0; pc < k; pc += SlabDepth)
            {
                int kc = Math.Min(SlabDepth, k - pc);
                bool store = overwrite && pc == 0;
                PackB(b, transposeB, k, n, pc, kc, jc, nc, packedB);
                for (int ic = 0; ic < m; ic += BlockRows)
                {
                    int mc = Math.Min(BlockRows, m - ic);
                    PackA(alpha, a, transposeA, m, k, ic, mc, pc, kc, packedA);
                    ref double blockA = ref packedA.Origin;
                    ref double panelB = ref packedB.Origin;
                    ref double origin = ref MemoryMarshal.GetReference(c);
                    for (int jr = 0; jr < nc; jr += MicroColumns)
                    {
                        int columns = Math.Min(MicroColumns, nc - jr);
                        ref double microB = ref Unsafe.Add(ref panelB, jr * kc);
                        for (int ir = 0; ir < mc; ir += MicroRows)
                        {
                            int rows = Math.Min(MicroRows, mc - ir);
                            ref double tile = ref Unsafe.Add(ref origin, ((ic + ir) * n) + jc + jr);
                            MicroKernel(kc, ref Unsafe.Add(ref blockA, ir * kc), ref microB, ref tile, n, rows, columns, store);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// C[0..rows, 0..columns] (leading dimension ldc) += Σ_p a_p·b_pᵀ over kc steps of a packed 6-row A panel and a
    /// packed 8-column B panel (= with <paramref name="store"/>): twelve accumulators, two steps per iteration.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MicroKernel(int kc, ref double a, ref double b, ref double c, int ldc, int rows, int columns, bool store)
    {
        var c00 = Vector256<double>.Zero;
        var c01 = Vector256<double>.Zero;
        var c10 = Vector256<double>.Zero;
        var c11 = Vector256<double>.Zero;
        var c20 = Vector256<double>.Zero;
        var c21 = Vector256<double>.Zero;
        var c30 = Vector256<double>.Zero;
        var c31 = Vector256<double>.Zero;
        var c40 = Vector256<double>.Zero;
        var c41 = Vector256<double>.Zero;
        var c50 = Vector256<double>.Zero;
        var c51 = Vector256<double>.Zero;
        // The tile of C is read once, at the end, but its rows are ldc apart (often a power of two: one cache set);
        // asking for them now hides the misses behind the loop.
        unsafe
        {
            for (int r = 0; r < rows; r++)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref c, r * ldc)));
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref c, (r * ldc) + MicroColumns - 1)));
            }
        }

        ref double pa = ref a;
        ref double pb = ref b;
        int p = 0;

        // Two steps per iteration (half the loop overhead); the second step's loads are independent of the first's FMAs.
        // The A panel streams from L2 (the B panel stays in L1): it is asked for ahead, so its loads do not wait on L2.
        for (; p + 2 <= kc; p += 2)
        {
            unsafe
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref pa, AheadSteps * MicroRows)));
            }

            Step(ref pa, ref pb, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
            Step(ref Unsafe.Add(ref pa, MicroRows), ref Unsafe.Add(ref pb, MicroColumns), ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
            pa = ref Unsafe.Add(ref pa, 2 * MicroRows);
            pb = ref Unsafe.Add(ref pb, 2 * MicroColumns);
        }

        if (p < kc)
        {
            Step(ref pa, ref pb, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
        }

        if (rows == MicroRows && columns == MicroColumns)
        {
            WriteRow(ref c, c00, c01, store);
            WriteRow(ref Unsafe.Add(ref c, ldc), c10, c11, store);
            WriteRow(ref Unsafe.Add(ref c, 2 * ldc), c20, c21, store);
            WriteRow(ref Unsafe.Add(ref c, 3 * ldc), c30, c31, store);
            WriteRow(ref Unsafe.Add(ref c, 4 * ldc), c40, c41, store);
            WriteRow(ref Unsafe.Add(ref c, 5 * ldc), c50, c51, store);
            return;
        }

        Span<double> tile = stackalloc double[MicroRows * MicroColumns];
        ref double t = ref MemoryMarshal.GetReference(tile);
        WriteRow(ref t, c00, c01, store: true);
        WriteRow(ref Unsafe.Add(ref t, 8), c10, c11, store: true);
        WriteRow(ref Unsafe.Add(ref t, 16), c20, c21, store: true);
        WriteRow(ref Unsafe.Add(ref t, 24), c30, c31, store: true);
        WriteRow(ref Unsafe.Add(ref t, 32), c40, c41, store: true);
        WriteRow(ref Unsafe.Add(ref t, 40), c50, c51, store: true);
        for (int r = 0; r < rows; r++)
        {
            for (int q = 0; q < columns; q++)
            {
                ref double target = ref Unsafe.Add(ref c, (r * ldc) + q);
                target = store ? tile[(r * MicroColumns) + q] : target + tile[(r * MicroColumns) + q];
            }
        }
    }

    /// <summary>One step of the micro-kernel: the 6 × 8 outer product of a column of the A panel and a row of the B panel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(
        ref double pa,
        ref double pb,
        ref Vector256<double> c00,
        ref Vector256<double> c01,
        ref Vector256<double> c10,
        ref Vector256<double> c11,
        ref Vector256<double> c20,
        ref Vector256<double> c21,
        ref Vector256<double> c30,
        ref Vector256<double> c31,
        ref Vector256<double> c40,
        ref Vector256<double> c41,
        ref Vector256<double> c50,
        ref Vector256<double> c51)
    {
        var b0 = Vector256.LoadUnsafe(ref pb);
        var b1 = Vector256.LoadUnsafe(ref pb, 4);
        var x = Vector256.Create(pa);
        c00 = Fma.MultiplyAdd(x, b0, c00);
        c01 = Fma.MultiplyAdd(x, b1, c01);
        x = Vector256.Create(Unsafe.Add(ref pa, 1));
        c10 = Fma.MultiplyAdd(x, b0, c10);
        c11 = Fma.MultiplyAdd(x, b1, c11);
        x = Vector256.Create(Unsafe.Add(ref pa, 2));
        c20 = Fma.MultiplyAdd(x, b0, c20);
        c21 = Fma.MultiplyAdd(x, b1, c21);
        x = Vector256.Create(Unsafe.Add(ref pa, 3));
        c30 = Fma.MultiplyAdd(x, b0, c30);
        c31 = Fma.MultiplyAdd(x, b1, c31);
        x = Vector256.Create(Unsafe.Add(ref pa, 4));
        c40 = Fma.MultiplyAdd(x, b0, c40);
        c41 = Fma.MultiplyAdd(x, b1, c41);
        x = Vector256.Create(Unsafe.Add(ref pa, 5));
        c50 = Fma.MultiplyAdd(x, b0, c50);
        c51 = Fma.MultiplyAdd(x, b1, c51);
    }

    /// <summary>Eight values of a row of C (two vectors) stored, or added to what is there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteRow(ref double c, Vector256<double> low, Vector256<double> high, bool store)
    {
        if (!store)
        {
            low += Vector256.LoadUnsafe(ref c);
            high += Vector256.LoadUnsafe(ref c, 4);
        }

        low.StoreUnsafe(ref c);
        high.StoreUnsafe(ref c, 4);
    }
}
