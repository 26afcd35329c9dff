using Dmf.Symbolic.Exact;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The scalar quantities of theory.md §2–§3 as SMT terms in x, y, s = √λ and λ (powers as repeated products):
/// f, f', and the curvature of F along the balanced scaling W(1 + t) of one slot (second and third derivative,
/// cleared of √λ by multiplying with λ).
/// </summary>
public static class ScalarForms
{
    /// <summary>f(x; y) = x^{2L−1} − s·y·x^{L−1} + λx.</summary>
    public static SmtTerm F(int depth, SmtTerm x, BigRational y, SmtTerm s, BigRational lambda) => Terms.Add(
        Terms.Power(x, (2 * depth) - 1),
        Terms.Multiply(Terms.Number(-y), s, Terms.Power(x, depth - 1)),
        Terms.Multiply(Terms.Number(lambda), x));

    /// <summary>f'(x; y) = (2L−1)x^{2L−2} − (L−1)·s·y·x^{L−2} + λ.</summary>
    public static SmtTerm FDerivative(int depth, SmtTerm x, BigRational y, SmtTerm s, BigRational lambda) => Terms.Add(
        Terms.Multiply(Terms.Number((2 * depth) - 1), Terms.Power(x, (2 * depth) - 2)),
        Terms.Multiply(Terms.Number(-(depth - 1) * y), s, Terms.Power(x, depth - 2)),
        Terms.Number(lambda));

    /// <summary>
    /// λ·d²/dt² F(W(1+t)) at t = 0 for one slot with value σ carrying y: with P = σ^L/s,
    /// F'' = 2L²P² + 2L(L−1)P(P − y) + 2Lσ², so λF'' = (2L² + 2L(L−1))σ^{2L} − 2L(L−1)·y·s·σ^L + 2Lλσ².
    /// </summary>
    public static SmtTerm BalancedSecond(int depth, SmtTerm sigma, BigRational y, SmtTerm s, BigRational lambda)
    {
        int l = depth;
        return Terms.Add(
            Terms.Multiply(Terms.Number((2 * l * l) + (2 * l * (l - 1))), Terms.Power(sigma, 2 * l)),
            Terms.Multiply(Terms.Number(-2 * l * (l - 1) * y), s, Terms.Power(sigma, l)),
            Terms.Multiply(Terms.Number(2 * l * lambda), Terms.Power(sigma, 2)));
    }

    /// <summary>
    /// λ·d³/dt³ F(W(1+t)) at t = 0: F''' = (2L²(2L−2) + 2L²(L−1))P² + 2L(L−1)(L−2)P(P − y); positive means F
    /// decreases for t &lt; 0 when F'' = 0.
    /// </summary>
    public static SmtTerm BalancedThird(int depth, SmtTerm sigma, BigRational y, SmtTerm s)
    {
        int l = depth;
        return Terms.Add(
            Terms.Multiply(Terms.Number((2 * l * l * ((2 * l) - 2)) + (2 * l * l * (l - 1)) + (2 * l * (l - 1) * (l - 2))), Terms.Power(sigma, 2 * l)),
            Terms.Multiply(Terms.Number(-2 * l * (l - 1) * (l - 2) * y), s, Terms.Power(sigma, l)));
    }
}
