using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Analysis;

/// <summary>One critical-point type of an instance: its slots, exact class with the rule that fired, loss, and the numeric evidence when checked.</summary>
/// <param name="Type">The type.</param>
/// <param name="Slots">σ per slot and the index of Y each carries.</param>
/// <param name="Classification">The class by docs/theory.md §3, exact.</param>
/// <param name="Loss">F at the type, correctly rounded.</param>
/// <param name="Numeric">The numeric cross-check, or null when skipped.</param>
/// <param name="ExactLoss">F exactly as a + b·√λ where cheap (L = 2, or no active index), else null.</param>
/// <param name="Exact">The exact verification with Z3, or null when not asked for.</param>
/// <param name="Certified">On the certified path, where σ and F of Y's critical point lie (proved); null when Y's values are exact.</param>
/// <param name="Sharpness">The Hessian's spectrum summary from its blocks (minimizers), or null when not computed.</param>
/// <param name="Stability">Gradient descent with the analysis' step at this minimizer (λ_max vs 2/η), or null without a step.</param>
public sealed record AnalyzedPoint(CriticalPointType Type, IReadOnlyList<Slot> Slots, Classification Classification, double Loss, NumericEvidence? Numeric, ExactLoss? ExactLoss, Verification.TypeVerification? Exact = null, CertifiedPoint? Certified = null, HessianSharpness? Sharpness = null, LinearStability? Stability = null)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(AnalyzedPoint? other) =>
        other is not null &&
        Equals(Type, other.Type) &&
        ValueLists.Equal(Slots, other.Slots) &&
        Equals(Classification, other.Classification) &&
        Equals(Loss, other.Loss) &&
        Equals(Numeric, other.Numeric) &&
        Equals(ExactLoss, other.ExactLoss) &&
        Equals(Exact, other.Exact) &&
        Equals(Certified, other.Certified) &&
        Equals(Sharpness, other.Sharpness) &&
        Equals(Stability, other.Stability);

    /// <summary>A hash consistent with <see cref="Equals(AnalyzedPoint?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type);
        hash.Add(ValueLists.Hash(Slots));
        hash.Add(Classification);
        hash.Add(Loss);
        hash.Add(Numeric);
        hash.Add(ExactLoss);
        hash.Add(Exact);
        hash.Add(Certified);
        hash.Add(Sharpness);
        hash.Add(Stability);
        return hash.ToHashCode();
    }
}
