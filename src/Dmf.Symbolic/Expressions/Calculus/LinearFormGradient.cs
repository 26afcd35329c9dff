using System;
using System.Collections.Generic;
using System.Linq;
using Dmf.Symbolic.Exact;
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
        public static MatrixExpression Extract(ScalarExpression form, MatrixSymbol direction)
        {
            var contributions = new List<MatrixExpression>();
            foreach (var term in Simplifier.NormalizeScalar(form))
            {
                var holders = term.Factors.Where(f => Contains(f, direction)).ToList();
                if (holders.Count == 0)
                {
                    continue;
                }

                if (holders.Count > 1 || holders[0] is not InnerProduct inner || (Contains(inner.Left, direction) && Contains(inner.Right, direction)))
                {
                    throw new ArgumentException($"The term {Simplifier.Rebuild(new List<ScalarTerm> { term })} is not linear in {direction.Name}.", nameof(form));
                }

                var others = term.Factors.Where(f => !ReferenceEquals(f, holders[0])).ToList();
                var (other, withDirection) = Contains(inner.Right, direction) ? (inner.Left, inner.Right) : (inner.Right, inner.Left);
                foreach (var piece in Split(withDirection, direction))
                {
                    var u = piece.Left.Count == 0 ? new IdentityMatrix(withDirection.Shape.Rows) : Expr.Product(piece.Left);
                    var v = piece.Right.Count == 0 ? new IdentityMatrix(withDirection.Shape.Columns) : Expr.Product(piece.Right);
                    var g = piece.Transposed
                        ? Expr.Product(v, new Transpose(other), u)
                        : Expr.Product(new Transpose(u), other, new Transpose(v));
                    var scale = Expr.Multiply(new ScalarExpression[] { new ScalarConstant(term.Coefficient * piece.Coefficient) }.Concat(others).Concat(piece.Scalars));
                    contributions.Add(new ScalarMultiple(scale, g));
                }
            }

            return contributions.Count == 0
                ? new ZeroMatrix(direction.Shape)
                : Simplifier.Simplify(Expr.Sum(contributions));
        }

        /// <summary>Contains the symbol, looking through abbreviations.</summary>
        public static bool Contains(ScalarExpression e, MatrixSymbol symbol) => ExpressionMap.Any(e, m => m.Equals(symbol));

        /// <summary>Contains the symbol, looking through abbreviations.</summary>
        public static bool Contains(MatrixExpression e, MatrixSymbol symbol) => ExpressionMap.Any(e, m => m.Equals(symbol));

        /// <summary>Writes a matrix linear in Δ as Σ c·s·U Δ V (or U Δᵀ V), expanding only the atoms that contain Δ.</summary>
        private static List<Piece> Split(MatrixExpression expression, MatrixSymbol direction)
        {
            var pieces = new List<Piece>();
            var pending = new Stack<Piece>();
            foreach (var term in Simplifier.Normalize(expression))
            {
                pending.Push(new Piece(term.Coefficient, term.ScalarFactors.ToList(), term.Word.ToList(), false, new List<MatrixExpression>()));
            }

            while (pending.Count > 0)
            {
                var piece = pending.Pop();
                if (piece.Scalars.Any(s => Contains(s, direction)))
                {
                    throw new ArgumentException($"{direction.Name} occurs inside a scalar coefficient; the form is not linear in it.");
                }

                var word = piece.Left;
                int position = word.FindIndex(a => Contains(a, direction));
                if (position < 0)
                {
                    continue;
                }

                if (word.Skip(position + 1).Any(a => Contains(a, direction)))
                {
                    throw new ArgumentException($"A product contains {direction.Name} twice; the form is not linear in it.");
                }

                var atom = word[position];
                var left = word.Take(position).ToList();
                var right = word.Skip(position + 1).ToList();
                if (atom.Equals(direction) || (atom is Transpose t && t.Operand.Equals(direction)))
                {
                    pieces.Add(new Piece(piece.Coefficient, piece.Scalars, left, atom is Transpose, right));
                    continue;
                }

                // The atom hides Δ (a sum or an abbreviation, possibly transposed): expand it and look again.
                var expanded = atom switch
                {
                    NamedMatrix n => n.Definition,
                    Transpose { Operand: NamedMatrix n } => new Transpose(n.Definition),
                    MatrixSum => atom,
                    _ => throw new NotSupportedException($"Cannot expand {atom} to extract {direction.Name}."),
                };
                foreach (var inner in Simplifier.Normalize(expanded))
                {
                    var scalars = piece.Scalars.Concat(inner.ScalarFactors).ToList();
                    pending.Push(new Piece(piece.Coefficient * inner.Coefficient, scalars, left.Concat(inner.Word).Concat(right).ToList(), false, new List<MatrixExpression>()));
                }
            }

            return pieces;
        }

        /// <summary>c · Π scalars · Left · Δ(ᵀ) · Right; while pending, Left holds the whole word.</summary>
        private sealed record Piece(BigRational Coefficient, List<ScalarExpression> Scalars, List<MatrixExpression> Left, bool Transposed, List<MatrixExpression> Right);
    }
}
