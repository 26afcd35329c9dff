using System.Text;

namespace Dmf.Symbolic.Expressions
{
    /// <summary>
    /// Prints expression trees in one <see cref="Notation"/>. Deterministic: the same tree always gives the
    /// same text, independent of culture. Sums print negative terms with " - ".
    /// </summary>
    public sealed class ExpressionPrinter
    {
        /// <summary>Marks a place a line may break: before the sign of every term of a sum but the first.</summary>
        internal const char BreakMark = '\u001F';

        private readonly bool _marksBreaks;

        private ExpressionPrinter(Notation notation, bool marksBreaks = false)
        {
            Notation = notation;
            _marksBreaks = marksBreaks;
        }

        /// <summary>The ASCII printer.</summary>
        public static ExpressionPrinter Ascii { get; } = new ExpressionPrinter(Notation.Ascii);

        /// <summary>The Unicode printer.</summary>
        public static ExpressionPrinter Unicode { get; } = new ExpressionPrinter(Notation.Unicode);

        /// <summary>The LaTeX printer.</summary>
        public static ExpressionPrinter Latex { get; } = new ExpressionPrinter(Notation.Latex);

        /// <summary>The LaTeX printer that writes <see cref="BreakMark"/> where a long line may break (for <c>LatexLines</c>).</summary>
        internal static ExpressionPrinter LatexWithBreaks { get; } = new ExpressionPrinter(Notation.Latex, marksBreaks: true);

        /// <summary>This printer's notation.</summary>
        public Notation Notation { get; }

        /// <summary>The printer for a notation.</summary>
        public static ExpressionPrinter For(Notation notation) => notation switch
        {
            Notation.Ascii => Ascii,
            Notation.Unicode => Unicode,
            Notation.Latex => Latex,
            _ => throw new ArgumentOutOfRangeException(nameof(notation), notation, "Unknown notation."),
        };

        /// <summary>Prints a matrix expression.</summary>
        public string Print(MatrixExpression expression) => Matrix(expression);

        /// <summary>Prints a scalar expression.</summary>
        public string Print(ScalarExpression expression) => Scalar(expression);

        /// <summary>Prints a name (W_3, λ₁, \Delta_{2}, W_{3:1}).</summary>
        public string Name(SymbolName name)
        {
            string @base = Notation switch
            {
                Notation.Unicode => name.Base switch { "lambda" => "λ", "Delta" => "Δ", _ => name.Base },
                Notation.Latex => name.Base switch { "lambda" => "\\lambda", "Delta" => "\\Delta", _ => name.Base },
                _ => name.Base,
            };
            if (name.Subscript is not { } subscript)
            {
                return @base;
            }

            if (Notation == Notation.Latex)
            {
                return $"{@base}_{{{subscript}}}";
            }

            if (Notation == Notation.Unicode && name.Label is null && name.Indices.Count == 1 && name.Indices[0] >= 0)
            {
                return @base + new string(subscript.Select(c => (char)('₀' + (c - '0'))).ToArray());
            }

            return subscript.Length == 1 ? $"{@base}_{subscript}" : $"{@base}_{{{subscript}}}";
        }

        private string Matrix(MatrixExpression expression) => expression switch
        {
            MatrixSymbol symbol => Name(symbol.Name),
            NamedMatrix named => Name(named.Name),
            MatrixProduct product => string.Join(ProductSeparator, product.Factors.Select(Factor)),
            MatrixSum sum => JoinTerms(sum.Terms.Select(Matrix), _marksBreaks),
            Transpose transpose => Atomic(transpose.Operand) + TransposeMark,
            ScalarMultiple multiple => Multiple(multiple),
            IdentityMatrix => "I",
            ZeroMatrix => "0",
            MatrixDifferential differential => $"{DifferentialMark}({Matrix(differential.Operand)})",
            _ => throw new NotSupportedException($"No printing rule for {expression.GetType().Name}."),
        };

