namespace Dmf.Verify;

/// <summary>Value equality for the lists records hold: equal when their elements are, in order.</summary>
internal static class ValueLists
{
    /// <summary>Whether both are null, or both hold equal elements in the same order.</summary>
    public static bool Equal<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the elements in order (consistent with <see cref="Equal{T}"/>).</summary>
    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(list.Count);
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
