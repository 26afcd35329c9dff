using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Symbolic.Tests.Landscape;

public class AlgebraicValueRootsTests
{
    private static BigRational R(long n, long d = 1) => new(n, d);

    private static AlgebraicNumber Root(Polynomial m, BigRational low, BigRational high) => AlgebraicNumber.Create(m, low, high);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void The_roots_at_sqrt_2_are_exact_roots_of_f(int depth)
    {
        // y = √2: f(x; y)/x·(its √λ conjugate) = R(x) with y² = 2, a rational polynomial; each root is exactly one of its roots.
        var landscape = ScalarLandscape.Create(depth, R(1, 100));
        var y = Root(Polynomial.FromCoefficients(R(-2), R(0), R(1)), R(1), R(2));
        var set = AlgebraicValueRoots.Roots(landscape, y);
        Assert.Equal(ThresholdRelation.Above, set.RelationToCritical);
        Assert.Equal(depth == 2 ? 1 : 2, set.PositiveRoots.Count);
        var lambda = R(1, 100);
        var r = (Polynomial.Pow(Polynomial.Monomial(R(1), (2 * depth) - 2) + Polynomial.Constant(lambda), 2) - Polynomial.Monomial(2 * lambda, (2 * depth) - 4)).SquareFreePart();
        var expected = RealRootIsolation.IsolateSquareFree(r).Where(x => x.Sign > 0).OrderBy(x => x).ToList();
        Assert.Equal(expected, set.PositiveRoots.Select(p => p.Value).ToList());
        if (depth > 2)
        {
            Assert.Equal(new[] { RootLabel.SmallRoot, RootLabel.LargeRoot }, set.PositiveRoots.Select(p => p.Label));
        }
    }

    [Fact]
    public void A_rational_value_given_by_a_higher_degree_polynomial_agrees_with_the_rational_path()
    {
        var landscape = ScalarLandscape.Create(3, R(1, 2));
        var two = Root(Polynomial.FromCoefficients(R(-4), R(0), R(1)) * Polynomial.FromCoefficients(R(-3), R(0), R(1)), R(19, 10), R(21, 10));
        var set = AlgebraicValueRoots.Roots(landscape, two);
        Assert.Equal(landscape.Roots(2).PositiveRoots, set.PositiveRoots);
    }

    [Fact]
    public void Each_conjugate_gets_its_own_roots_by_rank()
    {
        // m = t^4 - 10t^2 + 1: roots ±√2 ± √3 (0.318, 3.146). Both |roots| above y_crit for small lambda: the ranks decide.
        var m = Polynomial.FromCoefficients(R(1), R(0), R(-10), R(0), R(1));
        var landscape = ScalarLandscape.Create(4, R(1, 1_000_000));
        var small = Root(m, R(3, 10), R(1, 3));
        var large = Root(m, R(3), R(4));
        Assert.Equal(ThresholdRelation.Above, AlgebraicValueRoots.CompareToCritical(landscape, small));
        foreach (var y in new[] { small, large })
        {
            var roots = AlgebraicValueRoots.Roots(landscape, y).PositiveRoots;
            Assert.Equal(2, roots.Count);
            double yd = y.ToDouble(), s = Math.Sqrt(1e-6);
            foreach (var root in roots)
            {
                double x = root.Value.ToDouble();
                double psi = (Math.Pow(x, 4) / s) + (s * Math.Pow(x, -2));
                Assert.Equal(1.0, psi / yd, 9);
            }
        }
    }

    [Fact]
    public void Threshold_relations_are_exact_at_irrational_values()
    {
        // L = 2: y_crit = sqrt(lambda). lambda = 2: y = √2 is exactly at the threshold, no positive root.
        var landscape = ScalarLandscape.Create(2, R(2));
        var sqrt2 = Root(Polynomial.FromCoefficients(R(-2), R(0), R(1)), R(1), R(2));
        Assert.Equal(ThresholdRelation.Equal, AlgebraicValueRoots.CompareToCritical(landscape, sqrt2));
        Assert.Empty(AlgebraicValueRoots.Roots(landscape, sqrt2).PositiveRoots);

        // L = 3 with lambda = lambda_crit(√2) = kappa·2^2: the double root x*.
        var kappa = ThresholdForms.CriticalConstant(3);
        var atCritical = ScalarLandscape.Create(3, kappa * 4);
        var set = AlgebraicValueRoots.Roots(atCritical, sqrt2);
        Assert.Equal(ThresholdRelation.Equal, set.RelationToCritical);
        Assert.Equal(RootLabel.DoubleRoot, Assert.Single(set.PositiveRoots).Label);
        Assert.Equal(ThresholdRelation.Below, AlgebraicValueRoots.CompareToCritical(ScalarLandscape.Create(3, kappa * 4 + R(1, 1_000_000_000)), sqrt2));
    }

    [Fact]
    public void The_squares_polynomial_has_the_squares_as_roots()
    {
        var m = Polynomial.FromCoefficients(R(-1), R(-1), R(1)); // golden ratio and its conjugate
        var n = AlgebraicValueRoots.SquaresPolynomial(m);
        // φ² and φ'² are the roots of t² - 3t + 1.
        Assert.Equal(Polynomial.FromCoefficients(R(1), R(-3), R(1)), n);
    }
}