        private string Scalar(ScalarExpression expression) => expression switch
        {
            ScalarConstant constant => Rational(constant.Value),
            ScalarSymbol symbol => Name(symbol.Name),
            ScalarSum sum => JoinTerms(sum.Terms.Select(Scalar), _marksBreaks),
            ScalarProduct product => ScalarProductText(product),
            InnerProduct inner => Notation switch
            {
                Notation.Ascii => $"<{Matrix(inner.Left)}, {Matrix(inner.Right)}>",
                Notation.Unicode => $"⟨{Matrix(inner.Left)}, {Matrix(inner.Right)}⟩",
                _ => $"\\langle {Matrix(inner.Left)}, {Matrix(inner.Right)} \\rangle",
            },
            SquaredNorm norm => Notation switch
            {
                Notation.Ascii => $"||{Matrix(norm.Operand)}||_F^2",
                Notation.Unicode => $"‖{Matrix(norm.Operand)}‖²",
                _ => $"\\lVert {Matrix(norm.Operand)} \\rVert_F^{{2}}",
            },
            ScalarDifferential differential => $"{DifferentialMark}({Scalar(differential.Operand)})",
            _ => throw new NotSupportedException($"No printing rule for {expression.GetType().Name}."),
        };

        private string ProductSeparator => Notation switch { Notation.Ascii => "*", Notation.Unicode => "", _ => " " };

        private string TransposeMark => Notation switch { Notation.Ascii => "^T", Notation.Unicode => "ᵀ", _ => "^{\\top}" };

        private string DifferentialMark => Notation == Notation.Latex ? "\\mathrm{d}" : "d";

        private string Factor(MatrixExpression factor) =>
            factor is MatrixSum || factor is ScalarMultiple ? $"({Matrix(factor)})" : Matrix(factor);

        private string Atomic(MatrixExpression operand) =>
            operand is MatrixSymbol || operand is NamedMatrix || operand is IdentityMatrix || operand is ZeroMatrix
                ? Matrix(operand)
                : $"({Matrix(operand)})";

        private string Multiple(ScalarMultiple multiple)
        {
            string operand = multiple.Operand is MatrixSum ? $"({Matrix(multiple.Operand)})" : Matrix(multiple.Operand);
            if (multiple.Scalar is ScalarConstant constant)
            {
                if (constant.Value == BigRational.One)
                {
                    return operand;
                }

                if (constant.Value == BigRational.MinusOne)
                {
                    return "-" + operand;
                }
            }

            return Coefficient(multiple.Scalar) + ProductSeparator + operand;
        }

        private string Coefficient(ScalarExpression scalar)
        {
            string text = Scalar(scalar);
            return scalar is ScalarSum ? $"({text})" : text;
        }

        private string ScalarProductText(ScalarProduct product)
        {
            var builder = new StringBuilder();
            for (int k = 0; k < product.Factors.Count; k++)
            {
                var factor = product.Factors[k];
                if (k == 0 && factor is ScalarConstant c && c.Value == BigRational.MinusOne && product.Factors.Count > 1)
                {
                    builder.Append('-');
                    continue;
                }

                if (builder.Length > 0 && builder[builder.Length - 1] != '-')
                {
                    builder.Append(ScalarSeparator);
                }

                string text = Scalar(factor);
                builder.Append(factor is ScalarSum || (factor is ScalarConstant constant && constant.Value.Sign < 0 && k > 0) ? $"({text})" : text);
            }

            return builder.ToString();
        }

        private string ScalarSeparator => Notation switch { Notation.Ascii => "*", Notation.Unicode => "", _ => " " };

        private string Rational(BigRational value)
        {
            if (Notation == Notation.Latex && !value.IsInteger)
            {
                string sign = value.Sign < 0 ? "-" : string.Empty;
                var magnitude = BigRational.Abs(value);
                return Invariant($"{sign}\\frac{{{magnitude.Numerator}}}{{{magnitude.Denominator}}}");
            }

            return value.ToString();
        }

        private static string JoinTerms(System.Collections.Generic.IEnumerable<string> terms, bool marksBreaks)
        {
            string mark = marksBreaks ? BreakMark.ToString() : string.Empty;
            var builder = new StringBuilder();
            foreach (var term in terms)
            {
                if (builder.Length == 0)
                {
                    builder.Append(term);
                }
                else if (term.StartsWith("-", StringComparison.Ordinal))
                {
                    builder.Append(mark).Append(" - ").Append(term.Substring(1));
                }
                else
                {
                    builder.Append(mark).Append(" + ").Append(term);
                }
            }

            return builder.ToString();
        }
    }
}
