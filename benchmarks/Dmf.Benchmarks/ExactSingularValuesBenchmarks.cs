using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;
using MathNet.Numerics.LinearAlgebra;

namespace Dmf.Benchmarks;

/// <summary>
/// Exact singular values of a dense rational n × n matrix with 4-digit entries (k/1000, |k| &lt; 10⁴), the exact path of
/// `dmf analyze --y-matrix` (docs/analyze.md), beside the double-precision SVD (MathNet) of the same matrix as the
/// reference a numeric user would run. Targets (issue 14): 30 × 30 under 1 s, 100 × 100 under 30 s.
/// </summary>
public class ExactSingularValuesBenchmarks
{
    private BigRational[,] _exact = new BigRational[0, 0];
    private Matrix<double> _double = Matrix<double>.Build.Dense(1, 1);

    [Params(30, 100)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _exact = new BigRational[N, N];
        _double = Matrix<double>.Build.Dense(N, N);
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < N; j++)
            {
                int k = random.Next(-9999, 10000);
                _exact[i, j] = new BigRational(k, 1000);
                _double[i, j] = k / 1000.0;
            }
        }
    }

    [Benchmark(Description = "exact singular values (characteristic polynomial)")]
    public int Exact() => ExactSingularValues.Of(_exact).Count;

    [Benchmark(Baseline = true, Description = "double SVD, values only (MathNet)")]
    public double Double() => _double.Svd(computeVectors: false).S[0];
}
