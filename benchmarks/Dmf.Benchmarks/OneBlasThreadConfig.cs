using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Dmf.Benchmarks;

/// <summary>
/// One job with OPENBLAS_NUM_THREADS=1 in the benchmark process (the system LAPACK Dmf calls runs on one core, as the
/// peers do) and few iterations: each call takes from a tenth of a second to seconds.
/// </summary>
public sealed class OneBlasThreadConfig : ManualConfig
{
    public OneBlasThreadConfig()
    {
        AddJob(Job.Default.WithEnvironmentVariable("OPENBLAS_NUM_THREADS", "1").WithWarmupCount(1).WithIterationCount(5).WithId("one BLAS thread"));
    }
}
