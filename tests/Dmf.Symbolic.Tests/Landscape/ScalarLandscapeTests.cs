using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Symbolic.Tests.Landscape;

public class ScalarLandscapeTests
{
    private static BigRational Q(string text) => BigRational.Parse(text);

    [Theory]
    [InlineData(2, "1.000000", "1.000000")]
    [InlineData(3, "1.754765", "2.000000")]
    [InlineData(4, "1.889882", "2.381102")]
    [InlineData(5, "1.937819", "2.649351")]
    [InlineData(6, "1.960132", null)]
    public void Threshold_constants_of_theory_section_2_1(int depth, string crit, string? glob)
    {
        // With λ = 1 the thresholds are the constants y/λ^{1/(2L−2)} themselves.
        var landscape = ScalarLandscape.Create(depth, 1);
        Assert.Equal(crit, landscape.CriticalThreshold.ToDecimalString(6));
        if (glob != null)
        {
            Assert.Equal(glob, landscape.GlobalThreshold.ToDecimalString(6));
        }
    }

    [Fact]
    public void Thresholds_scale_with_lambda()
    {
        // y_crit = 1.754765 · λ^{1/4} for L = 3, λ = 0.48 (docs/theory.md §5: 1.4606).
        var landscape = ScalarLandscape.FromLayerRegularizations(new[] { Q("0.5"), Q("0.8"), Q("1.2") });
        Assert.Equal(Q("0.48"), landscape.LambdaProduct);
        Assert.Equal("1.4606", landscape.CriticalThreshold.ToDecimalString(4));
        Assert.Equal("1.6647", landscape.GlobalThreshold.ToDecimalString(4));
    }

    [Fact]
    public void Roots_of_the_L3_example()
    {
        var landscape = ScalarLandscape.FromLayerRegularizations(new[] { Q("0.5"), Q("0.8"), Q("1.2") });
        var atTwo = landscape.Roots(2);
        Assert.Equal(ThresholdRelation.Above, atTwo.RelationToCritical);
        Assert.Equal(ThresholdRelation.Above, atTwo.RelationToGlobal);
        Assert.Equal(new[] { RootLabel.SmallRoot, RootLabel.LargeRoot }, atTwo.PositiveRoots.Select(r => r.Label));
        Assert.Equal("0.9604", atTwo.PositiveRoots[1].Value.ToDecimalString(4));

        var atOnePointSix = landscape.Roots(Q("1.6"));
        Assert.Equal(ThresholdRelation.Above, atOnePointSix.RelationToCritical);
        Assert.Equal(ThresholdRelation.Below, atOnePointSix.RelationToGlobal);
        Assert.Equal(new[] { "0.4815", "0.7970" }, atOnePointSix.PositiveRoots.Select(r => r.Value.ToDecimalString(4)));
    }

    [Fact]
    public void Roots_of_the_L2_and_L4_examples()
    {
        var two = ScalarLandscape.FromLayerRegularizations(new[] { Q("0.6"), Q("0.9") });
        Assert.Equal("0.9642", two.Roots(2).PositiveRoots.Single().Value.ToDecimalString(4));
        Assert.Equal(RootLabel.SoftThresholdRoot, two.Roots(2).PositiveRoots.Single().Label);
        Assert.Equal("0.5847", two.Roots(Q("1.2")).PositiveRoots.Single().Value.ToDecimalString(4));
        Assert.Empty(two.Roots(Q("0.5")).PositiveRoots);

        var four = ScalarLandscape.FromLayerRegularizations(Enumerable.Repeat(Q("0.7"), 4).ToList());
        Assert.Equal("0.9957", four.Roots(Q("2.5")).PositiveRoots[1].Value.ToDecimalString(4));
        Assert.Equal("0.8367", four.Roots(Q("1.7")).PositiveRoots[1].Value.ToDecimalString(4));
    }

