using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>Which critical-point type a point is near, or why none could be named.</summary>
/// <param name="Type">The type, or null.</param>
/// <param name="Problem">Why no type was named (null when one was).</param>
public sealed record IdentifiedType(CriticalPointType? Type, string? Problem);
