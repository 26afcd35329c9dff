using Dmf.Symbolic.Expressions.Simplification;

namespace Dmf.Symbolic.Expressions.Calculus
{
    /// <summary>
    /// Reads off the matrix G with ℓ(Δ) = ⟨G, Δ⟩ from a scalar expression ℓ linear in a direction symbol Δ, by the
    /// trace identities ⟨A, UΔV⟩ = ⟨UᵀAVᵀ, Δ⟩ and ⟨A, UΔᵀV⟩ = ⟨VAᵀU, Δ⟩. Only sums and abbreviations that
    /// contain Δ are expanded. Terms in which Δ does not occur contribute nothing; a term quadratic in Δ throws
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public static class LinearFormGradient
    {
        /// <summary>G such that the Δ-linear part of <paramref name="form"/> equals ⟨G, Δ⟩ (simplified, unnamed).</summary>
        public static MatrixExpression Extract(ScalarExpression form, MatrixSymbol direction) => ExtractAll(form, new[] { direction })[0];

        /// <summary>
        /// For a form linear in the directions Δ_1..Δ_n jointly (each term holds exactly one of them), the matrices
        /// G_k with form = Σ_k ⟨G_k, Δ_k⟩ + (terms free of them), in one pass over the form.
        /// </summary>
        public static IReadOnlyList<MatrixExpression> ExtractAll(ScalarExpression form, IReadOnlyList<MatrixSymbol> directions) =>
            ExtractAll(Simplifier.NormalizeScalar(form), directions);

        /// <summary>As above, for a form already normalized by <see cref="Simplifier"/> (saves normalizing it twice).</summary>
        internal static IReadOnlyList<MatrixExpression> ExtractAll(List<ScalarTerm> form, IReadOnlyList<MatrixSymbol> directions)
        {
            var index = new Dictionary<MatrixSymbol, int>();
            for (int k = 0; k < directions.Count; k++)
            {
                index[directions[k]] = k;
            }

            var contributions = directions.Select(_ => new List<MatrixExpression>()).ToArray();
            foreach (var term in form)
            {
                var holders = term.Factors.Where(f => ContainsAny(f, index)).ToList();
                if (holders.Count == 0)
                {
                    continue;
                }

                if (holders.Count > 1 || holders[0] is not InnerProduct inner || (ContainsAny(inner.Left, index) && ContainsAny(inner.Right, index)))
                {
                    throw new ArgumentException($"The term {Simplifier.Rebuild(new List<ScalarTerm> { term })} is not linear in the directions.");
                }

                var others = term.Factors.Where(f => !ReferenceEquals(f, holders[0])).ToList();
                var (other, withDirection) = ContainsAny(inner.Right, index) ? (inner.Left, inner.Right) : (inner.Right, inner.Left);
                foreach (var piece in Split(withDirection, index))
                {
                    var u = piece.Left.Count == 0 ? new IdentityMatrix(withDirection.Shape.Rows) : Expr.Product(piece.Left);
                    var v = piece.Right.Count == 0 ? new IdentityMatrix(withDirection.Shape.Columns) : Expr.Product(piece.Right);
                    var g = piece.Transposed
                        ? Expr.Product(v, new Transpose(other), u)
                        : Expr.Product(new Transpose(u), other, new Transpose(v));
                    var scale = Expr.Multiply(new ScalarExpression[] { new ScalarConstant(term.Coefficient * piece.Coefficient) }.Concat(others).Concat(piece.Scalars));
                    contributions[piece.Direction].Add(new ScalarMultiple(scale, g));
                }
            }

            return contributions.Select((c, k) => c.Count == 0 ? new ZeroMatrix(directions[k].Shape) : Simplifier.Simplify(Expr.Sum(c))).ToList();
        }

        /// <summary>Contains the symbol, looking through abbreviations.</summary>
        public static bool Contains(ScalarExpression e, MatrixSymbol symbol) => ExpressionMap.Any(e, m => m.Equals(symbol));

        /// <summary>Contains the symbol, looking through abbreviations.</summary>
        public static bool Contains(MatrixExpression e, MatrixSymbol symbol) => ExpressionMap.Any(e, m => m.Equals(symbol));

        private static bool ContainsAny(ScalarExpression e, Dictionary<MatrixSymbol, int> directions) =>
            ExpressionMap.Any(e, m => m is MatrixSymbol s && directions.ContainsKey(s));

        private static bool ContainsAny(MatrixExpression e, Dictionary<MatrixSymbol, int> directions) =>
            ExpressionMap.Any(e, m => m is MatrixSymbol s && directions.ContainsKey(s));

        /// <summary>
        /// Writes a matrix linear in the directions as Σ c·s·U Δ_k V (or U Δ_kᵀ V), expanding only the atoms that
        /// contain a direction; each piece records which direction it holds.
        /// </summary>
        private static List<Piece> Split(MatrixExpression expression, Dictionary<MatrixSymbol, int> directions)
        {
            var pieces = new List<Piece>();
            var pending = new Stack<Piece>();
            foreach (var term in Simplifier.Normalize(expression))
            {
                pending.Push(new Piece(term.Coefficient, term.ScalarFactors.ToList(), term.Word.ToList(), false, new List<MatrixExpression>(), -1));
            }

            while (pending.Count > 0)
            {
                var piece = pending.Pop();
                if (piece.Scalars.Any(s => ContainsAny(s, directions)))
                {
                    throw new ArgumentException("A direction occurs inside a scalar coefficient; the form is not linear in it.");
                }

                var word = piece.Left;
                int position = word.FindIndex(a => ContainsAny(a, directions));
                if (position < 0)
                {
                    continue;
                }

                if (word.Skip(position + 1).Any(a => ContainsAny(a, directions)))
                {
                    throw new ArgumentException("A product contains two directions; the form is not linear in them.");
                }

                var atom = word[position];
                var left = word.Take(position).ToList();
                var right = word.Skip(position + 1).ToList();
                var bare = atom is Transpose t ? t.Operand : atom;
                if (bare is MatrixSymbol symbol && directions.TryGetValue(symbol, out int k))
                {
                    pieces.Add(new Piece(piece.Coefficient, piece.Scalars, left, atom is Transpose, right, k));
                    continue;
                }

                // The atom hides a direction (a sum or an abbreviation, possibly transposed): expand it and look again.
                var expanded = atom switch
                {
                    NamedMatrix n => n.Definition,
                    Transpose { Operand: NamedMatrix n } => new Transpose(n.Definition),
                    MatrixSum => atom,
                    _ => throw new NotSupportedException($"Cannot expand {atom} to extract a gradient."),
                };
                foreach (var inner in Simplifier.Normalize(expanded))
                {
                    var scalars = piece.Scalars.Concat(inner.ScalarFactors).ToList();
                    pending.Push(new Piece(piece.Coefficient * inner.Coefficient, scalars, left.Concat(inner.Word).Concat(right).ToList(), false, new List<MatrixExpression>(), -1));
                }
            }

            return pieces;
        }

        /// <summary>c · Π scalars · Left · Δ_k(ᵀ) · Right, k = Direction; while pending, Left holds the whole word.</summary>
        private sealed record Piece(BigRational Coefficient, List<ScalarExpression> Scalars, List<MatrixExpression> Left, bool Transposed, List<MatrixExpression> Right, int Direction);
    }
}
