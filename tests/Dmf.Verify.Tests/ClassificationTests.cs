using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Tests;

/// <summary>The rules of docs/theory.md §3 on every row of the §5 examples and on exact threshold cases.</summary>
public class ClassificationTests
{
    private static Dictionary<string, Classification> ClassifyAll(IReadOnlyList<BigRational> lambdas, string[] ys, int dMin)
    {
        var space = CriticalPointTypes.Create(ScalarLandscape.FromLayerRegularizations(lambdas), ys.Select(BigRational.Parse).ToList(), dMin);
        return space.Enumerate().ToDictionary(t => t.ToString(), t => CriticalPointClassifier.Classify(space, t));
    }

    private static BigRational[] Lambdas(params string[] values) => values.Select(BigRational.Parse).ToArray();

    [Fact]
    public void The_L3_table_of_theory_section_5()
    {
        var classes = ClassifyAll(Lambdas("0.5", "0.8", "1.2"), new[] { "2", "1.6" }, 2);
        Assert.Equal(PointClass.LocalMinimizer, classes["[0, 0]"].Class);
        Assert.Equal(PointClass.GlobalMinimizer, classes["[x+, 0]"].Class);
        Assert.Equal(PointClass.LocalMinimizer, classes["[x+, x+]"].Class);
        Assert.Contains("y_glob", classes["[x+, x+]"].Reason);
        Assert.Equal((PointClass.StrictSaddle, ClassificationRule.SmallRoot), (classes["[x+, x-]"].Class, classes["[x+, x-]"].Rule));
        Assert.Equal(new[] { 1 }, classes["[x+, x-]"].Indices);
        Assert.Equal((PointClass.StrictSaddle, ClassificationRule.OrderingViolated), (classes["[0, x+]"].Class, classes["[0, x+]"].Rule));
        Assert.Equal(new[] { 1, 0 }, classes["[0, x+]"].Indices);
        Assert.Equal(9, classes.Count);
        Assert.Equal(3, classes.Values.Count(c => c.IsMinimizer));
    }

    [Fact]
    public void The_L2_example_has_one_minimizer_and_strict_saddles()
    {
        var classes = ClassifyAll(Lambdas("0.6", "0.9"), new[] { "2", "1.2" }, 2);
        Assert.Equal(4, classes.Count);
        Assert.Equal(PointClass.GlobalMinimizer, classes["[x+, x+]"].Class);
        Assert.All(classes.Where(p => p.Key != "[x+, x+]"), p => Assert.Equal(PointClass.StrictSaddle, p.Value.Class));
        Assert.Equal(ClassificationRule.FreeSlot, classes["[x+, 0]"].Rule);
        Assert.Equal(ClassificationRule.FreeSlot, classes["[0, 0]"].Rule);
        Assert.Equal(ClassificationRule.OrderingViolated, classes["[0, x+]"].Rule);
    }

    [Fact]
    public void The_L4_example_local_minima()
    {
        var classes = ClassifyAll(Lambdas("0.7", "0.7", "0.7", "0.7"), new[] { "2.5", "1.7" }, 2);
        var minimizers = classes.Where(p => p.Value.IsMinimizer).ToDictionary(p => p.Key, p => p.Value.Class);
        Assert.Equal(3, minimizers.Count);
        Assert.Equal(PointClass.LocalMinimizer, minimizers["[0, 0]"]);
        Assert.Equal(PointClass.GlobalMinimizer, minimizers["[x+, 0]"]);
        Assert.Equal(PointClass.LocalMinimizer, minimizers["[x+, x+]"]);
    }

    [Fact]
    public void At_y_crit_the_double_root_is_a_non_strict_saddle()
    {
        // L = 3: λ_crit(y) = 27 y^4 / 256; with λ = 27/16 the value y = 2 is exactly y_crit.
        var classes = ClassifyAll(Lambdas("27/16", "1", "1"), new[] { "2" }, 1);
        var c = classes["[x*]"];
        Assert.Equal((PointClass.NonStrictSaddle, ClassificationRule.DoubleRoot), (c.Class, c.Rule));
        Assert.Equal(PointClass.GlobalMinimizer, classes["[0]"].Class); // y_crit < y_glob, so 0 is global
    }

    [Fact]
    public void At_y_glob_zero_and_x_plus_are_both_global()
    {
        // L = 3: λ_glob(y) = y^4 / 16; with λ = 1 the value y = 2 is exactly y_glob (and above y_crit).
        var classes = ClassifyAll(Lambdas("1", "1", "1"), new[] { "2" }, 1);
        Assert.Equal(PointClass.GlobalMinimizer, classes["[0]"].Class);
        Assert.Equal(PointClass.GlobalMinimizer, classes["[x+]"].Class);
        Assert.Equal(PointClass.StrictSaddle, classes["[x-]"].Class);
    }

    [Fact]
    public void Repeated_values_and_the_rank_bound()
    {
        // y = (3, 3, 3), d_min = 2, L = 3, λ = 1: y_glob = 2 < 3, so the global minimizers use 2 of the 3 tied indices.
        var classes = ClassifyAll(Lambdas("1", "1", "1"), new[] { "3", "3", "3" }, 2);
        Assert.Equal(PointClass.GlobalMinimizer, classes["[x+, x+, 0]"].Class);
        Assert.Equal(PointClass.LocalMinimizer, classes["[x+, 0, 0]"].Class);
        Assert.Equal(PointClass.LocalMinimizer, classes["[0, 0, 0]"].Class);
    }
}
