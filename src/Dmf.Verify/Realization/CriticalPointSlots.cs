using Dmf.Verify.Landscape;

namespace Dmf.Verify.Realization;

/// <summary>
/// The slots of a type in the order of docs/theory.md §2 (σ_1 ≥ … ≥ σ_{d_min}): active slots by decreasing σ (ties by
/// index), then empty slots up to d_min.
/// </summary>
public static class CriticalPointSlots
{
    /// <summary>The d_min slots of <paramref name="type"/>.</summary>
    public static IReadOnlyList<Slot> Of(CriticalPointTypes space, CriticalPointType type)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(type);
        var roots = type.RootPerIndex();
        var active = Enumerable.Range(0, roots.Count)
            .Where(j => roots[j] is not null)
            .Select(j => new Slot(j, roots[j]!.Label, roots[j]!.Value, space.SingularValues[j]))
            .ToList();
        // Ranks of the roots among all roots, decided exactly once per space: no algebraic comparison per type. A type
        // built over another space's groups (the same instance's types made again) compares its roots directly.
        Comparison<Slot> bySigma;
        if (ReferenceEquals(type.Groups, space.Groups))
        {
            var rank = active.ToDictionary(slot => slot.Index!.Value, slot => space.SlotLosses.RankOf(roots[slot.Index!.Value]!));
            bySigma = (a, b) => rank[a.Index!.Value].CompareTo(rank[b.Index!.Value]);
        }
        else
        {
            bySigma = (a, b) => b.Sigma!.CompareTo(a.Sigma!);
        }

        active.Sort((a, b) =>
        {
            int order = bySigma(a, b);
            return order != 0 ? order : a.Index!.Value.CompareTo(b.Index!.Value);
        });
        while (active.Count < space.MaxActive)
        {
            active.Add(Slot.Empty);
        }

        return active;
    }
}
