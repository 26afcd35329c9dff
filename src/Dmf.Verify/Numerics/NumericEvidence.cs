namespace Dmf.Verify.Numerics;

/// <summary>Whether the numerics at a realized point agree with the class the rules predict.</summary>
public enum NumericVerdict
{
    /// <summary>Every check passed within its tolerance.</summary>
    Agrees,

    /// <summary>A check failed by more than 10³ × its tolerance: a finding (a counterexample to a rule, or a bug).</summary>
    Disagrees,

    /// <summary>A quantity fell between its tolerance and 10³ × it: the numerics cannot decide.</summary>
    Inconclusive,
}

/// <summary>How the Hessian spectrum was obtained.</summary>
public enum SpectrumMethod
{
    /// <summary>Dense Hessian assembled from n Hessian-vector products; all eigenvalues (Householder + QL).</summary>
    Dense,

    /// <summary>Lanczos on Hessian-vector products: the smallest eigenvalue only; zero eigenvalues are not counted.</summary>
    Lanczos,
}

/// <summary>
/// F decreasing along the balanced curve σ_i = x_*(1 − h) at a non-strict saddle: measured by the kernels and
/// predicted by the closed form g(s) = (s^L/√λ − y)² + L s² (docs/theory.md §2.1).
/// </summary>
public sealed record DescentEvidence(double Step, double Measured, double Predicted, bool Confirmed);

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
