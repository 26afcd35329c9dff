using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Benchmarks;

/// <summary>
/// Isolating the positive roots of f(·; y) for one y above y_crit, per depth: the structured isolator of
/// <see cref="ScalarLandscape"/> (x_* separates the two roots) against the generic square-free
/// decomposition + Descartes isolator on R(x), degree 4L − 4 (the baseline).
/// </summary>
[MemoryDiagnoser]
public class ScalarRootIsolationBenchmarks
{
    private static readonly BigRational Lambda = BigRational.Parse("0.48");
    private BigRational _y;
    private Polynomial _r = Polynomial.Zero;

    [Params(2, 3, 5, 10, 20, 50)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var landscape = ScalarLandscape.Create(Depth, Lambda);
        _y = landscape.CriticalThreshold.Floor() + 1;
        _r = landscape.RootPolynomial(_y);
    }

    [Benchmark(Baseline = true, Description = "generic isolator on R")]
    public int GenericIsolation() => RealRootIsolation.Isolate(_r).Count;

    [Benchmark(Description = "ScalarLandscape (structured)")]
    public int StructuredIsolation() => ScalarLandscape.Create(Depth, Lambda).Roots(_y).PositiveRoots.Count;
}
