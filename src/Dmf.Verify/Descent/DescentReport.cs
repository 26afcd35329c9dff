using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>The runs of an experiment and the histogram of types they reached, most frequent first.</summary>
public sealed record DescentReport(DmfInstance Instance, DescentOptions Options, IReadOnlyList<DescentRun> Runs, IReadOnlyList<ReachedType> Histogram)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(DescentReport? other) =>
        other is not null &&
        Equals(Instance, other.Instance) &&
        Equals(Options, other.Options) &&
        ValueLists.Equal(Runs, other.Runs) &&
        ValueLists.Equal(Histogram, other.Histogram) &&
        ValueLists.Equal(Findings, other.Findings) &&
        ValueLists.Equal(Minimizers, other.Minimizers) &&
        StabilitySkipped == other.StabilitySkipped;

    /// <summary>A hash consistent with <see cref="Equals(DescentReport?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Instance, Options, ValueLists.Hash(Runs), ValueLists.Hash(Histogram), ValueLists.Hash(Findings), ValueLists.Hash(Minimizers), StabilitySkipped);

    /// <summary>
    /// Audit findings: with a constant step η, every reached minimizer whose λ_max ≥ 2/η was proved (linear stability
    /// says no run converges there, so each such run is reported). Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> Findings { get; init; } = Array.Empty<string>();

    /// <summary>With a constant step: every minimizer of the instance (reached or not) with its sharpness and stability for the step, global first.</summary>
    public IReadOnlyList<MinimizerStability> Minimizers { get; init; } = Array.Empty<MinimizerStability>();

    /// <summary>With a constant step: why the minimizers' stability was not judged (their spectra beyond the budget), or null.</summary>
    public string? StabilitySkipped { get; init; }
}
