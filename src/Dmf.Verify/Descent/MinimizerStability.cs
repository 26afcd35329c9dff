using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>A minimizer's linear stability for a constant step: λ_max (<paramref name="Sharpness"/>) against 2/η.</summary>
public sealed record MinimizerStability(CriticalPointType Type, Classification Class, HessianSharpness Sharpness, LinearStability Stability);
