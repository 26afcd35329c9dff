using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dmf.Kernels;

namespace Dmf.Benchmarks;

/// <summary>
/// DenseKernels.Gemm for square d × d operands, per transpose case used by generated plans: A·B (prefix
/// products), Aᵀ·B (back-propagation) and A·Bᵀ (the final product per layer). GFLOP/s = 2d³ / time.
/// </summary>
public class GemmBenchmarks
{
    private double[] _a = Array.Empty<double>();
    private double[] _b = Array.Empty<double>();
    private double[] _c = Array.Empty<double>();

    [Params(16, 64, 256)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _a = Enumerable.Range(0, Size * Size).Select(_ => random.NextDouble()).ToArray();
        _b = Enumerable.Range(0, Size * Size).Select(_ => random.NextDouble()).ToArray();
        _c = new double[Size * Size];
    }

    [Benchmark(Baseline = true, Description = "A*B")]
    public void NoTranspose() => DenseKernels.Gemm(Size, Size, Size, 1.0, _a, false, _b, false, 0.0, _c);

    [Benchmark(Description = "A^T*B")]
    public void TransposeA() => DenseKernels.Gemm(Size, Size, Size, 1.0, _a, true, _b, false, 0.0, _c);

    [Benchmark(Description = "A*B^T")]
    public void TransposeB() => DenseKernels.Gemm(Size, Size, Size, 1.0, _a, false, _b, true, 0.0, _c);
}
