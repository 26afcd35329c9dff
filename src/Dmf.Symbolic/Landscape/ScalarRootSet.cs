namespace Dmf.Symbolic.Landscape
{
    /// <summary>The positive roots of f(·; y) for one y, ascending, and where y sits relative to the thresholds.</summary>
    public sealed record ScalarRootSet(
        BigRational Y,
        ThresholdRelation RelationToCritical,
        ThresholdRelation RelationToGlobal,
        IReadOnlyList<ScalarRoot> PositiveRoots);
}
