using BenchmarkDotNet.Attributes;
using Dmf.Verify.Numerics;

namespace Dmf.Benchmarks;

/// <summary>
/// All eigenvalues of a dense symmetric n × n matrix (Householder + implicit QL, no vectors): the cost behind
/// `dmf analyze --dense-limit` (default 1500 parameters).
/// </summary>
public class SpectrumBenchmarks
{
    private double[] _matrix = Array.Empty<double>();
    private double[] _work = Array.Empty<double>();

    [Params(256, 1000, 1500)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _matrix = new double[N * N];
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double v = random.NextDouble() - 0.5;
                _matrix[(i * N) + j] = v;
                _matrix[(j * N) + i] = v;
            }
        }

        _work = new double[N * N];
    }

    [Benchmark(Description = "symmetric eigenvalues")]
    public double Eigenvalues()
    {
        Array.Copy(_matrix, _work, _matrix.Length);
        return SymmetricEigenvalues.Compute(_work, N)[0];
    }
}
