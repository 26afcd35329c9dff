using System.Runtime.CompilerServices;

namespace Dmf.Symbolic.Expressions.Simplification
{
    /// <summary>
    /// Memo tables for one simplification session, keyed by node identity (nodes are immutable, so a node's
    /// canonical terms never change): the canonical terms of each sum and the canonical atom built from each term list. A session is per thread; nested entries share the outer one,
    /// and the tables are dropped when the outermost scope ends.
    /// </summary>
    internal sealed class SimplificationCache
    {
        [ThreadStatic]
        private static SimplificationCache? _current;

        public Dictionary<object, List<MatrixTerm>> SumTerms { get; } = new Dictionary<object, List<MatrixTerm>>(IdentityComparer.Instance);

        public Dictionary<object, Tuple<BigRational, MatrixExpression>> SumAtoms { get; } = new Dictionary<object, Tuple<BigRational, MatrixExpression>>(IdentityComparer.Instance);

        /// <summary>The session of this thread, or null outside any.</summary>
        public static SimplificationCache? Current => _current;

        /// <summary>Enters a session (or joins the current one); dispose the scope to leave it.</summary>
        public static Scope Enter()
        {
            if (_current != null)
            {
                return new Scope(owner: false);
            }

            _current = new SimplificationCache();
            return new Scope(owner: true);
        }

        /// <summary>Ends the session it opened, if it opened one.</summary>
        public readonly struct Scope : IDisposable
        {
            private readonly bool _owner;

            public Scope(bool owner) => _owner = owner;

            public void Dispose()
            {
                if (_owner)
                {
                    _current = null;
                }
            }
        }

        private sealed class IdentityComparer : IEqualityComparer<object>
        {
            public static IdentityComparer Instance { get; } = new IdentityComparer();

            public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

            public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
