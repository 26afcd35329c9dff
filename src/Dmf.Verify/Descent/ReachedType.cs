using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>How many runs reached one type (or one failure), with the type's class.</summary>
public sealed record ReachedType(string Key, CriticalPointType? Type, Classification? Class, int Count)
{
    /// <summary>With a constant step: the minimizer's Hessian spectrum summary (null for saddles and failures, or beyond <see cref="HessianSpectra.MaxBlocks"/>).</summary>
    public HessianSharpness? Sharpness { get; init; }

    /// <summary>With a constant step: the minimizer's linear stability for that step.</summary>
    public LinearStability? Stability { get; init; }
}
