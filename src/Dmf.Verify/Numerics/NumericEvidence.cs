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
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(NumericEvidence? other) =>
        other is not null &&
        Equals(Loss, other.Loss) &&
        Equals(ExpectedLoss, other.ExpectedLoss) &&
        Equals(LossTolerance, other.LossTolerance) &&
        Equals(GradientNorm, other.GradientNorm) &&
        Equals(GradientTolerance, other.GradientTolerance) &&
        Method == other.Method &&
        Equals(MinHessianEigenvalue, other.MinHessianEigenvalue) &&
        Equals(HessianNorm, other.HessianNorm) &&
        Equals(ZeroTolerance, other.ZeroTolerance) &&
        ZeroEigenvalues == other.ZeroEigenvalues &&
        ExpectedZeroEigenvalues == other.ExpectedZeroEigenvalues &&
        Equals(SmallestNonzeroMagnitude, other.SmallestNonzeroMagnitude) &&
        LanczosSteps == other.LanczosSteps &&
        Equals(LanczosResidual, other.LanczosResidual) &&
        Equals(Descent, other.Descent) &&
        Verdict == other.Verdict &&
        ValueLists.Equal(Findings, other.Findings);

    /// <summary>A hash consistent with <see cref="Equals(NumericEvidence?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Loss);
        hash.Add(ExpectedLoss);
        hash.Add(LossTolerance);
        hash.Add(GradientNorm);
        hash.Add(GradientTolerance);
        hash.Add(Method);
        hash.Add(MinHessianEigenvalue);
        hash.Add(HessianNorm);
        hash.Add(ZeroTolerance);
        hash.Add(ZeroEigenvalues);
        hash.Add(ExpectedZeroEigenvalues);
        hash.Add(SmallestNonzeroMagnitude);
        hash.Add(LanczosSteps);
        hash.Add(LanczosResidual);
        hash.Add(Descent);
        hash.Add(Verdict);
        hash.Add(ValueLists.Hash(Findings));
        return hash.ToHashCode();
    }

    /// <summary>True when the verdict is <see cref="NumericVerdict.Agrees"/>.</summary>
    public bool Agrees => Verdict == NumericVerdict.Agrees;
}
