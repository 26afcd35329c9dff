using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Symbolic.Tests.Landscape;

/// <summary>The scalar forms are defined once and hang together; the root elimination keeps signs at the roots.</summary>
public class ScalarTheoryTests
{
    private static BigRational Q(string text) => BigRational.Parse(text);

    public static TheoryData<int> Depths() => new() { 2, 3, 4, 5, 7, 10, 16 };

    [Theory]
    [MemberData(nameof(Depths))]
    public void The_slot_loss_derivative_is_2L_times_f(int depth)
    {
        // docs/theory.md §2.1: g' = (2L/λ) f, i.e. (λg)' = 2L·f as polynomials.
        var derivative = ScalarTheory.ScaledSlotLoss(depth).Derivative(ScalarTheory.X);
        Assert.True(derivative.Subtract(ScalarTheory.F(depth).Scale(2 * depth)).IsZero);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public void F_is_x_times_n_minus_s_d_and_the_derivative_is_derived(int depth)
    {
        var x = ScalarTheory.Variable(ScalarTheory.X);
        Assert.True(ScalarTheory.F(depth).Subtract(x.Multiply(ScalarTheory.FOverX(depth))).IsZero);
        var byHand = ScalarTheory.Variable(ScalarTheory.X).Power((2 * depth) - 2).Scale((2 * depth) - 1)
            .Subtract(ScalarTheory.Variable(ScalarTheory.S).Multiply(ScalarTheory.Variable(ScalarTheory.Y)).Multiply(x.Power(depth - 2)).Scale(depth - 1))
            .Add(ScalarTheory.Variable(ScalarTheory.Lambda));
        Assert.True(ScalarTheory.FDerivative(depth).Subtract(byHand).IsZero);
    }

    [Fact]
    public void The_text_of_a_form_is_printed_from_its_polynomial()
    {
        Assert.Equal("x^5 - sqrt(lambda)*y*x^2 + lambda*x", ScalarText.Of(ScalarTheory.F(3)));
        Assert.Equal("3*x^2 - sqrt(lambda)*y + lambda", ScalarText.Of(ScalarTheory.FDerivative(2)));
        Assert.Equal("x^8 + 2*lambda*x^4 - lambda*y^2*x^2 + lambda^2", ScalarText.Of(ScalarTheory.RootPolynomial(3)));
        Assert.Equal("-x^2 - 1", ScalarText.Of(ScalarTheory.Variable(ScalarTheory.X).Power(2).Add(ScalarTheory.Constant(1)).Scale(-1)));
        Assert.Equal("0", ScalarText.Of(ScalarTheory.Constant(0)));
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public void The_slot_loss_at_a_root_is_its_y_free_form(int depth)
    {
        // λ·g·x^{2L−4} − λ·(L·x^{2L−2} + λ) vanishes modulo f/x (monic in x) once s² = λ: g = (L·x^{2L−2} + λ)/x^{2L−4} at a root.
        var lambda = ScalarTheory.Variable(ScalarTheory.Lambda);
        var difference = ScalarTheory.ScaledSlotLoss(depth).Multiply(ScalarTheory.SlotLossAtRootDenominator(depth))
            .Subtract(lambda.Multiply(ScalarTheory.SlotLossAtRootNumerator(depth)));
        var remainder = ScalarTheory.WithSquareRootReduced(difference.RemainderByMonic(ScalarTheory.X, ScalarTheory.FOverX(depth)));
        Assert.True(remainder.IsZero);
        Assert.False(ScalarTheory.WithSquareRootReduced(difference.Add(lambda).RemainderByMonic(ScalarTheory.X, ScalarTheory.FOverX(depth))).IsZero);
    }

    [Theory]
    [InlineData(3, "0.48", "2")]
    [InlineData(3, "0.48", "1.6")]
    [InlineData(4, "0.2401", "2.5")]
    [InlineData(7, "0.0078125", "3")]
    [InlineData(2, "0.54", "2")]
    public void Gain_and_slot_loss_agree_at_every_positive_root(int depth, string lambdaText, string yText)
    {
        // s·(g − y²) = −y·x^L + (L−1)·s·x² holds at the roots of f: both eliminate to polynomials equal there.
        var lambda = Q(lambdaText);
        var y = Q(yText);
        var elimination = new RootElimination(depth, y, lambda);
        var s = ScalarTheory.Variable(ScalarTheory.S);
        var lhs = s.Multiply(ScalarTheory.ScaledSlotLoss(depth).Subtract(ScalarTheory.Variable(ScalarTheory.Lambda).Multiply(ScalarTheory.Variable(ScalarTheory.Y).Power(2))));
        var rhs = ScalarTheory.Variable(ScalarTheory.Lambda).Multiply(ScalarTheory.ScaledGainAtRoot(depth));
        var difference = elimination.Eliminate(lhs) - elimination.Eliminate(rhs);
        var roots = ScalarLandscape.Create(depth, lambda).Roots(y).PositiveRoots;
        Assert.NotEmpty(roots);
        Assert.All(roots, root => Assert.Equal(0, root.Value.SignOf(difference)));
    }

    [Theory]
    [InlineData(3, "0.48", "2")]
    [InlineData(5, "0.03125", "2")]
    [InlineData(16, "0.5", "3")]
    public void The_root_polynomial_is_the_landscapes_and_its_positive_roots_are_the_roots_of_f(int depth, string lambdaText, string yText)
    {
        var lambda = Q(lambdaText);
        var y = Q(yText);
        var landscape = ScalarLandscape.Create(depth, lambda);
        var elimination = new RootElimination(depth, y, lambda);
        Assert.Equal(landscape.RootPolynomial(y), elimination.RootPolynomial);
        var positive = RealRootIsolation.Isolate(elimination.RootPolynomial).Where(r => r.Value.Sign > 0).ToList();
        Assert.Equal(landscape.Roots(y).PositiveRoots.Count, positive.Count);

        // f(σ) = σ(N − √λ·D) with N − √λ·D = 0 ⇔ N² = λD² for N, D > 0: checked in doubles at each root (tolerance 1e-9 relative).
        foreach (var root in positive)
        {
            var point = root.Value.Refine(BigRational.FromBinary(1, -80)).Interval.Lower;
            double x = point.ToDouble();
            double n = elimination.Numerator.Evaluate(point).ToDouble();
            double d = elimination.Denominator.Evaluate(point).ToDouble();
            Assert.True(Math.Abs(n - (Math.Sqrt(lambda.ToDouble()) * d)) <= 1e-9 * Math.Max(1, n), $"x = {x}");
        }
    }

    [Theory]
    [InlineData(3, "0.48", "2", 1)]
    [InlineData(3, "0.48", "2", 2)]
    [InlineData(6, "0.3", "2.2", 3)]
    [InlineData(11, "0.9", "3", 4)]
    public void Elimination_keeps_the_sign_of_any_polynomial_in_x_and_s_at_the_roots(int depth, string lambdaText, string yText, int seed)
    {
        // Random c(x, s): the sign of Q(σ) equals the sign of c(σ, √λ), the latter from a 200-digit enclosure of σ and √λ.
        var lambda = Q(lambdaText);
        var y = Q(yText);
        var elimination = new RootElimination(depth, y, lambda);
        var random = new Random(seed);
        var landscape = ScalarLandscape.Create(depth, lambda);
        var sqrt = landscape.SquareRootOfLambda.Refine(BigRational.FromBinary(1, -600));
        for (int trial = 0; trial < 10; trial++)
        {
            var c = ScalarTheory.Constant(BigRational.Zero);
            for (int term = 0; term < 4; term++)
            {
                c = c.Add(ScalarTheory.Variable(ScalarTheory.X).Power(random.Next(0, 2 * depth)).Multiply(ScalarTheory.Variable(ScalarTheory.S).Power(random.Next(0, 3))).Scale(new BigRational(random.Next(-9, 10), random.Next(1, 5))));
            }

            var q = elimination.Eliminate(c);
            foreach (var root in landscape.Roots(y).PositiveRoots)
            {
                var sigma = root.Value.Refine(BigRational.FromBinary(1, -600));
                int sign = root.Value.SignOf(q);
                var (low, high) = Enclose(c, sigma.Interval, sqrt.Interval);
                if (low.Sign > 0)
                {
                    Assert.Equal(1, sign);
                }
                else if (high.Sign < 0)
                {
                    Assert.Equal(-1, sign);
                }
            }
        }
    }

    [Fact]
    public void Elimination_needs_a_positive_y_and_lambda()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RootElimination(3, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RootElimination(3, 1, 0));
    }

    private static (BigRational Low, BigRational High) Enclose(MultivariatePolynomial c, IsolatingInterval x, IsolatingInterval s)
    {
        // Interval evaluation with x, s > 0: monomials are monotone in each variable.
        var low = BigRational.Zero;
        var high = BigRational.Zero;
        foreach (var (exponents, coefficient) in c.Terms)
        {
            var a = BigRational.Pow(x.Lower, exponents[ScalarTheory.X]) * BigRational.Pow(s.Lower, exponents[ScalarTheory.S]);
            var b = BigRational.Pow(x.Upper, exponents[ScalarTheory.X]) * BigRational.Pow(s.Upper, exponents[ScalarTheory.S]);
            low += coefficient.Sign > 0 ? coefficient * a : coefficient * b;
            high += coefficient.Sign > 0 ? coefficient * b : coefficient * a;
        }

        return (low, high);
    }
}
