namespace Dmf.Symbolic.Landscape
{
    /// <summary>The positive roots of f(·; y) for an algebraic y, ascending and labeled, and where y sits relative to the thresholds.</summary>
    /// <param name="Y">y ≥ 0, exactly.</param>
    /// <param name="RelationToCritical">y against y_crit (√λ for L = 2).</param>
    /// <param name="RelationToGlobal">y against y_glob.</param>
    /// <param name="PositiveRoots">The positive roots, ascending.</param>
    internal sealed record AlgebraicValueRootSet(AlgebraicNumber Y, ThresholdRelation RelationToCritical, ThresholdRelation RelationToGlobal, IReadOnlyList<ScalarRoot> PositiveRoots);
}
