using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Benchmarks;

/// <summary>
/// Verification time of every type of an instance, one type after the other on the tool's backend (Z3 in worker
/// processes, 5 s per query), with and without cvc5 asked every decided query (1 s each). Divide the mean by the type
/// count printed in the log for the time per type (docs/verification.md, "Speed"). A fresh verifier per invocation, so
/// formulas repeated across types are decided once per invocation, as in one run of the tool.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public abstract class VerificationTimeBenchmark
{
    private DmfInstance _instance = null!;
    private CriticalPointTypes _space = null!;
    private List<(CriticalPointType Type, Classification Classification)> _types = null!;
    private ISmtSolver _z3 = null!;
    private ISmtSolver? _cvc5;
    private SmtBudget _budget = null!;

    /// <summary>Z3 alone, or Z3 with cvc5 corroborating.</summary>
    [Params("z3", "z3+cvc5")]
    public string Solvers { get; set; } = "z3";

    /// <summary>The instance measured.</summary>
    protected abstract DmfInstance CreateInstance();

    [GlobalSetup]
    public void Setup()
    {
        _instance = CreateInstance();
        _space = _instance.Types();
        _types = _space.Enumerate(limit: 100).Select(t => (t, CriticalPointClassifier.Classify(_space, t))).ToList();
        _budget = SmtBudget.Default with { TimeoutMilliseconds = 5000, WallClockMilliseconds = 7500 };
        _z3 = WorkerZ3.Start();
        _cvc5 = Solvers == "z3" ? null : new ProcessCvc5();
        System.Console.WriteLine($"// {GetType().Name} {Describe()}: {_types.Count} types (at most the first 100)");
    }

    /// <summary>The parameters, for the log line.</summary>
    protected abstract string Describe();

    [Benchmark(Description = "verify every type (at most 100), one after the other")]
    public int VerifyEveryType()
    {
        var verifier = new ExactVerifier(_z3, _budget, _cvc5, _budget with { TimeoutMilliseconds = 1000, WallClockMilliseconds = 2000 });
        return _types.Count(t => verifier.Verify(_instance, _space, t.Type, t.Classification).Status == VerificationStatus.Verified);
    }
}

/// <summary>By depth: λ_l = 1/2, y = (3, 2.5), all widths 2 (9 types for L ≥ 3, 4 for L = 2).</summary>
public class VerificationPerTypeBenchmarks : VerificationTimeBenchmark
{
    /// <summary>The depth L.</summary>
    [Params(2, 3, 5, 8, 12, 16)]
    public int Depth { get; set; }

    /// <inheritdoc/>
    protected override DmfInstance CreateInstance() =>
        DmfInstance.FromSingularValues(Enumerable.Repeat(2, Depth + 1).ToArray(), Enumerable.Repeat(new BigRational(1, 2), Depth).ToList(), new[] { new BigRational(3), new BigRational(5, 2) });

    /// <inheritdoc/>
    protected override string Describe() => $"L = {Depth}";
}

/// <summary>By the number of values at L = 3: y = 3, 2.9, 2.8, …, every width equal to the count, λ_l = 1/2.</summary>
public class VerificationPerValueCountBenchmarks : VerificationTimeBenchmark
{
    /// <summary>How many values.</summary>
    [Params(2, 4, 6)]
    public int Values { get; set; }

    /// <inheritdoc/>
    protected override DmfInstance CreateInstance() =>
        DmfInstance.FromSingularValues(Enumerable.Repeat(Values, 4).ToArray(), Enumerable.Repeat(new BigRational(1, 2), 3).ToList(), Enumerable.Range(0, Values).Select(i => new BigRational(30 - i, 10)).ToList());

    /// <inheritdoc/>
    protected override string Describe() => $"{Values} values";
}
