using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dmf.Benchmarks;

/// <summary>
/// The core's limit for double-precision arithmetic: fused multiply-adds on twelve independent Vector256 chains held in
/// registers (as many as the micro-kernel's accumulators), nothing loaded or stored. One iteration is 12 · 4 FMAs =
/// 96 floating-point operations, so 2d³/96 iterations do the arithmetic of a d × d × d product.
/// </summary>
internal static class FmaLimit
{
    /// <summary>The iterations with the arithmetic of a d × d × d product (at least one).</summary>
    public static long IterationsFor(int d) => System.Math.Max(1, (long)d * d * d / 48);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double Run(long iterations)
    {
        var x = Vector256.Create(0.9999999);
        var y = Vector256.Create(1e-9);
        var a0 = Vector256.Create(1.0);
        var a1 = a0;
        var a2 = a0;
        var a3 = a0;
        var a4 = a0;
        var a5 = a0;
        var a6 = a0;
        var a7 = a0;
        var a8 = a0;
        var a9 = a0;
        var a10 = a0;
        var a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Fma.MultiplyAdd(a0, x, y);
            a1 = Fma.MultiplyAdd(a1, x, y);
            a2 = Fma.MultiplyAdd(a2, x, y);
            a3 = Fma.MultiplyAdd(a3, x, y);
            a4 = Fma.MultiplyAdd(a4, x, y);
            a5 = Fma.MultiplyAdd(a5, x, y);
            a6 = Fma.MultiplyAdd(a6, x, y);
            a7 = Fma.MultiplyAdd(a7, x, y);
            a8 = Fma.MultiplyAdd(a8, x, y);
            a9 = Fma.MultiplyAdd(a9, x, y);
            a10 = Fma.MultiplyAdd(a10, x, y);
            a11 = Fma.MultiplyAdd(a11, x, y);
        }

        return (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11).GetElement(0);
    }
}
