using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Expressions.Calculus;

namespace Dmf.Benchmarks;

/// <summary>
/// Symbolic derivation time per depth: the gradient alone (baseline), gradient + Hessian quadratic form (the
/// issue's target: L = 64 in under a second), and everything including the bilinear form and the
/// Hessian-vector product.
/// </summary>
[MemoryDiagnoser]
public class DerivationBenchmarks
{
    [Params(2, 4, 8, 16, 32, 64)]
    public int Depth { get; set; }

    [Benchmark(Baseline = true, Description = "gradient")]
    public int Gradient() => DmfCalculus.Derive(DmfObjective.Create(Depth), DerivativeSelection.Gradient).Gradient.Count;

    [Benchmark(Description = "gradient + Hessian form")]
    public int GradientAndHessianForm() =>
        DmfCalculus.Derive(DmfObjective.Create(Depth), DerivativeSelection.Gradient | DerivativeSelection.HessianForm).Gradient.Count;

    [Benchmark(Description = "all (+ bilinear form, HV)")]
    public int All() => DmfCalculus.Derive(DmfObjective.Create(Depth), DerivativeSelection.All).HessianVectorProduct.Count;
}