    [Theory]
    [InlineData(3, "3/2")]
    [InlineData(4, "2")]
    [InlineData(5, "7/5")]
    [InlineData(7, "1")]
    public void At_y_crit_there_is_exactly_the_double_root_x_star(int depth, string yText)
    {
        // Choose λ = λ_crit(y) exactly, so y = y_crit.
        var y = Q(yText);
        var probe = ScalarLandscape.Create(depth, 1);
        var lambda = probe.CriticalLambda(y);
        var landscape = ScalarLandscape.Create(depth, lambda);
        Assert.Equal(0, landscape.CriticalThreshold.CompareTo(y));
        var roots = landscape.Roots(y);
        Assert.Equal(ThresholdRelation.Equal, roots.RelationToCritical);
        var root = Assert.Single(roots.PositiveRoots);
        Assert.Equal(RootLabel.DoubleRoot, root.Label);
        Assert.Equal(landscape.InflectionPoint, root.Value);

        // R has x_* as a root of multiplicity exactly 2.
        var r = landscape.RootPolynomial(y);
        var doubleFactors = r.SquareFreeDecomposition().Where(f => f.Multiplicity == 2).Select(f => f.Factor).ToList();
        Assert.Contains(doubleFactors, factor => root.Value.SignOf(factor) == 0);
        Assert.DoesNotContain(r.SquareFreeDecomposition().Where(f => f.Multiplicity != 2), f => root.Value.SignOf(f.Factor) == 0);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Just_above_and_below_y_crit(int depth)
    {
        var y = Q("3/2");
        var lambda = ScalarLandscape.Create(depth, 1).CriticalLambda(y);
        var landscape = ScalarLandscape.Create(depth, lambda);
        var epsilon = BigRational.FromBinary(1, -60);
        Assert.Empty(landscape.Roots(y - epsilon).PositiveRoots);
        var above = landscape.Roots(y + epsilon).PositiveRoots;
        Assert.Equal(2, above.Count);
        Assert.True(above[0].Value < landscape.InflectionPoint!);
        Assert.True(above[1].Value > landscape.InflectionPoint!);
    }

    [Fact]
    public void Matches_the_generic_isolator_on_R()
    {
        var random = new Random(7);
        for (int depth = 2; depth <= 6; depth++)
        {
            for (int trial = 0; trial < 8; trial++)
            {
                var lambda = new BigRational(random.Next(1, 40), random.Next(1, 20));
                var y = new BigRational(random.Next(0, 80), random.Next(1, 20));
                var landscape = ScalarLandscape.Create(depth, lambda);
                var structured = landscape.Roots(y).PositiveRoots.Select(r => r.Value).ToList();
                var generic = RealRootIsolation.Isolate(landscape.RootPolynomial(y)).Where(r => r.Value.Sign > 0).Select(r => r.Value).ToList();
                Assert.Equal(generic.Count, structured.Count);
                for (int k = 0; k < generic.Count; k++)
                {
                    Assert.Equal(0, generic[k].CompareTo(structured[k]));
                }
            }
        }
    }

    [Fact]
    public void Roots_satisfy_f_numerically_and_labels_match_the_sign_of_f_prime()
    {
        // f(x) = x^{2L−1} − √λ y x^{L−1} + λx = 0 and f′ > 0 at x₊, < 0 at x₋ (checked in doubles, relative tolerance 1e-10).
        foreach (int depth in new[] { 3, 4, 8, 20 })
        {
            var landscape = ScalarLandscape.Create(depth, Q("0.3"));
            var y = landscape.CriticalThreshold.Floor() + 2;
            foreach (var root in landscape.Roots(y).PositiveRoots)
            {
                double x = root.Value.ToDouble();
                double s = Math.Sqrt(0.3);
                double yd = (double)y;
                double f = Math.Pow(x, 2 * depth - 1) - s * yd * Math.Pow(x, depth - 1) + 0.3 * x;
                double scale = Math.Pow(x, 2 * depth - 1) + s * yd * Math.Pow(x, depth - 1) + 0.3 * x;
                Assert.True(Math.Abs(f) <= 1e-10 * scale, $"L={depth}: f({x}) = {f}");
                double fPrime = (2 * depth - 1) * Math.Pow(x, 2 * depth - 2) - (depth - 1) * s * yd * Math.Pow(x, depth - 2) + 0.3;
                Assert.Equal(root.Label == RootLabel.LargeRoot ? 1 : -1, Math.Sign(fPrime));
            }
        }
    }

    [Fact]
    public void Exact_relations_use_the_rational_forms()
    {
        var landscape = ScalarLandscape.Create(3, Q("0.48"));
        Assert.Equal(ThresholdRelation.Below, landscape.CompareToCritical(0));
        Assert.Equal(ThresholdRelation.Below, landscape.CompareToGlobal(Q("1.6")));
        Assert.Equal(ThresholdRelation.Above, landscape.CompareToGlobal(Q("1.7")));

        // L = 2: y_crit = y_glob = √λ; with λ = 9/4, y = 3/2 is exactly the threshold and has no positive root.
        var two = ScalarLandscape.Create(2, Q("9/4"));
        Assert.Equal(ThresholdRelation.Equal, two.CompareToCritical(Q("3/2")));
        Assert.Equal(ThresholdRelation.Equal, two.CompareToGlobal(Q("3/2")));
        Assert.Empty(two.Roots(Q("3/2")).PositiveRoots);
        Assert.Null(two.InflectionPoint);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalarLandscape.Create(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalarLandscape.Create(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalarLandscape.Create(3, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalarLandscape.Create(3, 1).Roots(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScalarLandscape.FromLayerRegularizations(new[] { Q("1"), Q("0") }));
    }

    [Fact]
    public void Deep_networks_stay_exact_and_fast_enough()
    {
        var landscape = ScalarLandscape.Create(50, Q("0.9"));
        var y = landscape.CriticalThreshold.Floor() + 1;
        var roots = landscape.Roots(y).PositiveRoots;
        Assert.Equal(2, roots.Count);
        Assert.True(roots[0].Value < roots[1].Value);
        Assert.Equal(0, roots[0].Value.SignOf(landscape.RootPolynomial(y)));
    }
}
