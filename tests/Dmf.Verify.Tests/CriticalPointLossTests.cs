using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Tests;

/// <summary>Losses of the docs/theory.md §5 examples (four decimals as listed there).</summary>
public class CriticalPointLossTests
{
    private static Dictionary<string, double> Losses(string[] lambdas, string[] ys, int dMin)
    {
        var space = CriticalPointTypes.Create(ScalarLandscape.FromLayerRegularizations(lambdas.Select(BigRational.Parse).ToList()), ys.Select(BigRational.Parse).ToList(), dMin);
        return space.Enumerate().ToDictionary(t => t.ToString(), t => CriticalPointLoss.Evaluate(space, t));
    }

    [Fact]
    public void The_L3_table()
    {
        var f = Losses(new[] { "0.5", "0.8", "1.2" }, new[] { "2", "1.6" }, 2);
        Assert.Equal(6.5600, f["[0, 0]"], 4);
        Assert.Equal(5.8475, f["[x+, 0]"], 4);
        Assert.Equal(5.9488, f["[x+, x+]"], 4);
        Assert.Equal(6.0534, f["[x+, x-]"], 4);
        Assert.Equal(6.6613, f["[0, x+]"], 4);
        Assert.Equal(6.56, f["[0, 0]"]); // ‖Y‖² = 4 + 2.56, exact
    }

    [Fact]
    public void The_L2_and_L4_examples()
    {
        Assert.Equal(3.6230, Losses(new[] { "0.6", "0.9" }, new[] { "2", "1.2" }, 2)["[x+, x+]"], 4);
        var l4 = Losses(new[] { "0.7", "0.7", "0.7", "0.7" }, new[] { "2.5", "1.7" }, 2);
        Assert.Equal(9.14, l4["[0, 0]"], 4);
        Assert.Equal(7.0998, l4["[x+, 0]"], 4);
        Assert.Equal(7.4998, l4["[x+, x+]"], 4);
    }

    [Fact]
    public void The_global_minimizer_has_the_lowest_loss_among_minimizers()
    {
        var lambdas = new[] { "0.5", "0.8", "1.2" };
        var space = CriticalPointTypes.Create(ScalarLandscape.FromLayerRegularizations(lambdas.Select(BigRational.Parse).ToList()), new[] { "2", "1.6" }.Select(BigRational.Parse).ToList(), 2);
        var minimizers = space.Enumerate()
            .Select(t => (Class: CriticalPointClassifier.Classify(space, t).Class, Loss: CriticalPointLoss.Evaluate(space, t)))
            .Where(p => p.Class is PointClass.GlobalMinimizer or PointClass.LocalMinimizer)
            .ToList();
        double global = minimizers.Single(p => p.Class == PointClass.GlobalMinimizer).Loss;
        Assert.All(minimizers, p => Assert.True(p.Loss >= global));
    }
}

public class ExactLossTests
{
    [Fact]
    public void L2_losses_are_exact_in_sqrt_lambda_and_match_the_rounded_value()
    {
        var landscape = Dmf.Symbolic.Landscape.ScalarLandscape.Create(2, Dmf.Symbolic.Exact.BigRational.Parse("0.54"));
        var space = CriticalPointTypes.Create(landscape, new[] { Dmf.Symbolic.Exact.BigRational.Parse("2"), Dmf.Symbolic.Exact.BigRational.Parse("1.2") }, 2);
        foreach (var type in space.Enumerate())
        {
            var exact = ExactLoss.For(space, type)!;
            double value = exact.Rational.ToDouble() + (exact.SqrtLambdaCoefficient.ToDouble() * Math.Sqrt(0.54));
            Assert.Equal(CriticalPointLoss.Evaluate(space, type), value, 12);
        }

        var global = space.Enumerate().Single(t => t.ToString() == "[x+, x+]");
        Assert.Equal("-1.08 + 6.4*sqrt(0.54)", ExactLoss.For(space, global)!.ToString());
    }

    [Fact]
    public void L3_zero_point_is_rational_and_active_points_have_no_cheap_form()
    {
        var landscape = Dmf.Symbolic.Landscape.ScalarLandscape.Create(3, Dmf.Symbolic.Exact.BigRational.Parse("0.48"));
        var space = CriticalPointTypes.Create(landscape, new[] { Dmf.Symbolic.Exact.BigRational.Parse("2"), Dmf.Symbolic.Exact.BigRational.Parse("1.6") }, 2);
        Assert.Equal("6.56", ExactLoss.For(space, space.Enumerate().First(t => t.ActiveCount == 0))!.ToString());
        Assert.Null(ExactLoss.For(space, space.Enumerate().First(t => t.ActiveCount > 0)));
    }
}
