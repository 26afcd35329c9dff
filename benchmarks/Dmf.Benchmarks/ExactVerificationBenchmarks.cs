using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;
using Dmf.Verify.Analysis;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Benchmarks;

/// <summary>
/// Exact verification with Z3 (in process): one type of the default example (the global minimizer: root, uniqueness,
/// label, threshold, ordering and two loss comparisons, each run twice), the whole `analyze --exact` of the default
/// example (9 types, numeric check included, 2 cores), and the lemma audit of one depth.
/// </summary>
public class ExactVerificationBenchmarks
{
    private DmfInstance _instance = null!;
    private CriticalPointTypes _space = null!;
    private CriticalPointType _global = null!;
    private ExactVerifier _verifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, new[] { "0.5", "0.8", "1.2" }.Select(BigRational.Parse).ToList(), new[] { "2", "1.6" }.Select(BigRational.Parse).ToList());
        _space = _instance.Types();
        _global = _space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(_space, t).Class == PointClass.GlobalMinimizer);
        _verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
    }

    [Benchmark(Description = "verify one type (global minimizer, L = 3)")]
    public VerificationStatus VerifyOneType() => _verifier.Verify(_instance, _space, _global, CriticalPointClassifier.Classify(_space, _global)).Status;

    [Benchmark(Description = "analyze --exact, default example (9 types)")]
    public int AnalyzeExact() => LandscapeAnalyzer.Analyze(_instance, AnalysisOptions.Default with { Exact = _verifier }).ExactTally.Verified;

    [Benchmark(Description = "lemma audit, L = 4")]
    public int LemmaAudit() => ScalarLemmas.For(4).Count(c => _verifier.Check(c, new[] { "benchmark" }).Status == ClaimStatus.Proved);
}
