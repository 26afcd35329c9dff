namespace Dmf.Symbolic.Expressions.Simplification
{
    /// <summary>
    /// A total order on expression nodes read from their structure alone (sympy's <c>sort_key</c> as the model): the order
    /// in which a canonical sum lists its terms, a term its scalar factors, and an inner product its two sides. Nothing is
    /// printed to decide it. Nodes compare by kind first, then by their fields: names by base (ordinal) and indices
    /// (as numbers: W_9 &lt; W_10, W_3 &lt; W_{3:1} &lt; W_{4:1}; no subscript first, a label last), a transposed atom right after its operand, products and sums factor by
    /// factor (a prefix first), constants by value; a differential after everything else (so a pairing reads ⟨E, dE⟩).
    /// </summary>
    internal sealed class StructuralOrder : IComparer<MatrixExpression>, IComparer<ScalarExpression>
    {
        /// <summary>The single instance.</summary>
        public static StructuralOrder Instance { get; } = new StructuralOrder();

        /// <inheritdoc/>
        public int Compare(MatrixExpression? x, MatrixExpression? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            // A transposed atom follows its operand: compare what is transposed, then untransposed before transposed.
            var (a, transposedA) = Untransposed(x);
            var (b, transposedB) = Untransposed(y);
            int byKind = Rank(a).CompareTo(Rank(b));
            if (byKind != 0)
            {
                return byKind;
            }

            int byFields = (a, b) switch
            {
                (MatrixSymbol or NamedMatrix, MatrixSymbol or NamedMatrix) =>
                    Then(Compare(NameOf(a), NameOf(b)), () => (a is NamedMatrix ? 1 : 0).CompareTo(b is NamedMatrix ? 1 : 0)),
                (IdentityMatrix s, IdentityMatrix t) => Compare(s.Size.Name, t.Size.Name),
                (ZeroMatrix s, ZeroMatrix t) => Then(Compare(s.ZeroShape.Rows.Name, t.ZeroShape.Rows.Name), () => Compare(s.ZeroShape.Columns.Name, t.ZeroShape.Columns.Name)),
                (MatrixDifferential s, MatrixDifferential t) => Compare(s.Operand, t.Operand),
                (MatrixProduct s, MatrixProduct t) => Lexicographic(s.Factors, t.Factors, this),
                (MatrixSum s, MatrixSum t) => Lexicographic(s.Terms, t.Terms, this),
                (ScalarMultiple s, ScalarMultiple t) => Then(Compare(s.Operand, t.Operand), () => Compare(s.Scalar, t.Scalar)),
                (Transpose s, Transpose t) => Compare(s.Operand, t.Operand),
                _ => 0,
            };
            return byFields != 0 ? byFields : transposedA.CompareTo(transposedB);
        }

        /// <inheritdoc/>
        public int Compare(ScalarExpression? x, ScalarExpression? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            int byKind = Rank(x).CompareTo(Rank(y));
            if (byKind != 0)
            {
                return byKind;
            }

            return (x, y) switch
            {
                (ScalarConstant s, ScalarConstant t) => s.Value.CompareTo(t.Value),
                (ScalarSymbol s, ScalarSymbol t) => Compare(s.Name, t.Name),
                (SquaredNorm s, SquaredNorm t) => Compare(s.Operand, t.Operand),
                (InnerProduct s, InnerProduct t) => Then(Compare(s.Left, t.Left), () => Compare(s.Right, t.Right)),
                (ScalarProduct s, ScalarProduct t) => Lexicographic(s.Factors, t.Factors, this),
                (ScalarSum s, ScalarSum t) => Lexicographic(s.Terms, t.Terms, this),
                (ScalarDifferential s, ScalarDifferential t) => Compare(s.Operand, t.Operand),
                _ => 0,
            };
        }

        /// <summary>Two lists factor by factor; a list before every longer list it begins.</summary>
        public static int Lexicographic<T>(IReadOnlyList<T> x, IReadOnlyList<T> y, IComparer<T> order)
        {
            int n = Math.Min(x.Count, y.Count);
            for (int k = 0; k < n; k++)
            {
                int c = order.Compare(x[k], y[k]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Count.CompareTo(y.Count);
        }

        private static int Compare(SymbolName x, SymbolName y)
        {
            int byBase = string.CompareOrdinal(x.Base, y.Base);
            if (byBase != 0)
            {
                return byBase;
            }

            // No subscript, then indices (as numbers), then a label.
            int byKind = SubscriptKind(x).CompareTo(SubscriptKind(y));
            return byKind != 0 ? byKind
                : x.Label is not null ? string.CompareOrdinal(x.Label, y.Label)
                : Lexicographic(x.Indices, y.Indices, Comparer<int>.Default);
        }

        private static int SubscriptKind(SymbolName name) => name.Label is not null ? 2 : name.Indices.Count > 0 ? 1 : 0;

        private static SymbolName NameOf(MatrixExpression atom) => atom is MatrixSymbol s ? s.Name : ((NamedMatrix)atom).Name;

        private static int Then(int first, Func<int> second) => first != 0 ? first : second();

        private static (MatrixExpression Operand, bool Transposed) Untransposed(MatrixExpression e) =>
            e is Transpose t && IsAtom(t.Operand) ? (t.Operand, true) : (e, false);

        private static bool IsAtom(MatrixExpression e) => e is MatrixSymbol || e is NamedMatrix || e is IdentityMatrix || e is ZeroMatrix;

        private static int Rank(MatrixExpression e) => e switch
        {
            ZeroMatrix => 0,
            IdentityMatrix => 1,
            MatrixSymbol => 2,
            NamedMatrix => 2,
            MatrixProduct => 3,
            ScalarMultiple => 4,
            MatrixSum => 5,
            MatrixDifferential => 6,
            _ => 7,
        };

        private static int Rank(ScalarExpression e) => e switch
        {
            ScalarConstant => 0,
            ScalarSymbol => 1,
            SquaredNorm => 2,
            InnerProduct => 3,
            ScalarProduct => 4,
            ScalarSum => 5,
            ScalarDifferential => 6,
            _ => 7,
        };
    }
}
