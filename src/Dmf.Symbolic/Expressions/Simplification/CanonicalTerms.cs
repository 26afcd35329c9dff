using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Symbolic.Expressions.Simplification
{
    /// <summary>One term of a canonical matrix sum: rational · scalar factors · (A_1⋯A_n), the A_k canonical atoms.</summary>
    internal sealed class MatrixTerm
    {
        public MatrixTerm(BigRational coefficient, IReadOnlyList<ScalarExpression> scalarFactors, IReadOnlyList<MatrixExpression> word)
        {
            Coefficient = coefficient;
            ScalarFactors = scalarFactors;
            Word = word;
        }

        public BigRational Coefficient { get; }

        public IReadOnlyList<ScalarExpression> ScalarFactors { get; }

        public IReadOnlyList<MatrixExpression> Word { get; }

        /// <summary>What makes two terms like terms: their scalar factors and their word, compared structurally.</summary>
        public TermIdentity Identity => _identity ??= new TermIdentity(new EquatableArray<ScalarExpression>(ScalarFactors), new EquatableArray<MatrixExpression>(Word));

        // The display keys (the sum's printed order) are computed on first use: most intermediate terms are never sorted.
        public string WordKey => _wordKey ??= string.Join("*", Word.Select(AtomText.Of));

        public string ScalarKey => _scalarKey ??= string.Join("*", ScalarFactors.Select(AtomText.Of));

        private TermIdentity? _identity;
        private string? _wordKey;
        private string? _scalarKey;

        public MatrixTerm WithCoefficient(BigRational coefficient) =>
            new MatrixTerm(coefficient, ScalarFactors, Word) { _identity = _identity, _wordKey = _wordKey, _scalarKey = _scalarKey };
    }

    /// <summary>One term of a canonical scalar sum: rational · (sorted non-constant factors).</summary>
    internal sealed class ScalarTerm
    {
        public ScalarTerm(BigRational coefficient, IReadOnlyList<ScalarExpression> factors)
        {
            Coefficient = coefficient;
            Factors = factors;
        }

        public BigRational Coefficient { get; }

        public IReadOnlyList<ScalarExpression> Factors { get; }

        /// <summary>What makes two terms like terms: their factors, compared structurally.</summary>
        public EquatableArray<ScalarExpression> Identity => _identity ??= new EquatableArray<ScalarExpression>(Factors);

        /// <summary>The display key (the sum's printed order).</summary>
        public string Key => _key ??= string.Join("*", Factors.Select(AtomText.Of));

        private EquatableArray<ScalarExpression>? _identity;
        private string? _key;
    }

    /// <summary>The structural identity of a matrix term: like terms have equal identities (and their coefficients add).</summary>
    internal sealed record TermIdentity(EquatableArray<ScalarExpression> Scalars, EquatableArray<MatrixExpression> Word);

    /// <summary>
    /// The ASCII text of expression nodes, remembered per node instance within a simplification session: the display
    /// order of a canonical sum's terms and factors (which terms are alike is decided structurally, not by this text).
    /// </summary>
    internal static class AtomText
    {
        public static string Of(MatrixExpression node) => Of(node, n => ExpressionPrinter.Ascii.Print((MatrixExpression)n));

        public static string Of(ScalarExpression node) => Of(node, n => ExpressionPrinter.Ascii.Print((ScalarExpression)n));

        private static string Of(object node, System.Func<object, string> print)
        {
            var cache = SimplificationCache.Current;
            if (cache is null)
            {
                return print(node);
            }

            if (!cache.Texts.TryGetValue(node, out var text))
            {
                text = print(node);
                cache.Texts[node] = text;
            }

            return text;
        }
    }
}
