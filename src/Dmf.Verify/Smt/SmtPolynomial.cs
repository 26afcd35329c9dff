namespace Dmf.Verify.Smt;

/// <summary>
/// Reads a Real term built from numerals, declared constants, +, − and * back into an exact polynomial, so that our own
/// algebra can check what a query says (e.g. that a lemma's atoms are weighted-homogeneous).
/// </summary>
internal static class SmtPolynomial
{
    /// <summary>The term as a polynomial in the constants named <paramref name="variables"/> (in that order).</summary>
    public static MultivariatePolynomial From(SmtTerm term, IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(variables);
        int n = variables.Count;
        switch (term)
        {
            case SmtNumeral number:
                return MultivariatePolynomial.Constant(n, number.Value);
            case SmtConstant constant:
                {
                    int index = variables.ToList().IndexOf(constant.Name);
                    return index >= 0 ? MultivariatePolynomial.Variable(n, index) : throw new ArgumentException($"'{constant.Name}' is not among the variables.", nameof(term));
                }

            case SmtApplication { Operator: "+" } sum:
                return sum.Arguments.Aggregate(MultivariatePolynomial.Constant(n, BigRational.Zero), (a, t) => a.Add(From(t, variables)));
            case SmtApplication { Operator: "*" } product:
                return product.Arguments.Aggregate(MultivariatePolynomial.Constant(n, BigRational.One), (a, t) => a.Multiply(From(t, variables)));
            case SmtApplication { Operator: "-", Arguments.Count: 1 } negation:
                return From(negation.Arguments[0], variables).Scale(BigRational.MinusOne);
            case SmtApplication { Operator: "-" } difference:
                return From(difference.Arguments[0], variables).Subtract(From(difference.Arguments[1], variables));
            default:
                throw new ArgumentException($"Not a polynomial term: {term}.", nameof(term));
        }
    }

    /// <summary>The comparisons (&lt;, ≤, &gt;, ≥, =) inside a Bool term, in order, each as left − right.</summary>
    public static IEnumerable<SmtTerm> Atoms(SmtTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (term is SmtApplication { Operator: "<" or "<=" or ">" or ">=" or "=" } comparison && comparison.Arguments[0].Sort == SmtSort.Real)
        {
            yield return Terms.Subtract(comparison.Arguments[0], comparison.Arguments[1]);
        }
        else if (term is SmtApplication { Sort: SmtSort.Bool } application)
        {
            foreach (var atom in application.Arguments.SelectMany(Atoms))
            {
                yield return atom;
            }
        }
    }
}
