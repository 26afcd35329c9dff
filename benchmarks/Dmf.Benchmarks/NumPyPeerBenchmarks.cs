using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dmf.Kernels;

namespace Dmf.Benchmarks;

/// <summary>
/// The generated LossAndGradient and HessianVectorProduct (run-time widths) against the same algorithms in NumPy on
/// OpenBLAS and against PyTorch's autograd (backward(), double backward; benchmarks/torch/peer.py, Debian python3-torch), both on <see cref="Threads"/> threads (KernelThreads.Count; OPENBLAS_NUM_THREADS and OMP_NUM_THREADS for the
/// peer), in one BenchmarkDotNet run (benchmarks/numpy/peer.py --serve): square widths d, depth L,
/// λ_l = 1/2. Each invocation makes <see cref="Calls"/> calls, so per-call times are comparable and the one round trip
/// to the peer per invocation is amortized. The ratio column is against the NumPy call of the same kernel.
/// </summary>
[MemoryDiagnoser]
public abstract class NumPyPeerBenchmarks
{
    private DmfProblem _problem;
    private double[] _w = Array.Empty<double>();
    private double[] _v = Array.Empty<double>();
    private double[] _out = Array.Empty<double>();
    private DmfWorkspace _workspace = null!;
    private NumPyPeer _peer = null!;
    private TorchPeer _torch = null!;

    [Params(3, 8)]
    public int Depth { get; set; }

    /// <summary>Threads on both sides: one, and the machine's two cores (NumPy's default).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    public abstract int Width { get; set; }

    protected abstract int Calls { get; }

    [GlobalSetup]
    public void Setup()
    {
        var instance = new SquareInstance(Depth, Width, seed: 42);
        _problem = instance.Problem;
        _w = instance.Point(1 / Math.Sqrt(Width));
        _v = instance.Point(1 / Math.Sqrt(Width));
        _out = new double[_w.Length];
        _workspace = Depth == 3 ? Generated3.CreateWorkspace(_problem) : Generated8.CreateWorkspace(_problem);
        KernelThreads.Count = Threads;
        _peer = NumPyPeer.Start(Depth, Width, Threads);
        _torch = TorchPeer.Start(Depth, Width, Threads);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _peer.Dispose();
        _torch.Dispose();
    }

    protected double GeneratedGradient()
    {
        double loss = 0;
        for (int k = 0; k < Calls; k++)
        {
            loss += Depth == 3 ? Generated3.LossAndGradient(_problem, _w, _out, _workspace) : Generated8.LossAndGradient(_problem, _w, _out, _workspace);
        }

        return loss;
    }

    protected void GeneratedHessianVector()
    {
        for (int k = 0; k < Calls; k++)
        {
            if (Depth == 3)
            {
                Generated3.HessianVectorProduct(_problem, _w, _v, _out, _workspace);
            }
            else
            {
                Generated8.HessianVectorProduct(_problem, _w, _v, _out, _workspace);
            }
        }
    }

    protected void NumPyGradient() => _peer.LossAndGradient(Calls);

    protected void NumPyHessianVector() => _peer.HessianVectorProduct(Calls);

    protected void TorchGradient() => _torch.LossAndGradient(Calls);

    protected void TorchHessianVector() => _torch.HessianVectorProduct(Calls);
}

/// <summary>d = 4, 16, 64: 256 calls per invocation.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NumPyPeerSmallBenchmarks : NumPyPeerBenchmarks
{
    private const int CallsPerInvocation = 256;

    [Params(4, 16, 64)]
    public override int Width { get; set; }

    protected override int Calls => CallsPerInvocation;

    [Benchmark(Baseline = true, OperationsPerInvoke = CallsPerInvocation, Description = "NumPy LossAndGradient")]
    [BenchmarkCategory("LossAndGradient")]
    public void NumPyLossAndGradient() => NumPyGradient();

    [Benchmark(OperationsPerInvoke = CallsPerInvocation, Description = "generated LossAndGradient")]
    [BenchmarkCategory("LossAndGradient")]
    public double LossAndGradient() => GeneratedGradient();

    [Benchmark(OperationsPerInvoke = CallsPerInvocation, Description = "PyTorch backward()")]
    [BenchmarkCategory("LossAndGradient")]
    public void TorchLossAndGradient() => TorchGradient();

    [Benchmark(Baseline = true, OperationsPerInvoke = CallsPerInvocation, Description = "NumPy HessianVectorProduct")]
    [BenchmarkCategory("HessianVectorProduct")]
    public void NumPyHessianVectorProduct() => NumPyHessianVector();

    [Benchmark(OperationsPerInvoke = CallsPerInvocation, Description = "generated HessianVectorProduct")]
    [BenchmarkCategory("HessianVectorProduct")]
    public void HessianVectorProduct() => GeneratedHessianVector();

    [Benchmark(OperationsPerInvoke = CallsPerInvocation, Description = "PyTorch double backward")]
    [BenchmarkCategory("HessianVectorProduct")]
    public void TorchHessianVectorProduct() => TorchHessianVector();
}

/// <summary>d = 256, 512, 1024: one call per invocation (milliseconds to seconds each).</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NumPyPeerLargeBenchmarks : NumPyPeerBenchmarks
{
    [Params(256, 512, 1024)]
    public override int Width { get; set; }

    protected override int Calls => 1;

    [Benchmark(Baseline = true, Description = "NumPy LossAndGradient")]
    [BenchmarkCategory("LossAndGradient")]
    public void NumPyLossAndGradient() => NumPyGradient();

    [Benchmark(Description = "generated LossAndGradient")]
    [BenchmarkCategory("LossAndGradient")]
    public double LossAndGradient() => GeneratedGradient();

    [Benchmark(Description = "PyTorch backward()")]
    [BenchmarkCategory("LossAndGradient")]
    public void TorchLossAndGradient() => TorchGradient();

    [Benchmark(Baseline = true, Description = "NumPy HessianVectorProduct")]
    [BenchmarkCategory("HessianVectorProduct")]
    public void NumPyHessianVectorProduct() => NumPyHessianVector();

    [Benchmark(Description = "generated HessianVectorProduct")]
    [BenchmarkCategory("HessianVectorProduct")]
    public void HessianVectorProduct() => GeneratedHessianVector();

    [Benchmark(Description = "PyTorch double backward")]
    [BenchmarkCategory("HessianVectorProduct")]
    public void TorchHessianVectorProduct() => TorchHessianVector();
}
