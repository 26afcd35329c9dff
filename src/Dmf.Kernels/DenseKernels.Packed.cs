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

    /// <summary>Whether the packed kernel serves a product of this size on this machine (AVX2 and FMA; below ~24³ — with AVX-512, below 96³ for op(A)·B — the register tiles win).</summary>
    private static bool UsePacked(int m, int n, int k, bool transposeB) =>
        Avx2.IsSupported && Fma.IsSupported && m >= MicroRows && n >= MicroColumns
        && (long)m * n * k >= (!transposeB && Avx512F.IsSupported && Vector512.IsHardwareAccelerated && n % WideTileColumns == 0 ? WideTilesUpTo : 24L * 24 * 24);

    /// <summary>
    /// With AVX-512, op(A)·B products of whole 16-column tiles below this many multiply-adds stay on the 4 × 16 register
    /// tiles over the operands in place (no packing): measured at 0.94–0.97× OpenBLAS's time at d = 16..64, against
    /// 0.59–0.79× packed or on 4 × 8 tiles.
    /// </summary>
    private const long WideTilesUpTo = 96L * 96 * 96;

    /// <summary>
    /// C (m × n, row-major) += α·op(A)·op(B), β already applied; with <paramref name="overwrite"/>, C = α·op(A)·op(B)
    /// (the first slab stores its tiles, so C's previous contents, NaN included, are never read). From
    /// <see cref="ParallelFrom"/> multiply-adds up, each slab's rows are split over <see cref="KernelThreads"/>: the
    /// threads pack the slab of op(B) together (each its share of the micro-panels, then they meet), then every thread packs
    /// its own blocks of op(A) and writes its own rows of C. A tile's arithmetic does not depend on which thread computes it (the same 6-row groups, panels and order of
    /// slabs), so the result is bit-identical to one thread's.
    /// </summary>
    private static unsafe void PackedGemm(int m, int n, int k, double alpha, ReadOnlySpan<double> a, bool transposeA, ReadOnlySpan<double> b, bool transposeB, bool overwrite, Span<double> c)
    {
        var packedB = _packedB ??= Aligned(SlabDepth * PanelColumns);
        int parts = (long)m * n * k >= ParallelFrom ? Math.Min(KernelThreads.PartsAvailable, (m + MicroRows - 1) / MicroRows) : 1;
        fixed (double* pa = a)
        fixed (double* pb = b)
        fixed (double* pc0 = c)
        {
            for (int jc = 0; jc < n; jc += PanelColumns)
            {
                int nc = Math.Min(PanelColumns, n - jc);
                for (int pc = 0; pc < k; pc += SlabDepth)
                {
                    int kc = Math.Min(SlabDepth, k - pc);
                    bool store = overwrite && pc == 0;
                    var slab = new Slab(m, n, k, alpha, pa, a.Length, transposeA, pb, b.Length, transposeB, pc0, jc, nc, pc, kc, store, packedB);
                    if (parts < 2 || !KernelThreads.TryRun(SlabJob.For(slab), parts))
                    {
                        PackB(b, transposeB, k, n, pc, kc, jc, nc, packedB);
                        SlabRows(slab, 0, m);
                    }
                }
            }
        }
    }

    /// <summary>Multiply-adds (m·n·k) from which a product is split over threads (measured: below it, waking a worker costs more than it saves).</summary>
    internal const long ParallelFrom = 96L * 96 * 96;

    /// <summary>One KC-deep slab of one NC-wide panel: what every thread's rows of it need (op(A) and C by address, pinned by the caller).</summary>
    private readonly unsafe struct Slab
    {
        public Slab(int m, int n, int k, double alpha, double* a, int aLength, bool transposeA, double* b, int bLength, bool transposeB, double* c, int jc, int nc, int pc, int kc, bool store, PackBuffer packedB)
        {
            A = a;
            B = b;
            C = c;
            (M, N, K, Alpha, ALength, TransposeA, BLength, TransposeB) = (m, n, k, alpha, aLength, transposeA, bLength, transposeB);
            (Jc, Nc, Pc, Kc, Store, PackedB) = (jc, nc, pc, kc, store, packedB);
        }

        public int M { get; }

        public int N { get; }

        public int K { get; }

        public double Alpha { get; }

        public double* A { get; }

        public int ALength { get; }

        public bool TransposeA { get; }

        public double* B { get; }

        public int BLength { get; }

        public bool TransposeB { get; }

        public double* C { get; }

        public int Jc { get; }

        public int Nc { get; }

        public int Pc { get; }

        public int Kc { get; }

        public bool Store { get; }

        public PackBuffer PackedB { get; }
    }

    /// <summary>Rows [r0, r1) of the slab (r0 a multiple of 6): blocks of op(A) packed into this thread's buffer, then the micro-kernels.</summary>
    private static unsafe void SlabRows(in Slab slab, int r0, int r1)
    {
        var packedA = _packedA ??= Aligned(BlockRows * SlabDepth);
        var a = new ReadOnlySpan<double>(slab.A, slab.ALength);
        ref double panelB = ref slab.PackedB.Origin;
        ref double origin = ref Unsafe.AsRef<double>(slab.C);
        for (int ic = r0; ic < r1; ic += BlockRows)
        {
            int mc = Math.Min(BlockRows, r1 - ic);
            PackA(slab.Alpha, a, slab.TransposeA, slab.M, slab.K, ic, mc, slab.Pc, slab.Kc, packedA);
            ref double blockA = ref packedA.Origin;
            for (int jr = 0; jr < slab.Nc; jr += MicroColumns)
            {
                int columns = Math.Min(MicroColumns, slab.Nc - jr);
                ref double microB = ref Unsafe.Add(ref panelB, jr * slab.Kc);
                for (int ir = 0; ir < mc; ir += MicroRows)
                {
                    int rows = Math.Min(MicroRows, mc - ir);
                    ref double tile = ref Unsafe.Add(ref origin, ((ic + ir) * slab.N) + slab.Jc + jr);
                    MicroKernel(slab.Kc, ref Unsafe.Add(ref blockA, ir * slab.Kc), ref microB, ref tile, slab.N, rows, columns, slab.Store);
                }
            }
        }
    }

    /// <summary>
    /// The slab as pool work: part p of P packs an equal share of op(B)'s micro-panels, waits (spinning: every part is
    /// running) until all are packed, then takes an equal share of the 6-row groups. One instance per calling thread
    /// (allocated once): a product on another thread that finds the pool busy fills its own, never the one the pool runs.
    /// </summary>
    private sealed class SlabJob : IParallelPart
    {
        [ThreadStatic]
        private static SlabJob? _ofThisThread;

        private Slab _slab;
        private int _packing;

        public static SlabJob For(in Slab slab)
        {
            var job = _ofThisThread ??= new SlabJob();
            job._slab = slab;
            return job;
        }

        public void Prepare(int parts) => Volatile.Write(ref _packing, parts);

        public unsafe void Run(int part, int parts)
        {
            int panels = (_slab.Nc + MicroColumns - 1) / MicroColumns;
            int q0 = (int)((long)panels * part / parts);
            int q1 = (int)((long)panels * (part + 1) / parts);
            try
            {
                if (q1 > q0)
                {
                    int firstColumn = q0 * MicroColumns;
                    int columns = Math.Min(_slab.Nc, q1 * MicroColumns) - firstColumn;
                    var b = new ReadOnlySpan<double>(_slab.B, _slab.BLength);
                    PackB(b, _slab.TransposeB, _slab.K, _slab.N, _slab.Pc, _slab.Kc, _slab.Jc + firstColumn, columns, _slab.PackedB.Span[(firstColumn * _slab.Kc)..]);
                }
            }
            finally
            {
                // A part that failed still arrives, so no other part waits for it forever (the pool reports the failure).
                Interlocked.Decrement(ref _packing);
            }

            var spin = default(SpinWait);
            while (Volatile.Read(ref _packing) > 0)
            {
                spin.SpinOnce(sleep1Threshold: -1);
            }

            int groups = (_slab.M + MicroRows - 1) / MicroRows;
            int first = (int)((long)groups * part / parts);
            int last = (int)((long)groups * (part + 1) / parts);
            SlabRows(_slab, first * MicroRows, Math.Min(_slab.M, last * MicroRows));
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
