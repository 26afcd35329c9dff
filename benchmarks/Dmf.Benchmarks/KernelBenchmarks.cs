using BenchmarkDotNet.Attributes;
using Dmf.Kernels;

namespace Dmf.Benchmarks;

/// <summary>
/// Generated LossAndGradient against (a) the same O(L) algorithm as a hand-written loop over layers and (b) the
/// naive per-layer formula, all using <see cref="DenseKernels.Gemm"/>, for square widths d.
/// FLOPs of the O(L) algorithm for square d: about (3L − 2)·2d³.
/// </summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private DmfProblem _problem;
    private double[] _w = Array.Empty<double>();
    private double[] _grad = Array.Empty<double>();
    private DmfWorkspace _workspace = null!;
    private DepthGenericKernels _generic = null!;
    private KernelPair _kernels;

    [Params(2, 3, 5, 8)]
    public int Depth { get; set; }

    [Params(4, 16, 64, 256)]
    public int Width { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var instance = new SquareInstance(Depth, Width, seed: 42);
        _problem = instance.Problem;
        _w = instance.Point(1 / Math.Sqrt(Width));
        _grad = new double[_w.Length];
        _kernels = Generated(_problem);
        _workspace = _kernels.CreateWorkspace(_problem);
        _generic = new DepthGenericKernels(_problem);

        // The three implementations must agree before their speed means anything.
        var a = new double[_w.Length];
        var b = new double[_w.Length];
        double la = _generic.LossAndGradient(_problem, _w, a);
        double lb = _generic.NaiveLossAndGradient(_problem, _w, b);
        double lg = _kernels.LossAndGradient(_problem, _w, _grad, _workspace);
        double scale = Math.Max(1, _grad.Max(Math.Abs));
        if (Math.Abs(la - lg) > 1e-9 * Math.Max(1, Math.Abs(lg)) || Math.Abs(lb - lg) > 1e-9 * Math.Max(1, Math.Abs(lg)) ||
            a.Zip(_grad, (x, g) => Math.Abs(x - g)).Max() > 1e-9 * scale || b.Zip(_grad, (x, g) => Math.Abs(x - g)).Max() > 1e-9 * scale)
        {
            throw new InvalidOperationException($"Implementations disagree at L = {Depth}, d = {Width}.");
        }
    }

    [Benchmark(Baseline = true, Description = "(a) loop over layers")]
    public double Loop() => _generic.LossAndGradient(_problem, _w, _grad);

    [Benchmark(Description = "generated")]
    public double GeneratedKernel() => _kernels.LossAndGradient(_problem, _w, _grad, _workspace);

    [Benchmark(Description = "(b) naive per-layer")]
    public double Naive() => _generic.NaiveLossAndGradient(_problem, _w, _grad);

    private delegate DmfWorkspace Factory(in DmfProblem p);

    private delegate double Kernel(in DmfProblem p, ReadOnlySpan<double> w, Span<double> g, DmfWorkspace ws);

    private readonly record struct KernelPair(Factory CreateWorkspace, Kernel LossAndGradient);

    private static KernelPair Generated(in DmfProblem p) => p.Depth switch
    {
        2 => new KernelPair(Generated2.CreateWorkspace, Generated2.LossAndGradient),
        3 => new KernelPair(Generated3.CreateWorkspace, Generated3.LossAndGradient),
        5 => new KernelPair(Generated5.CreateWorkspace, Generated5.LossAndGradient),
        _ => new KernelPair(Generated8.CreateWorkspace, Generated8.LossAndGradient),
    };
}
