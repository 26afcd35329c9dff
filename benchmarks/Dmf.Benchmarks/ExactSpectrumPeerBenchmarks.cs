using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;

namespace Dmf.Benchmarks;

/// <summary>
/// The exact spectrum of a random integer n × n matrix (entries −9..9, seeded): Dmf's
/// <see cref="ExactSingularValues"/> (characteristic polynomial of YᵀY, square-free split, roots isolated exactly)
/// beside PARI/GP 2.15 doing the same exact job — <c>charpoly(M~*M)</c> and <c>polrootsreal</c> — in a long-lived
/// <c>gp</c> process (Debian <c>pari-gp</c>). Target (issue 28): Dmf at least PARI's speed at n = 100..200.
/// </summary>
[Config(typeof(OneBlasThreadConfig))]
public class ExactSpectrumPeerBenchmarks : IDisposable
{
    private BigRational[,] _matrix = new BigRational[0, 0];
    private LineServedPeer? _gp;

    [Params(30, 100, 200)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _matrix = new BigRational[N, N];
        var rows = new string[N];
        for (int i = 0; i < N; i++)
        {
            var row = new int[N];
            for (int j = 0; j < N; j++)
            {
                row[j] = random.Next(-9, 10);
                _matrix[i, j] = row[j];
            }

            rows[i] = string.Join(",", row.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        _gp = LineServedPeer.Start("gp", "-q", "-f", "--default", "parisizemax=4000000000");
        _gp.Ask("M=[" + string.Join(";", rows) + "]; print(\"ready\")", "ready");
    }

    [Benchmark(Description = "Dmf exact singular values")]
    public int Dmf() => ExactSingularValues.Of(_matrix).Count;

    [Benchmark(Baseline = true, Description = "PARI/GP charpoly + polrootsreal")]
    public void Pari() => _gp!.Ask("P=charpoly(M~*M); r=polrootsreal(P); print(\"done\")", "done");

    [GlobalCleanup]
    public void Dispose()
    {
        _gp?.Dispose();
        _gp = null;
        GC.SuppressFinalize(this);
    }
}
