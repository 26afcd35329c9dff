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

    /// <summary>Whether both are null, or both have the same shape and equal entries.</summary>
    public static bool Equal<T>(T[,]? a, T[,]? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetLength(0) != b.GetLength(0) || a.GetLength(1) != b.GetLength(1))
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        return a.Cast<T>().Zip(b.Cast<T>()).All(pair => comparer.Equals(pair.First, pair.Second));
    }

    /// <summary>A hash of the shape and the entries (consistent with <see cref="Equal{T}(T[,], T[,])"/>).</summary>
    public static int Hash<T>(T[,]? matrix)
    {
        if (matrix is null)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(matrix.GetLength(0));
        hash.Add(matrix.GetLength(1));
        foreach (var item in matrix)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether both are null, or both map the same keys to equal values.</summary>
    public static bool Equal<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? a, IReadOnlyDictionary<TKey, TValue>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        var comparer = EqualityComparer<TValue>.Default;
        return a is not null && b is not null && a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && comparer.Equals(pair.Value, value));
    }

    /// <summary>A hash of the entries in any order (consistent with <see cref="Equal{TKey, TValue}"/>).</summary>
    public static int Hash<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? map) =>
        map is null ? 0 : map.Aggregate(map.Count, (hash, pair) => hash ^ HashCode.Combine(pair.Key, pair.Value));
}
