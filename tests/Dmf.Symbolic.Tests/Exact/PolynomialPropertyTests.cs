using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Tests.Support;
using FsCheck.Xunit;

namespace Dmf.Symbolic.Tests.Exact;

[Properties(Arbitrary = new[] { typeof(ExactArbitraries) }, Replay = ExactArbitraries.Seed, MaxTest = 150)]
public class PolynomialPropertyTests
{
    [Property]
    public bool DivRem_identity(Polynomial a, Polynomial b)
    {
        if (b.IsZero)
        {
            return true;
        }

        var q = Polynomial.DivRem(a, b, out var r);
        return q * b + r == a && r.Degree < b.Degree;
    }

    [Property]
    public bool Gcd_divides_both_and_is_monic(Polynomial a, Polynomial b)
    {
        var g = Polynomial.Gcd(a, b);
        if (g.IsZero)
        {
            return a.IsZero && b.IsZero;
        }

        return (a % g).IsZero && (b % g).IsZero && g.LeadingCoefficient == BigRational.One;
    }

    [Property]
    public bool Gcd_of_multiples_contains_the_common_factor(Polynomial a, Polynomial b, Polynomial c)
    {
        if (c.IsZero || (a.IsZero && b.IsZero))
        {
            return true;
        }

        var g = Polynomial.Gcd(a * c, b * c);
        return (g % c.Monic()).IsZero;
    }

    [Property]
    public bool Ring_laws(Polynomial a, Polynomial b, Polynomial c) =>
        a * (b + c) == a * b + a * c && a * b == b * a && (a - b) + b == a;

    [Property]
    public bool Evaluation_is_a_homomorphism(Polynomial a, Polynomial b, BigRational x) =>
        (a * b).Evaluate(x) == a.Evaluate(x) * b.Evaluate(x) && (a + b).Evaluate(x) == a.Evaluate(x) + b.Evaluate(x) &&
        a.Compose(b).Evaluate(x) == a.Evaluate(b.Evaluate(x));

    [Property]
    public bool Derivative_obeys_the_product_rule(Polynomial a, Polynomial b) =>
        (a * b).Derivative() == a.Derivative() * b + a * b.Derivative();

    [Property]
    public bool Square_free_decomposition_rebuilds_the_monic_polynomial(RootedPolynomial rooted)
    {
        var p = rooted.Polynomial;
        var rebuilt = Polynomial.One;
        foreach (var (factor, multiplicity) in p.SquareFreeDecomposition())
        {
            rebuilt *= Polynomial.Pow(factor, multiplicity);
        }

        return rebuilt == p.Monic();
    }
}
