using Dmf.Symbolic.Exact;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The scalar quantities of docs/theory.md §2 as SMT terms in x, y, s = √λ and λ (numerals or variables; powers as
/// repeated products):
/// f and f' (the witness curvatures come from Dmf.Symbolic, <see cref="CurvatureWitness"/>).
/// </summary>
internal static class ScalarForms
{
    /// <summary>f(x; y) = x^{2L−1} − s·y·x^{L−1} + λx.</summary>
    public static SmtTerm F(int depth, SmtTerm x, SmtTerm y, SmtTerm s, SmtTerm lambda) => Terms.Add(
        Terms.Power(x, (2 * depth) - 1),
        Terms.Negate(Terms.Multiply(s, y, Terms.Power(x, depth - 1))),
        Terms.Multiply(lambda, x));

    /// <summary>
    /// f(x; y)/x = x^{2L−2} − s·y·x^{L−2} + λ: the same positive roots and, for x &gt; 0, the same sign as f, one degree
    /// lower (the lemma audit uses it: Z3's nlsat proves more within the budget this way).
    /// </summary>
    public static SmtTerm FOverX(int depth, SmtTerm x, SmtTerm y, SmtTerm s, SmtTerm lambda) => Terms.Add(
        Terms.Power(x, (2 * depth) - 2),
        Terms.Negate(Terms.Multiply(s, y, Terms.Power(x, depth - 2))),
        lambda);

    /// <summary>f'(x; y) = (2L−1)x^{2L−2} − (L−1)·s·y·x^{L−2} + λ.</summary>
    public static SmtTerm FDerivative(int depth, SmtTerm x, SmtTerm y, SmtTerm s, SmtTerm lambda) => Terms.Add(
        Terms.Multiply(Terms.Number((2 * depth) - 1), Terms.Power(x, (2 * depth) - 2)),
        Terms.Multiply(Terms.Number(-(depth - 1)), s, y, Terms.Power(x, depth - 2)),
        lambda);
}
