using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// Whether the claims about a space's types state its values by intervals (docs/verification.md): a certified instance
/// (there is nothing else to state them on), or one with irrational values none of which — nor any rational one — sits
/// exactly at y_crit or y_glob (an equality is not a property of a box; those instances keep each value pinned by its
/// polynomial). Otherwise rational values are numerals and irrational ones algebraic numbers. The Hessian's blocks keep
/// every value a variable then; the claims' boxes themselves are <c>EnclosedValues</c>.
/// </summary>
internal static class BoxedValues
{
    /// <summary>True when the values of <paramref name="space"/> are stated by intervals.</summary>
    public static bool Apply(CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(space);
        bool strict = space.Groups.All(g => g.RelationToCritical != ThresholdRelation.Equal && g.RelationToGlobal != ThresholdRelation.Equal);
        return !space.Groups.All(g => g.Value.IsRational) && strict;
    }
}
