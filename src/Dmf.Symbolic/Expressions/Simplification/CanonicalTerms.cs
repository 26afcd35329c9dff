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

        private TermIdentity? _identity;

        public MatrixTerm WithCoefficient(BigRational coefficient) => new MatrixTerm(coefficient, ScalarFactors, Word) { _identity = _identity };
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

        private EquatableArray<ScalarExpression>? _identity;
    }

    /// <summary>The structural identity of a matrix term: like terms have equal identities (and their coefficients add).</summary>
    internal sealed record TermIdentity(EquatableArray<ScalarExpression> Scalars, EquatableArray<MatrixExpression> Word);
}
