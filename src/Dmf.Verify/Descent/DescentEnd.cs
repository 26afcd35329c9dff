using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>Where one descent ended.</summary>
/// <param name="Parameters">W_1..W_L packed.</param>
/// <param name="Loss">F at the end.</param>
/// <param name="GradientNorm">‖∇F‖ at the end.</param>
/// <param name="Iterations">Steps taken.</param>
/// <param name="Converged">‖∇F‖ reached the tolerance.</param>
/// <param name="LossCurve">F along the descent (every iteration, thinned evenly for long runs).</param>
public sealed record DescentEnd(double[] Parameters, double Loss, double GradientNorm, int Iterations, bool Converged, LossCurve LossCurve)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(DescentEnd? other) =>
        other is not null &&
        ValueLists.Equal(Parameters, other.Parameters) &&
        Equals(Loss, other.Loss) &&
        Equals(GradientNorm, other.GradientNorm) &&
        Iterations == other.Iterations &&
        Converged == other.Converged &&
        Equals(LossCurve, other.LossCurve) &&
        Diverged == other.Diverged;

    /// <summary>A hash consistent with <see cref="Equals(DescentEnd?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(ValueLists.Hash(Parameters), Loss, GradientNorm, Iterations, Converged, LossCurve, Diverged);

    /// <summary>F or ‖∇F‖ left the doubles (a constant step beyond the edge of stability): the run was stopped.</summary>
    public bool Diverged { get; init; }
}
