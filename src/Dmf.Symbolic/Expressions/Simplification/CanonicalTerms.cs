using System.Collections.Generic;
using System.Linq;
using Dmf.Symbolic.Exact;
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
            WordKey = string.Join("*", word.Select(ExpressionPrinter.Ascii.Print));
            ScalarKey = string.Join("*", scalarFactors.Select(ExpressionPrinter.Ascii.Print));
        }

        public BigRational Coefficient { get; }

        public IReadOnlyList<ScalarExpression> ScalarFactors { get; }

        public IReadOnlyList<MatrixExpression> Word { get; }

        public string WordKey { get; }

        public string ScalarKey { get; }

        public string Key => ScalarKey + "|" + WordKey;

        public MatrixTerm WithCoefficient(BigRational coefficient) => new MatrixTerm(coefficient, ScalarFactors, Word);
    }

    /// <summary>One term of a canonical scalar sum: rational · (sorted non-constant factors).</summary>
    internal sealed class ScalarTerm
    {
        public ScalarTerm(BigRational coefficient, IReadOnlyList<ScalarExpression> factors)
        {
            Coefficient = coefficient;
            Factors = factors;
            Key = string.Join("*", factors.Select(ExpressionPrinter.Ascii.Print));
        }

        public BigRational Coefficient { get; }

        public IReadOnlyList<ScalarExpression> Factors { get; }

        public string Key { get; }
    }
}
