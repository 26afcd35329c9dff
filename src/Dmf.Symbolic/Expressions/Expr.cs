
namespace Dmf.Symbolic.Expressions
{
    /// <summary>
    /// Shape-checked construction of expression nodes. Mismatched shapes throw
    /// <see cref="ShapeMismatchException"/> naming both operands and their shapes.
    /// Construction is literal (no simplification); use <see cref="Simplification.Simplifier"/> for that.
    /// </summary>
    public static class Expr
    {
        /// <summary>A matrix symbol.</summary>
        public static MatrixSymbol Symbol(SymbolName name, Shape shape, SymbolRole role) => new MatrixSymbol(name, shape, role);

        /// <summary>The ordered product A_1⋯A_n; n = 1 returns A_1. Adjacent inner dimensions must agree.</summary>
        public static MatrixExpression Product(params MatrixExpression[] factors) => Product((IEnumerable<MatrixExpression>)factors);

        /// <summary>The ordered product of the sequence (at least one factor).</summary>
        public static MatrixExpression Product(IEnumerable<MatrixExpression> factors)
        {
            var list = factors.ToArray();
            if (list.Length == 0)
            {
                throw new ArgumentException("A product needs at least one factor.", nameof(factors));
            }

            for (int k = 1; k < list.Length; k++)
            {
                if (!Equals(list[k - 1].Shape.Columns, list[k].Shape.Rows))
                {
                    throw new ShapeMismatchException(
                        $"Cannot multiply {Describe(list[k - 1])} by {Describe(list[k])}: inner dimensions {list[k - 1].Shape.Columns} and {list[k].Shape.Rows} differ.");
                }
            }

            return list.Length == 1 ? list[0] : new MatrixProduct(EquatableArray<MatrixExpression>.Own(list));
        }

        /// <summary>The sum of matrices of one shape; one term returns it.</summary>
        public static MatrixExpression Sum(params MatrixExpression[] terms) => Sum((IEnumerable<MatrixExpression>)terms);

        /// <summary>The sum of the sequence (at least one term).</summary>
        public static MatrixExpression Sum(IEnumerable<MatrixExpression> terms)
        {
            var list = terms.ToArray();
            if (list.Length == 0)
            {
                throw new ArgumentException("A sum needs at least one term.", nameof(terms));
            }

            for (int k = 1; k < list.Length; k++)
            {
                RequireSameShape("add", list[0], list[k]);
            }

            return list.Length == 1 ? list[0] : new MatrixSum(EquatableArray<MatrixExpression>.Own(list));
        }

        /// <summary>A − B.</summary>
        public static MatrixExpression Difference(MatrixExpression a, MatrixExpression b) => Sum(a, Scale(-1, b));

        /// <summary>Aᵀ.</summary>
        public static MatrixExpression Transpose(MatrixExpression a) => new Transpose(a);

        /// <summary>c·A.</summary>
        public static MatrixExpression Scale(ScalarExpression c, MatrixExpression a) => new ScalarMultiple(c, a);

        /// <summary>c·A for a rational c.</summary>
        public static MatrixExpression Scale(BigRational c, MatrixExpression a) => new ScalarMultiple(Constant(c), a);

        /// <summary>The n × n identity.</summary>
        public static MatrixExpression Identity(Dimension n) => new IdentityMatrix(n);

        /// <summary>The zero matrix.</summary>
        public static MatrixExpression Zero(Shape shape) => new ZeroMatrix(shape);

        /// <summary>An abbreviation name := definition.</summary>
        public static NamedMatrix Named(SymbolName name, MatrixExpression definition) => new NamedMatrix(name, definition);

        /// <summary>⟨A, B⟩ = tr(AᵀB); shapes must be equal.</summary>
        public static ScalarExpression Inner(MatrixExpression a, MatrixExpression b)
        {
            RequireSameShape("take the inner product of", a, b);
            return new InnerProduct(a, b);
        }

        /// <summary>‖A‖_F².</summary>
        public static ScalarExpression SquaredNorm(MatrixExpression a) => new SquaredNorm(a);

        /// <summary>A rational constant.</summary>
        public static ScalarExpression Constant(BigRational value) => new ScalarConstant(value);

        /// <summary>A scalar symbol.</summary>
        public static ScalarExpression Scalar(SymbolName name) => new ScalarSymbol(name);

        /// <summary>The scalar sum; one term returns it.</summary>
        public static ScalarExpression Add(params ScalarExpression[] terms) => Add((IEnumerable<ScalarExpression>)terms);

        /// <summary>The scalar sum of the sequence (empty: 0).</summary>
        public static ScalarExpression Add(IEnumerable<ScalarExpression> terms)
        {
            var list = terms.ToArray();
            return list.Length == 0 ? Constant(0) : list.Length == 1 ? list[0] : new ScalarSum(EquatableArray<ScalarExpression>.Own(list));
        }

        /// <summary>The scalar product; one factor returns it.</summary>
        public static ScalarExpression Multiply(params ScalarExpression[] factors) => Multiply((IEnumerable<ScalarExpression>)factors);

        /// <summary>The scalar product of the sequence (empty: 1).</summary>
        public static ScalarExpression Multiply(IEnumerable<ScalarExpression> factors)
        {
            var list = factors.ToArray();
            return list.Length == 0 ? Constant(1) : list.Length == 1 ? list[0] : new ScalarProduct(EquatableArray<ScalarExpression>.Own(list));
        }

        private static void RequireSameShape(string verb, MatrixExpression a, MatrixExpression b)
        {
            if (!Equals(a.Shape, b.Shape))
            {
                throw new ShapeMismatchException($"Cannot {verb} {Describe(a)} and {Describe(b)}: shapes differ.");
            }
        }

        private static string Describe(MatrixExpression e)
        {
            string text = ExpressionPrinter.Ascii.Print(e);
            if (text.Length > 60)
            {
                text = text.Substring(0, 57) + "...";
            }

            return $"{text} ({e.Shape})";
        }
    }
}
