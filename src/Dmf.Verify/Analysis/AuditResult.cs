using Dmf.Verify.Numerics;

namespace Dmf.Verify.Analysis;

/// <summary>The outcome of an exhaustive audit: every type realized and checked; the points the numerics did not agree with.</summary>
internal sealed record AuditResult(int Checked, int Agreements, int Disagreements, int Inconclusive, IReadOnlyList<AnalyzedPoint> NotAgreeing);
