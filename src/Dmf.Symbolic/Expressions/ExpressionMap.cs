namespace Dmf.Symbolic.Expressions
{
    /// <summary>
    /// Bottom-up structural maps and searches over expression trees. A map function returns a replacement for a
    /// matrix node, or null to keep it and descend into its children. Unchanged subtrees are returned as is.
    /// </summary>
    internal static class ExpressionMap
    {
        /// <summary>Rewrites matrix nodes top-down inside a scalar expression.</summary>
        public static ScalarExpression Map(ScalarExpression e, Func<MatrixExpression, MatrixExpression?> replace) => e switch
        {
            ScalarConstant or ScalarSymbol => e,
            ScalarSum s => Rebuild(s, s.Terms, t => Map(t, replace), terms => new ScalarSum(terms)),
            ScalarProduct p => Rebuild(p, p.Factors, f => Map(f, replace), factors => new ScalarProduct(factors)),
            InnerProduct i => Pair(i, Map(i.Left, replace), Map(i.Right, replace)),
            SquaredNorm n => Map(n.Operand, replace) is var m && ReferenceEquals(m, n.Operand) ? n : new SquaredNorm(m),
            ScalarDifferential d => Map(d.Operand, replace) is var s2 && ReferenceEquals(s2, d.Operand) ? d : new ScalarDifferential(s2),
            _ => throw new NotSupportedException($"No mapping rule for {e.GetType().Name}."),
        };

        /// <summary>Rewrites matrix nodes top-down inside a matrix expression.</summary>
        public static MatrixExpression Map(MatrixExpression e, Func<MatrixExpression, MatrixExpression?> replace)
        {
            var replacement = replace(e);
            if (replacement != null)
            {
                return replacement;
            }

            return e switch
            {
                MatrixSymbol or IdentityMatrix or ZeroMatrix or NamedMatrix => e,
                MatrixProduct p => Rebuild(p, p.Factors, f => Map(f, replace), factors => new MatrixProduct(factors)),
                MatrixSum s => Rebuild(s, s.Terms, t => Map(t, replace), terms => new MatrixSum(terms)),
                Transpose t => Map(t.Operand, replace) is var o && ReferenceEquals(o, t.Operand) ? t : new Transpose(o),
                ScalarMultiple m => Multiple(m, Map(m.Scalar, replace), Map(m.Operand, replace)),
                MatrixDifferential d => Map(d.Operand, replace) is var o2 && ReferenceEquals(o2, d.Operand) ? d : new MatrixDifferential(o2),
                _ => throw new NotSupportedException($"No mapping rule for {e.GetType().Name}."),
            };
        }

        /// <summary>True when some matrix node (looking through abbreviations) satisfies the predicate.</summary>
        public static bool Any(MatrixExpression e, Func<MatrixExpression, bool> predicate) =>
            predicate(e) || e switch
            {
                MatrixProduct p => p.Factors.Any(f => Any(f, predicate)),
                MatrixSum s => s.Terms.Any(t => Any(t, predicate)),
                Transpose t => Any(t.Operand, predicate),
                ScalarMultiple m => Any(m.Scalar, predicate) || Any(m.Operand, predicate),
                NamedMatrix n => Any(n.Definition, predicate),
                MatrixDifferential d => Any(d.Operand, predicate),
                _ => false,
            };

        /// <summary>True when some matrix node inside the scalar expression satisfies the predicate.</summary>
        public static bool Any(ScalarExpression e, Func<MatrixExpression, bool> predicate) => e switch
        {
            ScalarSum s => s.Terms.Any(t => Any(t, predicate)),
            ScalarProduct p => p.Factors.Any(f => Any(f, predicate)),
            InnerProduct i => Any(i.Left, predicate) || Any(i.Right, predicate),
            SquaredNorm n => Any(n.Operand, predicate),
            ScalarDifferential d => Any(d.Operand, predicate),
            _ => false,
        };

        private static TNode Rebuild<TNode, TChild>(TNode node, EquatableArray<TChild> children, Func<TChild, TChild> map, Func<EquatableArray<TChild>, TNode> make)
            where TChild : class
        {
            var mapped = children.Select(map).ToArray();
            bool changed = false;
            for (int k = 0; k < mapped.Length && !changed; k++)
            {
                changed = !ReferenceEquals(mapped[k], children[k]);
            }

            return changed ? make(EquatableArray<TChild>.Own(mapped)) : node;
        }

        private static ScalarExpression Pair(InnerProduct node, MatrixExpression left, MatrixExpression right) =>
            ReferenceEquals(left, node.Left) && ReferenceEquals(right, node.Right) ? node : new InnerProduct(left, right);

        private static MatrixExpression Multiple(ScalarMultiple node, ScalarExpression scalar, MatrixExpression operand) =>
            ReferenceEquals(scalar, node.Scalar) && ReferenceEquals(operand, node.Operand) ? node : new ScalarMultiple(scalar, operand);
    }
}
