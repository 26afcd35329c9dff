using System.Collections;

namespace Dmf.Symbolic.Expressions
{
    /// <summary>
    /// An immutable array with structural equality, so records that hold one compare by content.
    /// (netstandard2.0 without packages has no ImmutableArray.)
    /// </summary>
    public sealed class EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
    {
        private readonly T[] _items;
        private int _hash;

        /// <summary>Copies the items.</summary>
        public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

        private EquatableArray(T[] items, bool owned)
        {
            _ = owned;
            _items = items;
        }

        /// <summary>The empty array.</summary>
        public static EquatableArray<T> Empty { get; } = new EquatableArray<T>(new T[0], owned: true);

        /// <inheritdoc/>
        public int Count => _items.Length;

        /// <inheritdoc/>
        public T this[int index] => _items[index];

        internal static EquatableArray<T> Own(T[] items) => new EquatableArray<T>(items, owned: true);

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(EquatableArray<T>? other)
        {
            if (other is null)
            {
                return false;
            }

            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (_items.Length != other._items.Length || GetHashCode() != other.GetHashCode())
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (int k = 0; k < _items.Length; k++)
            {
                if (!comparer.Equals(_items[k], other._items[k]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            if (_hash == 0)
            {
                unchecked
                {
                    int hash = 19;
                    foreach (var item in _items)
                    {
                        hash = (hash * 31) + (item?.GetHashCode() ?? 0);
                    }

                    _hash = hash == 0 ? 1 : hash;
                }
            }

            return _hash;
        }
    }

    /// <summary>Construction helpers for <see cref="EquatableArray{T}"/>.</summary>
    public static class EquatableArray
    {
        /// <summary>An array holding the given items.</summary>
        public static EquatableArray<T> Create<T>(params T[] items) => new EquatableArray<T>(items);

        /// <summary>An array holding the sequence's items.</summary>
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => EquatableArray<T>.Own(items.ToArray());
    }
}
