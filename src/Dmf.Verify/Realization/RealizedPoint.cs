using Dmf.Kernels;

namespace Dmf.Verify.Realization;

/// <summary>
/// A concrete critical point: packed W_1..W_L (row-major, layer after layer, as the generated kernels expect), the
/// numeric problem it belongs to, and the slots it realizes.
/// </summary>
/// <param name="Problem">Widths, Y and λ_l in doubles.</param>
/// <param name="Parameters">W_1..W_L packed.</param>
/// <param name="Slots">The d_min slots (σ_i and the index of Y each carries).</param>
/// <param name="Sigmas">σ_i in doubles, per slot (may differ from the slots' exact σ along a test curve).</param>
public sealed record RealizedPoint(DmfProblem Problem, double[] Parameters, IReadOnlyList<Slot> Slots, double[] Sigmas)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(RealizedPoint? other) =>
        other is not null &&
        Equals(Problem, other.Problem) &&
        ValueLists.Equal(Parameters, other.Parameters) &&
        ValueLists.Equal(Slots, other.Slots) &&
        ValueLists.Equal(Sigmas, other.Sigmas);

    /// <summary>A hash consistent with <see cref="Equals(RealizedPoint?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Problem, ValueLists.Hash(Parameters), ValueLists.Hash(Slots), ValueLists.Hash(Sigmas));
}
