using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Analysis;

/// <summary>
/// σ and F of a critical point of Y when Y's singular values are certified enclosures: <see cref="AnalyzedPoint.Loss"/>
/// and the slots' σ are computed at the floating values; the point of Y itself has F in [LossLower, LossUpper] and each
/// σ within <see cref="SigmaRadius"/> of the σ shown (doubles rounded outward).
/// </summary>
public sealed record CertifiedPoint(double LossLower, double LossUpper, double SigmaRadius);
