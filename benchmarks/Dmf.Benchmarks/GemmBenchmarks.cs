using BenchmarkDotNet.Attributes;
using Dmf.Kernels;

namespace Dmf.Benchmarks;

/// <summary>
/// DenseKernels.Gemm against the system OpenBLAS cblas_dgemm in the same process, both on <see cref="Threads"/> threads
/// (KernelThreads.Count and openblas_set_num_threads), for square d × d
/// operands and each transpose case the generated plans use: A·B (prefix products), Aᵀ·B (back-propagation) and A·Bᵀ
/// (the final product per layer). GFLOP/s = 2d³ / time; the ratio column compares each case with OpenBLAS's A·B, and
/// "FMA limit" is the same arithmetic as independent FMAs in registers (<see cref="FmaLimit"/>): the fastest any
/// multiply could be on this core.
/// </summary>
[MemoryDiagnoser]
public class GemmBenchmarks
{
    private double[] _a = Array.Empty<double>();
    private double[] _b = Array.Empty<double>();
    private double[] _c = Array.Empty<double>();

    [Params(16, 64, 256, 512, 1024)]
    public int Size { get; set; }

    /// <summary>Threads on both sides: 1, and the machine's two cores.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _a = Enumerable.Range(0, Size * Size).Select(_ => random.NextDouble()).ToArray();
        _b = Enumerable.Range(0, Size * Size).Select(_ => random.NextDouble()).ToArray();
        _c = new double[Size * Size];
        OpenBlas.UseThreads(Threads);
        KernelThreads.Count = Threads;
    }

    [Benchmark(Baseline = true, Description = "OpenBLAS A*B")]
    public void OpenBlasNoTranspose() => OpenBlas.Gemm(Size, Size, Size, 1.0, _a, false, _b, false, 0.0, _c);

    [Benchmark(Description = "Dmf A*B")]
    public void NoTranspose() => DenseKernels.Gemm(Size, Size, Size, 1.0, _a, false, _b, false, 0.0, _c);

    [Benchmark(Description = "OpenBLAS A^T*B")]
    public void OpenBlasTransposeA() => OpenBlas.Gemm(Size, Size, Size, 1.0, _a, true, _b, false, 0.0, _c);

    [Benchmark(Description = "Dmf A^T*B")]
    public void TransposeA() => DenseKernels.Gemm(Size, Size, Size, 1.0, _a, true, _b, false, 0.0, _c);

    [Benchmark(Description = "OpenBLAS A*B^T")]
    public void OpenBlasTransposeB() => OpenBlas.Gemm(Size, Size, Size, 1.0, _a, false, _b, true, 0.0, _c);

    [Benchmark(Description = "Dmf A*B^T")]
    public void TransposeB() => DenseKernels.Gemm(Size, Size, Size, 1.0, _a, false, _b, true, 0.0, _c);

    [Benchmark(Description = "FMA limit")]
    public double FmaLimitOfTheCore() => FmaLimit.Run(FmaLimit.IterationsFor(Size));
}
