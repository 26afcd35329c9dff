using Dmf.Symbolic.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The scalar quantities of docs/theory.md §2 as SMT terms: <see cref="ScalarTheory"/>'s polynomials printed with x, y,
/// s = √λ and λ bound to the given terms (numerals or variables; powers as repeated products). Nothing is re-typed here.
/// </summary>
internal static class ScalarForms
{
    /// <summary>
    /// f(x; y)/x = x^{2L−2} − s·y·x^{L−2} + λ: the same positive roots and, for x &gt; 0, the same sign as f, one degree
    /// lower (the lemma audit uses it: Z3's nlsat proves more within the budget this way).
    /// </summary>
    public static SmtTerm FOverX(int depth, SmtTerm x, SmtTerm y, SmtTerm s, SmtTerm lambda) => Print(ScalarTheory.FOverX(depth), x, y, s, lambda);

    /// <summary>f'(x; y) = (2L−1)x^{2L−2} − (L−1)·s·y·x^{L−2} + λ.</summary>
    public static SmtTerm FDerivative(int depth, SmtTerm x, SmtTerm y, SmtTerm s, SmtTerm lambda) => Print(ScalarTheory.FDerivative(depth), x, y, s, lambda);

    /// <summary>A polynomial in <see cref="ScalarTheory"/>'s variables with x, y, s, λ bound to terms.</summary>
    public static SmtTerm Print(MultivariatePolynomial p, SmtTerm x, SmtTerm y, SmtTerm s, SmtTerm lambda) =>
        PinnedReals.PolynomialAt(p, new[] { x, y, s, lambda });
}
