using System.Numerics;
using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// A critical-point type (docs/theory.md §2): for every singular value y_j a nonnegative root of f(·; y_j), recorded per
/// group of equal values as how many of its indices take each positive root (the rest take 0).
/// </summary>
/// <param name="Groups">The groups of equal singular values of the instance.</param>
/// <param name="Counts">Counts[g][r]: how many indices of group g take its r-th positive root.</param>
public sealed record CriticalPointType(IReadOnlyList<SingularValueGroup> Groups, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    /// <summary>The number of indices with a positive root (active slots).</summary>
    public int ActiveCount => Counts.Sum(c => c.Sum());

    /// <summary>
    /// The root each index j of Y takes (null for 0), in index order. Within a group the larger roots go to the
    /// smaller indices; any other arrangement is the same type. <paramref name="exact"/>: the roots of the exact values
    /// (<see cref="SingularValueGroup.ExactRoots"/>, for proofs about σ) instead of <see cref="SingularValueGroup.Roots"/>.
    /// </summary>
    public IReadOnlyList<ScalarRoot?> RootPerIndex(bool exact = false)
    {
        int size = Groups.Sum(g => g.Multiplicity);
        var roots = new ScalarRoot?[size];
        for (int g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            int next = 0;
            for (int r = group.RootCount - 1; r >= 0; r--)
            {
                for (int c = 0; c < Counts[g][r]; c++)
                {
                    roots[group.Indices[next++]] = (exact ? group.ExactRoots : group.Roots).PositiveRoots[r];
                }
            }
        }

        return roots;
    }

    /// <summary>The label of the root each index of Y takes (null for 0), in index order; no root is isolated.</summary>
    public IReadOnlyList<RootLabel?> LabelPerIndex()
    {
        int size = 0;
        foreach (var group in Groups)
        {
            size += group.Multiplicity;
        }

        var labels = new RootLabel?[size];
        for (int g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            int next = 0;
            for (int r = group.RootCount - 1; r >= 0; r--)
            {
                for (int c = 0; c < Counts[g][r]; c++)
                {
                    labels[group.Indices[next++]] = group.Labels[r];
                }
            }
        }

        return labels;
    }

    /// <summary>Value equality: the same groups (the same instance's) and the same counts, root by root.</summary>
    public bool Equals(CriticalPointType? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Counts.Count != other.Counts.Count || !(ReferenceEquals(Groups, other.Groups) || Groups.SequenceEqual(other.Groups)))
        {
            return false;
        }

        for (int g = 0; g < Counts.Count; g++)
        {
            if (!Counts[g].SequenceEqual(other.Counts[g]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the counts (consistent with <see cref="Equals(CriticalPointType?)"/>).</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var counts in Counts)
        {
            foreach (int c in counts)
            {
                hash.Add(c);
            }

            hash.Add(-1);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compact text: per index its root label or 0, e.g. "[x+, 0]".</summary>
    public override string ToString() => "[" + string.Join(", ", LabelPerIndex().Select(l => l is null ? "0" : l.Value.ToSymbol())) + "]";
}
