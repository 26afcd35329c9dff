using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>A sweep: the base instance, the parameter, the descent settings, the points and the thresholds.</summary>
public sealed record SweepReport(DmfInstance Base, SweepParameter Parameter, DescentOptions Options, IReadOnlyList<SweepPoint> Points, IReadOnlyList<SweepThreshold> Thresholds)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(SweepReport? other) =>
        other is not null &&
        Equals(Base, other.Base) &&
        Parameter == other.Parameter &&
        Equals(Options, other.Options) &&
        ValueLists.Equal(Points, other.Points) &&
        ValueLists.Equal(Thresholds, other.Thresholds) &&
        ValueLists.Equal(Findings, other.Findings);

    /// <summary>A hash consistent with <see cref="Equals(SweepReport?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Base, Parameter, Options, ValueLists.Hash(Points), ValueLists.Hash(Thresholds), ValueLists.Hash(Findings));

    /// <summary>Audit findings of the points (a step sweep: runs converging to a minimizer proved unstable for their step).</summary>
    public IReadOnlyList<string> Findings { get; init; } = Array.Empty<string>();
}
