using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Analysis;

/// <summary>
/// The analysis of an instance: thresholds, verdicts, exact counts per class, and the listed critical points (at most
/// the limit; <see cref="Listed"/> &lt; the number selected when truncated).
/// </summary>
public sealed record LandscapeReport(
    DmfInstance Instance,
    AlgebraicNumber CriticalThreshold,
    AlgebraicNumber GlobalThreshold,
    LandscapeVerdicts Verdicts,
    ClassCounts Counts,
    TypeSelection Selection,
    IReadOnlyList<AnalyzedPoint> Points,
    bool Truncated)
{
    /// <summary>How many listed points were verified, refuted or left unknown by Z3 (all zero without --exact).</summary>
    public (int Verified, int Refuted, int Unknown, int Vacuous, int Disagreement) ExactTally =>
        (Points.Count(p => p.Exact?.Status == Verification.VerificationStatus.Verified),
         Points.Count(p => p.Exact?.Status == Verification.VerificationStatus.Refuted),
         Points.Count(p => p.Exact?.Status == Verification.VerificationStatus.Unknown),
         Points.Count(p => p.Exact?.Status == Verification.VerificationStatus.Vacuous),
         Points.Count(p => p.Exact?.Status == Verification.VerificationStatus.Disagreement));

    /// <summary>How many listed points the numerics agree with, disagree with, or cannot decide.</summary>
    public (int Agree, int Disagree, int Inconclusive, int Unchecked) NumericTally =>
        (Points.Count(p => p.Numeric?.Verdict == Numerics.NumericVerdict.Agrees),
         Points.Count(p => p.Numeric?.Verdict == Numerics.NumericVerdict.Disagrees),
         Points.Count(p => p.Numeric?.Verdict == Numerics.NumericVerdict.Inconclusive),
         Points.Count(p => p.Numeric is null));
}
