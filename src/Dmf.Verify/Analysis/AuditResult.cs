using Dmf.Verify.Numerics;

namespace Dmf.Verify.Analysis;

/// <summary>The outcome of an exhaustive audit: every type realized and checked; the points the numerics did not agree with.</summary>
internal sealed record AuditResult(int Checked, int Agreements, int Disagreements, int Inconclusive, IReadOnlyList<AnalyzedPoint> NotAgreeing)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(AuditResult? other) =>
        other is not null &&
        Checked == other.Checked &&
        Agreements == other.Agreements &&
        Disagreements == other.Disagreements &&
        Inconclusive == other.Inconclusive &&
        ValueLists.Equal(NotAgreeing, other.NotAgreeing);

    /// <summary>A hash consistent with <see cref="Equals(AuditResult?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Checked, Agreements, Disagreements, Inconclusive, ValueLists.Hash(NotAgreeing));
}
