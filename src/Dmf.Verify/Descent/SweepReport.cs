using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>A sweep: the base instance, the parameter, the descent settings, the points and the thresholds.</summary>
public sealed record SweepReport(DmfInstance Base, SweepParameter Parameter, DescentOptions Options, IReadOnlyList<SweepPoint> Points, IReadOnlyList<SweepThreshold> Thresholds)
{
    /// <summary>Audit findings of the points (a step sweep: runs converging to a minimizer proved unstable for their step).</summary>
    public IReadOnlyList<string> Findings { get; init; } = Array.Empty<string>();
}
