using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Benchmarks;

/// <summary>
/// The `dmf roots` workload at scale: 1,000 distinct y values (spread over 2..8, so below, near and above
/// y_crit) for one depth — isolation alone (baseline), and isolation plus 12 correct digits per root.
/// </summary>
[MemoryDiagnoser]
public class RootTableBenchmarks
{
    private static readonly BigRational Lambda = BigRational.Parse("0.48");
    private BigRational[] _ys = new BigRational[0];

    [Params(3, 10, 50)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup() => _ys = Enumerable.Range(0, 1000).Select(i => new BigRational(1000 + 3 * i, 500)).ToArray();

    [Benchmark(Baseline = true, Description = "isolate 1,000 values")]
    public int IsolateTable()
    {
        var landscape = ScalarLandscape.Create(Depth, Lambda);
        int count = 0;
        foreach (var y in _ys)
        {
            count += landscape.Roots(y).PositiveRoots.Count;
        }

        return count;
    }

    [Benchmark(Description = "isolate + 12 digits")]
    public int IsolateAndPrintTable()
    {
        var landscape = ScalarLandscape.Create(Depth, Lambda);
        int length = 0;
        foreach (var y in _ys)
        {
            foreach (var root in landscape.Roots(y).PositiveRoots)
            {
                length += root.Value.ToDecimalString(12).Length;
            }
        }

        return length;
    }
}
