using Dmf.Symbolic.Exact;

namespace Dmf.Symbolic.Tests.Exact;

public class PolynomialTests
{
    private static Polynomial P(params int[] ascending) => Polynomial.FromCoefficients(ascending.Select(c => (BigRational)c).ToArray());

    [Fact]
    public void ToString_uses_descending_powers_and_exact_coefficients()
    {
        var p = Polynomial.FromCoefficients(new BigRational(1, 2), 0, -3, 0, 0, 1);
        Assert.Equal("x^5 - 3*x^2 + 1/2", p.ToString());
        Assert.Equal("-t^2 + 3/4*t - 1", Polynomial.FromCoefficients(-1, new BigRational(3, 4), -1).ToString("t"));
        Assert.Equal("0", Polynomial.Zero.ToString());
        Assert.Equal("-x", (-Polynomial.X).ToString());
    }

    [Fact]
    public void Degree_and_coefficients()
    {
        var p = P(1, 0, 0, 4);
        Assert.Equal(3, p.Degree);
        Assert.Equal((BigRational)4, p.LeadingCoefficient);
        Assert.Equal((BigRational)0, p[1]);
        Assert.Equal(2, p.TermCount);
        Assert.Equal(-1, Polynomial.Zero.Degree);
        Assert.True((p - p).IsZero);
    }

    [Fact]
    public void DivRem_by_a_known_factor()
    {
        // (x^3 - 6x^2 + 11x - 6) = (x - 1)(x - 2)(x - 3)
        var cubic = P(-6, 11, -6, 1);
        var quotient = Polynomial.DivRem(cubic, P(-1, 1), out var remainder);
        Assert.True(remainder.IsZero);
        Assert.Equal(P(6, -5, 1), quotient);
        Polynomial.DivRem(P(1, 0, 1), P(-1, 1), out var r2);
        Assert.Equal(P(2), r2);
        Assert.Throws<DivideByZeroException>(() => Polynomial.DivRem(P(1), Polynomial.Zero, out _));
    }

    [Fact]
    public void Gcd_is_monic_and_finds_common_factors()
    {
        var a = P(-1, 1) * P(-2, 1) * P(5, 0, 1);
        var b = P(-2, 1) * P(5, 0, 1) * P(7, 3);
        Assert.Equal(P(-2, 1) * P(5, 0, 1), Polynomial.Gcd(a, b));
        Assert.Equal(Polynomial.One, Polynomial.Gcd(P(-1, 1), P(-2, 1)));
        Assert.True(Polynomial.Gcd(Polynomial.Zero, Polynomial.Zero).IsZero);
        Assert.Equal(P(-3, 1), Polynomial.Gcd(Polynomial.Zero, P(-6, 2)));
    }

    [Fact]
    public void Square_free_part_and_decomposition()
    {
        var p = P(-1, 1) * Polynomial.Pow(P(-2, 1), 2) * Polynomial.Pow(P(1, 0, 1), 3) * 5;
        Assert.Equal(P(-1, 1) * P(-2, 1) * P(1, 0, 1), p.SquareFreePart());
        var factors = p.SquareFreeDecomposition();
        Assert.Equal(new[] { (P(-1, 1), 1), (P(-2, 1), 2), (P(1, 0, 1), 3) }, factors.Select(f => (f.Factor, f.Multiplicity)));
    }

    [Fact]
    public void Derivative_and_compose()
    {
        Assert.Equal(P(0, 2, 0, 12), P(7, 0, 1, 0, 3).Derivative());
        Assert.True(P(5).Derivative().IsZero);

        // (x^2 + 1) ∘ (x + 1) = x^2 + 2x + 2
        Assert.Equal(P(2, 2, 1), P(1, 0, 1).Compose(P(1, 1)));
        Assert.Equal(P(1, 0, 0, 0, 1), P(1, 0, 1).Compose(P(0, 0, 1)));
    }

    [Fact]
    public void Exact_and_double_evaluation()
    {
        var p = Polynomial.FromCoefficients(new BigRational(1, 2), 0, -3, 0, 0, 1);
        var x = new BigRational(2, 3);
        var expected = BigRational.Pow(x, 5) - 3 * x * x + new BigRational(1, 2);
        Assert.Equal(expected, p.Evaluate(x));
        Assert.Equal(expected.Sign, p.SignAt(x));
        Assert.Equal(expected.ToDouble(), p.Evaluate(2.0 / 3.0), 12);
        Assert.Equal(BigRational.Zero, Polynomial.Zero.Evaluate(x));
        Assert.Equal(0, P(-4, 0, 1).SignAt(-2));
        Assert.Equal(-1, P(-4, 0, 1).SignAt(new BigRational(-3, 2)));
    }

    [Fact]
    public void FromTerms_adds_repeated_exponents()
    {
        var p = Polynomial.FromTerms(new[] { new Term(2, 1), new Term(0, 3), new Term(2, -1), new Term(1, 2) });
        Assert.Equal(P(3, 2), p);
    }
}
