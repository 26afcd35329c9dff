namespace Dmf.Kernels;

public static partial class DenseKernels
{
    /// <summary>
    /// y (columns × rows) = xᵀ for x stored rows × columns. Blocks of 4 × 4 are transposed in registers with AVX
    /// (two unpacks and a 128-bit lane permute per pair of rows) where available; the rest element by element.
    /// y must not overlap x.
    /// </summary>
    public static void Transpose(ReadOnlySpan<double> x, int rows, int columns, Span<double> y)
    {
        if (rows < 0 || columns < 0 || x.Length < rows * columns || y.Length < rows * columns)
        {
            throw new ArgumentException(Invariant($"Transpose {rows}x{columns}: operand lengths {x.Length} and {y.Length} are too short."));
        }

        ref double source = ref MemoryMarshal.GetReference(x);
        ref double target = ref MemoryMarshal.GetReference(y);
        int blockRows = Avx.IsSupported ? rows & ~3 : 0;
        int blockColumns = Avx.IsSupported ? columns & ~3 : 0;
        for (int i = 0; i < blockRows; i += 4)
        {
            for (int j = 0; j < blockColumns; j += 4)
            {
                TransposeBlock4(ref Unsafe.Add(ref source, (i * columns) + j), columns, ref Unsafe.Add(ref target, (j * rows) + i), rows, Vector256<double>.One);
            }
        }

        // The edges: rows below the last full block (every column), and the columns right of it in the blocked rows.
        for (int i = 0; i < rows; i++)
        {
            for (int j = i < blockRows ? blockColumns : 0; j < columns; j++)
            {
                Unsafe.Add(ref target, (j * rows) + i) = Unsafe.Add(ref source, (i * columns) + j);
            }
        }
    }

    /// <summary>
    /// The 4 × 4 block at source (rows sourceStride apart), scaled, written transposed at target (rows targetStride
    /// apart): two unpacks and a 128-bit lane permute per pair of rows. Used by Transpose (scale 1) and by the packing of
    /// the blocked multiply.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TransposeBlock4(ref double source, int sourceStride, ref double target, int targetStride, Vector256<double> scale)
    {
        var r0 = scale * Vector256.LoadUnsafe(ref source);
        var r1 = scale * Vector256.LoadUnsafe(ref source, (nuint)sourceStride);
        var r2 = scale * Vector256.LoadUnsafe(ref source, (nuint)(2 * sourceStride));
        var r3 = scale * Vector256.LoadUnsafe(ref source, (nuint)(3 * sourceStride));
        var t0 = Avx.UnpackLow(r0, r1);   // a0 b0 a2 b2
        var t1 = Avx.UnpackHigh(r0, r1);  // a1 b1 a3 b3
        var t2 = Avx.UnpackLow(r2, r3);   // c0 d0 c2 d2
        var t3 = Avx.UnpackHigh(r2, r3);  // c1 d1 c3 d3
        Avx.Permute2x128(t0, t2, 0x20).StoreUnsafe(ref target);
        Avx.Permute2x128(t1, t3, 0x20).StoreUnsafe(ref target, (nuint)targetStride);
        Avx.Permute2x128(t0, t2, 0x31).StoreUnsafe(ref target, (nuint)(2 * targetStride));
        Avx.Permute2x128(t1, t3, 0x31).StoreUnsafe(ref target, (nuint)(3 * targetStride));
    }
}
