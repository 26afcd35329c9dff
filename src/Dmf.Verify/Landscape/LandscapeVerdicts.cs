using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// docs/theory.md §4, decided exactly. <paramref name="Benign"/>: every critical point is a local minimizer or a strict saddle
/// (L = 2, or L ≥ 3 and no y_i among the top min(d_min, d_Y) equals y_crit); <paramref name="OffendingIndices"/> are the
/// 0-based indices with y_i = y_crit that break it. <paramref name="CollapsesToZero"/>: W = 0 is the global minimizer
/// (y_1 &lt; y_glob for L ≥ 3, y_1 ≤ √λ for L = 2).
/// </summary>
public sealed record LandscapeVerdicts(bool Benign, IReadOnlyList<int> OffendingIndices, bool CollapsesToZero)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(LandscapeVerdicts? other) => other is not null && Benign == other.Benign && ValueLists.Equal(OffendingIndices, other.OffendingIndices) && CollapsesToZero == other.CollapsesToZero;

    /// <summary>A hash consistent with <see cref="Equals(LandscapeVerdicts?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Benign, ValueLists.Hash(OffendingIndices), CollapsesToZero);

    /// <summary>The verdicts for the instance behind <paramref name="space"/>.</summary>
    public static LandscapeVerdicts For(CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var indexed = space.Groups
            .SelectMany(g => g.Indices.Select(j => (Index: j, Group: g)))
            .OrderByDescending(p => p.Group.Y)
            .ThenBy(p => p.Index)
            .ToList();
        var top = indexed.Take(space.MaxActive).ToList();
        var offending = space.Landscape.Depth == 2
            ? new List<int>()
            : top.Where(p => p.Group.RelationToCritical == ThresholdRelation.Equal).Select(p => p.Index).OrderBy(j => j).ToList();
        bool collapses = indexed.Count == 0 || (space.Landscape.Depth == 2
            ? indexed[0].Group.RelationToCritical != ThresholdRelation.Above
            : indexed[0].Group.RelationToGlobal == ThresholdRelation.Below);
        return new LandscapeVerdicts(offending.Count == 0, offending, collapses);
    }
}
