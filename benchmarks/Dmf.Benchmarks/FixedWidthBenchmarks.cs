using BenchmarkDotNet.Attributes;
using Dmf.Kernels;

namespace Dmf.Benchmarks;

/// <summary>
/// Small problems (all widths 4 or 16): LossAndGradient with fixed widths (d = 4: every product unrolled into scalar
/// code with constant indices; d = 16: constant-size Vector256 loops) against the runtime-width generated kernel and
/// the loop over layers (a) and the naive per-layer formula (b).
/// </summary>
[MemoryDiagnoser]
public class FixedWidthBenchmarks
{
    [Params(4, 16)]
    public int Width { get; set; }

    private DmfProblem _problem;
    private double[] _w = Array.Empty<double>();
    private double[] _grad = Array.Empty<double>();
    private DmfWorkspace _runtimeWorkspace = null!;
    private DmfWorkspace _fixedWorkspace = null!;
    private DepthGenericKernels _loop = null!;
    private Func<DmfWorkspace, double> _runtime = null!;
    private Func<DmfWorkspace, double> _fixed = null!;

    [Params(2, 3, 5, 8)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var instance = new SquareInstance(Depth, Width, seed: 7);
        _problem = instance.Problem;
        _w = instance.Point(1);
        _grad = new double[_w.Length];
        _loop = new DepthGenericKernels(_problem);
        switch (Depth)
        {
            case 2:
                _runtimeWorkspace = Generated2.CreateWorkspace(_problem);
                _fixedWorkspace = Width == 4 ? Fixed2x4.CreateWorkspace(_problem) : Fixed2x16.CreateWorkspace(_problem);
                _runtime = ws => Generated2.LossAndGradient(_problem, _w, _grad, ws);
                _fixed = Width == 4 ? ws => Fixed2x4.LossAndGradient(_problem, _w, _grad, ws) : ws => Fixed2x16.LossAndGradient(_problem, _w, _grad, ws);
                break;
            case 3:
                _runtimeWorkspace = Generated3.CreateWorkspace(_problem);
                _fixedWorkspace = Width == 4 ? Fixed3x4.CreateWorkspace(_problem) : Fixed3x16.CreateWorkspace(_problem);
                _runtime = ws => Generated3.LossAndGradient(_problem, _w, _grad, ws);
                _fixed = Width == 4 ? ws => Fixed3x4.LossAndGradient(_problem, _w, _grad, ws) : ws => Fixed3x16.LossAndGradient(_problem, _w, _grad, ws);
                break;
            case 5:
                _runtimeWorkspace = Generated5.CreateWorkspace(_problem);
                _fixedWorkspace = Width == 4 ? Fixed5x4.CreateWorkspace(_problem) : Fixed5x16.CreateWorkspace(_problem);
                _runtime = ws => Generated5.LossAndGradient(_problem, _w, _grad, ws);
                _fixed = Width == 4 ? ws => Fixed5x4.LossAndGradient(_problem, _w, _grad, ws) : ws => Fixed5x16.LossAndGradient(_problem, _w, _grad, ws);
                break;
            default:
                _runtimeWorkspace = Generated8.CreateWorkspace(_problem);
                _fixedWorkspace = Width == 4 ? Fixed8x4.CreateWorkspace(_problem) : Fixed8x16.CreateWorkspace(_problem);
                _runtime = ws => Generated8.LossAndGradient(_problem, _w, _grad, ws);
                _fixed = Width == 4 ? ws => Fixed8x4.LossAndGradient(_problem, _w, _grad, ws) : ws => Fixed8x16.LossAndGradient(_problem, _w, _grad, ws);
                break;
        }

        if (Math.Abs(_fixed(_fixedWorkspace) - _runtime(_runtimeWorkspace)) > 1e-10 * Math.Max(1, Math.Abs(_runtime(_runtimeWorkspace))))
        {
            throw new InvalidOperationException("Fixed-width and runtime-width kernels disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "(a) loop over layers")]
    public double Loop() => _loop.LossAndGradient(_problem, _w, _grad);

    [Benchmark(Description = "generated, runtime widths")]
    public double RuntimeWidths() => _runtime(_runtimeWorkspace);

    [Benchmark(Description = "generated, fixed widths")]
    public double FixedWidths() => _fixed(_fixedWorkspace);

    [Benchmark(Description = "(b) naive per-layer")]
    public double Naive() => _loop.NaiveLossAndGradient(_problem, _w, _grad);
}
