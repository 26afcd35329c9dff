using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Benchmarks;

/// <summary>
/// Issue 30: the Hessian spectrum summaries (λ_max, λ_min, trace, counts) of every minimizer of an instance, from a cold
/// <see cref="HessianSpectra"/> (no block cached): the default example (L = 3, 2 × 2); a 30 × 30 integer matrix
/// (entries −9..9, seed 5, λ = 1, L = 3: 31 minimizers, about 1,900 distinct blocks with irrational σ); and the default
/// values at L = 8 and L = 16 (λ_l = 1/100, 2 × 2 layers), where a block's form grows with L; and the global minimizer of
/// Y = diag(1, 1.002, …, 4.998) at L = 10, λ_l = 0.9 (the d_Y = 2,000 instance of LandscapeAnalysisBenchmarks: 815 active
/// slots, about two million blocks, every one in closed form).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SharpnessBenchmarks
{
    private DmfInstance _instance = null!;
    private CriticalPointTypes _space = null!;
    private List<CriticalPointType> _minimizers = null!;

    [Params("default L=3", "integer 30x30 L=3", "2x2 L=8", "2x2 L=16", "diagonal 2000 L=10, global")]
    public string Case { get; set; } = "default L=3";

    [GlobalSetup]
    public void Setup()
    {
        var example = new[] { new BigRational(2), BigRational.Parse("1.6") };
        _instance = Case switch
        {
            "default L=3" => DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, new[] { BigRational.Parse("0.5"), BigRational.Parse("0.8"), BigRational.Parse("1.2") }, example),
            "integer 30x30 L=3" => DmfInstance.FromMatrix(new[] { 30, 30, 30, 30 }, new[] { BigRational.One, BigRational.One, BigRational.One }, IntegerMatrix(30, 5)),
            "2x2 L=8" => DmfInstance.FromSingularValues(Enumerable.Repeat(2, 9).ToArray(), Enumerable.Repeat(new BigRational(1, 100), 8).ToList(), example),
            "2x2 L=16" => DmfInstance.FromSingularValues(Enumerable.Repeat(2, 17).ToArray(), Enumerable.Repeat(new BigRational(1, 100), 16).ToList(), example),
            _ => DmfInstance.FromSingularValues(Enumerable.Repeat(2000, 11).ToArray(), Enumerable.Repeat(BigRational.Parse("0.9"), 10).ToList(), Enumerable.Range(0, 2000).Select(i => new BigRational(1000 + (2 * i), 1000)).ToList()),
        };
        _space = _instance.Types();
        _minimizers = _space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(_space, t).IsMinimizer).ToList();
        if (Case.EndsWith("global", StringComparison.Ordinal))
        {
            // 815 active slots among 2,000 distinct values: about two million blocks, all in closed form (equal λ_l).
            _minimizers = _minimizers.Where(t => CriticalPointClassifier.Classify(_space, t).Class == PointClass.GlobalMinimizer).ToList();
        }
    }

    [Benchmark(Description = "every minimizer's spectrum summary, cold")]
    public double Summaries()
    {
        var spectra = new HessianSpectra(_instance, _space);
        return _minimizers.Sum(t => spectra.For(t).Largest.Approximation);
    }

    private static BigRational[,] IntegerMatrix(int n, int seed)
    {
        var random = new Random(seed);
        var y = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                y[i, j] = random.Next(-9, 10);
            }
        }

        return y;
    }
}
