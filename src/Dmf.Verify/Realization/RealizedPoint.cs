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
public sealed record RealizedPoint(DmfProblem Problem, double[] Parameters, IReadOnlyList<Slot> Slots, double[] Sigmas);
