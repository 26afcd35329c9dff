using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;
using Dmf.Verify.Analysis;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Benchmarks;

/// <summary>
/// The `dmf analyze` workloads of issue 5: counting and classifying the minimizers of d_Y = 2,000 distinct values at
/// L = 10 (from scratch: groups, exact threshold relations, the ordered candidates, classification); the exact count per
/// class including the total (a BigInteger DP over 2,000 groups); enumerating and classifying 10⁵ types; one full
/// numeric check (realize, F and ∇F, dense Hessian from HVPs, all eigenvalues) for L = 4, widths 8.
/// </summary>
[MemoryDiagnoser]
public class LandscapeAnalysisBenchmarks
{
    private BigRational[] _manyValues = Array.Empty<BigRational>();
    private CriticalPointTypes _tenThousand = null!;
    private DmfInstance _numericInstance = null!;
    private System.Collections.Generic.IReadOnlyList<Slot> _numericSlots = null!;
    private double _numericLoss;

    [GlobalSetup]
    public void Setup()
    {
        // 2,000 distinct values spread over 0.5..4.5 (below, near and above the thresholds for L = 10, λ_l = 0.9).
        _manyValues = Enumerable.Range(0, 2000).Select(i => new BigRational(1000 + (2 * i), 2000) * 2).ToArray();

        // 16 distinct values with two roots each, d_min = 16: 3^16 ≈ 4.3·10⁷ types, of which the first 10⁵ are classified.
        var lambdas = Enumerable.Repeat(BigRational.Parse("0.7"), 3).ToArray();
        var landscape = Dmf.Symbolic.Landscape.ScalarLandscape.FromLayerRegularizations(lambdas);
        _tenThousand = CriticalPointTypes.Create(landscape, Enumerable.Range(0, 16).Select(i => new BigRational(30 + i, 10)).ToList(), 16);

        var widths = Enumerable.Repeat(8, 5).ToArray();
        var ys = Enumerable.Range(0, 8).Select(i => new BigRational(40 - (3 * i), 10)).ToList();
        _numericInstance = DmfInstance.FromSingularValues(widths, Enumerable.Repeat(BigRational.Parse("0.7"), 4).ToList(), ys);
        var space = _numericInstance.Types();
        var global = space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
        _numericSlots = CriticalPointSlots.Of(space, global);
        _numericLoss = CriticalPointLoss.Evaluate(space, global);
    }

    [Benchmark(Description = "minimizers: count + classify, d_Y = 2000, L = 10")]
    public int CountAndClassifyMinimizers()
    {
        var lambdas = Enumerable.Repeat(BigRational.Parse("0.9"), 10).ToList();
        var landscape = Dmf.Symbolic.Landscape.ScalarLandscape.FromLayerRegularizations(lambdas);
        var space = CriticalPointTypes.Create(landscape, _manyValues, 2000);
        return space.EnumerateOrdered().Count(t => CriticalPointClassifier.Classify(space, t).IsMinimizer);
    }

    [Benchmark(Description = "counts per class incl. total, d_Y = 2000, L = 10")]
    public System.Numerics.BigInteger CountEveryClass()
    {
        var lambdas = Enumerable.Repeat(BigRational.Parse("0.9"), 10).ToList();
        var landscape = Dmf.Symbolic.Landscape.ScalarLandscape.FromLayerRegularizations(lambdas);
        var space = CriticalPointTypes.Create(landscape, _manyValues, 2000);
        return ClassCounts.For(space).StrictSaddles;
    }

    [Benchmark(Description = "enumerate + classify 10^5 types")]
    public int EnumerateAndClassify()
    {
        int minimizers = 0;
        foreach (var type in _tenThousand.Enumerate(limit: 100_000))
        {
            if (CriticalPointClassifier.Classify(_tenThousand, type).IsMinimizer)
            {
                minimizers++;
            }
        }

        return minimizers;
    }

    [Benchmark(Description = "numeric check, L = 4, widths 8 (256 parameters)")]
    public bool NumericCheckOfOnePoint() =>
        NumericCheck.Run(_numericInstance, _numericSlots, PointClass.GlobalMinimizer, _numericLoss, NumericCheckOptions.Default).Agrees;
}
