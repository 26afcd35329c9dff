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
        active.Sort((a, b) =>
        {
            int bySigma = b.Sigma!.CompareTo(a.Sigma!);
            return bySigma != 0 ? bySigma : a.Index!.Value.CompareTo(b.Index!.Value);
        });
        while (active.Count < space.MaxActive)
        {
            active.Add(Slot.Empty);
        }

        return active;
    }
}
