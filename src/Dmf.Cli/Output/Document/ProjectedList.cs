namespace Dmf.Cli.Output.Document;

/// <summary>
/// A read-only list whose items are computed from their index when read, never stored: a long table's rows and details
/// (10⁶ listed types) are formatted as they are printed instead of being held twice.
/// </summary>
internal sealed class ProjectedList<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    /// <inheritdoc/>
    public int Count { get; } = count;

    /// <inheritdoc/>
    public T this[int index] => (uint)index < (uint)Count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return item(i);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
