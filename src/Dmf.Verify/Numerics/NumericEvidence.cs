namespace Dmf.Verify.Numerics;

/// <summary>
/// The numeric cross-check of one critical-point type at a realized point, with every tolerance it used. Tolerances
/// scale with the problem: T_F = c·ε·(‖Y‖² + Π‖W_l‖² + Σλ_l‖W_l‖²), T_∇ = c·ε·Σ_l 2((Π_k‖W_k‖ + ‖Y‖)Π_{k≠l}‖W_k‖ + λ_l‖W_l‖),
/// T_0 = 4c·ε·‖∇²F‖₂, with c = 64·L·max_l d_l (Frobenius norms).
/// </summary>
public sealed record NumericEvidence(
    double Loss,
    double ExpectedLoss,
    double LossTolerance,
    double GradientNorm,
    double GradientTolerance,
    SpectrumMethod Method,
    double MinHessianEigenvalue,
    double HessianNorm,
    double ZeroTolerance,
    int? ZeroEigenvalues,
    FlatDirections ExpectedZeroEigenvalues,
    double? SmallestNonzeroMagnitude,
    int LanczosSteps,
    double? LanczosResidual,
    DescentEvidence? Descent,
    NumericVerdict Verdict,
    IReadOnlyList<string> Findings)
{
    /// <summary>True when the verdict is <see cref="NumericVerdict.Agrees"/>.</summary>
    public bool Agrees => Verdict == NumericVerdict.Agrees;
}
