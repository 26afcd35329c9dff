using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>A threshold of the theory on the swept axis: λ_crit(y_j) or λ_glob(y_j) (or the scale t where t·y_j meets y_crit, y_glob).</summary>
/// <param name="Global">λ_glob (x₊ beats 0 below it) rather than λ_crit (x₊ exists below it).</param>
/// <param name="Index">j, 0-based.</param>
/// <param name="Value">The threshold on the swept axis (for the picture; a double).</param>
/// <param name="Exact">The exact value where it is rational (λ thresholds), else null.</param>
public sealed record SweepThreshold(bool Global, int Index, double Value, BigRational? Exact)
{
    /// <summary>For a step sweep: the minimizer whose largest stable step 2/λ_max this marks (Index is then −1), else null.</summary>
    public CriticalPointType? Minimizer { get; init; }

    /// <summary>For a step sweep: 2/λ_max proved, as an enclosure (the picture draws <see cref="Value"/>).</summary>
    public Numerics.RealEnclosure? StableStep { get; init; }
}
