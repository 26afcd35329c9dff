using Dmf.Verify.Numerics;

namespace Dmf.Verify.Analysis;

/// <summary>
/// What to analyze: the selection, how many points to list at most, the numeric check (null: skip it) and the exact
/// verification with Z3 (null: skip it).
/// </summary>
public sealed record AnalysisOptions(TypeSelection Selection, long Limit, NumericCheckOptions? Numeric, Verification.ExactVerifier? Exact = null)
{
    /// <summary>
    /// With <see cref="Exact"/>: the most seconds the verification may be estimated at (<see cref="Verification.ExactVerificationCost"/>);
    /// beyond it the analysis is refused before any claim is built. Null: no limit.
    /// </summary>
    public double? ExactBudgetSeconds { get; init; }

    /// <summary>
    /// The listed minimizers' Hessian spectrum summaries (<see cref="HessianSharpness"/>) are computed, global first, while
    /// the distinct blocks they need stay within this many (<see cref="HessianSpectra.Plan"/>); 0: never.
    /// </summary>
    public long SharpnessBlocks { get; init; } = HessianSpectra.DefaultBlocks;

    /// <summary>The closed-form block visits the summaries may take (equal λ_l; <see cref="HessianSpectra.Plan"/>).</summary>
    public long SharpnessClosedForms { get; init; } = HessianSpectra.DefaultClosedForms;

    /// <summary>A gradient-descent step η &gt; 0: each minimizer is marked linearly stable or not for it (needs <see cref="Sharpness"/>).</summary>
    public Symbolic.Exact.BigRational? Step { get; init; }

    /// <summary>
    /// With <see cref="Exact"/>: each minimizer's λ_max is proved too — its rational bracket and, where it is algebraic,
    /// its defining polynomial (lmax claims, docs/verification.md "Sharpness").
    /// </summary>
    public bool ProveSharpness { get; init; }

    /// <summary>All types, up to 100 listed, numeric check with identity factors.</summary>
    public static AnalysisOptions Default { get; } = new(TypeSelection.All, 100, NumericCheckOptions.Default);
}
