using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Realization;

/// <summary>
/// One slot i ≤ d_min of a critical point: its σ_i (a nonnegative root of f(·; y_j)) and the index j of Y it carries,
/// or an empty slot (σ_i = 0, no index).
/// </summary>
/// <param name="Index">The 0-based index j of Y the slot carries, or null for an empty slot.</param>
/// <param name="Label">Which root σ_i is, or null for σ_i = 0.</param>
/// <param name="Sigma">σ_i exactly, or null for 0.</param>
/// <param name="Y">y_j, or null for an empty slot.</param>
public sealed record Slot(int? Index, RootLabel? Label, AlgebraicNumber? Sigma, BigRational? Y)
{
    /// <summary>An empty slot.</summary>
    public static Slot Empty { get; } = new(null, null, null, null);

    /// <summary>σ_i as the nearest double (0 for an empty slot).</summary>
    public double SigmaValue => Sigma?.ToDouble() ?? 0.0;
}
