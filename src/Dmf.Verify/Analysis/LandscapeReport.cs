using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Analysis;

/// <summary>
/// The analysis of an instance: thresholds, verdicts, exact counts per class, and the listed critical points (every
/// minimizer of the selection, then saddles by loss up to the limit; <see cref="LeftOut"/> says how many per class are not
/// listed).
/// </summary>
public sealed record LandscapeReport(
    DmfInstance Instance,
    AlgebraicNumber CriticalThreshold,
    AlgebraicNumber GlobalThreshold,
    LandscapeVerdicts Verdicts,
    ClassCounts Counts,
    TypeSelection Selection,
    IReadOnlyList<AnalyzedPoint> Points)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(LandscapeReport? other) =>
        other is not null &&
        Equals(Instance, other.Instance) &&
        Equals(CriticalThreshold, other.CriticalThreshold) &&
        Equals(GlobalThreshold, other.GlobalThreshold) &&
        Equals(Verdicts, other.Verdicts) &&
        Equals(Counts, other.Counts) &&
        Equals(Selection, other.Selection) &&
        ValueLists.Equal(Points, other.Points) &&
        Equals(Step, other.Step) &&
        SharpnessSkipped == other.SharpnessSkipped;

    /// <summary>A hash consistent with <see cref="Equals(LandscapeReport?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Instance);
        hash.Add(CriticalThreshold);
        hash.Add(GlobalThreshold);
        hash.Add(Verdicts);
        hash.Add(Counts);
        hash.Add(Selection);
        hash.Add(ValueLists.Hash(Points));
        hash.Add(Step);
        hash.Add(SharpnessSkipped);
        return hash.ToHashCode();
    }

    /// <summary>The step η the minimizers' stability was decided for, or null.</summary>
    public BigRational? Step { get; init; }

    /// <summary>Why the minimizers' sharpness was not computed (too many blocks), or null when it was (or was not asked for).</summary>
    public string? SharpnessSkipped { get; init; }

    /// <summary>
    /// How many types of class <paramref name="pointClass"/> the selection contains but the listing does not (exact).
    /// Zero for classes outside the selection (they are not asked for) and, always, for minimizers.
    /// </summary>
    public System.Numerics.BigInteger LeftOut(PointClass pointClass)
    {
        bool selected = Selection switch
        {
            TypeSelection.Minimizers => pointClass is PointClass.GlobalMinimizer or PointClass.LocalMinimizer,
            TypeSelection.Saddles => pointClass is PointClass.StrictSaddle or PointClass.NonStrictSaddle,
            _ => true,
        };
        if (!selected)
        {
            return 0;
        }

        var total = pointClass switch
        {
            PointClass.GlobalMinimizer => Counts.GlobalMinimizers,
            PointClass.LocalMinimizer => Counts.LocalMinimizers - Counts.GlobalMinimizers,
            PointClass.StrictSaddle => Counts.StrictSaddles,
            _ => Counts.NonStrictSaddles,
        };
        return total - Points.Count(p => p.Classification.Class == pointClass);
    }

    /// <summary>True when some selected type is not listed.</summary>
    public bool Truncated => Enum.GetValues<PointClass>().Any(c => !LeftOut(c).IsZero);

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
