using Dmf.Symbolic.Exact;
using Dmf.Verify.Analysis;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Tests;

/// <summary>Realization and numeric cross-checks on the worked examples of docs/theory.md §5.</summary>
public class NumericCheckTests
{
    private static BigRational Q(string text) => BigRational.Parse(text);

    private static DmfInstance Instance(int[] widths, string[] lambdas, string[] ys) =>
        DmfInstance.FromSingularValues(widths, lambdas.Select(Q).ToList(), ys.Select(Q).ToList());

    private static Dictionary<string, AnalyzedPoint> AnalyzeAll(DmfInstance instance, NumericCheckOptions? options = null)
    {
        var report = LandscapeAnalyzer.Analyze(instance, new AnalysisOptions(TypeSelection.All, long.MaxValue, options ?? NumericCheckOptions.Default));
        return report.Points.ToDictionary(p => p.Type.ToString());
    }

    [Theory]
    [InlineData("[0, 0]", 6.5600, 1.0000, PointClass.LocalMinimizer, 0)]
    [InlineData("[x+, 0]", 5.8475, 0.0, PointClass.GlobalMinimizer, 2)]
    [InlineData("[x+, x+]", 5.9488, 0.0, PointClass.LocalMinimizer, 2)]
    [InlineData("[x+, x-]", 6.0534, -1.0072, PointClass.StrictSaddle, 2)]
    [InlineData("[0, x+]", 6.6613, -0.6610, PointClass.StrictSaddle, 2)]
    public void The_L3_table_of_theory_section_5(string type, double loss, double minEigenvalue, PointClass expectedClass, int flat)
    {
        var points = AnalyzeAll(Instance(new[] { 2, 2, 2, 2 }, new[] { "0.5", "0.8", "1.2" }, new[] { "2", "1.6" }));
        var point = points[type];
        Assert.Equal(expectedClass, point.Classification.Class);
        Assert.Equal(loss, point.Loss, 4);
        var numeric = point.Numeric!;
        Assert.Equal(NumericVerdict.Agrees, numeric.Verdict);
        Assert.Equal(minEigenvalue, numeric.MinHessianEigenvalue, 4);
        Assert.Equal(loss, numeric.Loss, 4);
        Assert.Equal(flat, numeric.ExpectedZeroEigenvalues.Total);
        if (point.Classification.IsMinimizer)
        {
            Assert.Equal(flat, numeric.ZeroEigenvalues);
        }
    }

    [Fact]
    public void Every_type_of_the_L3_example_agrees()
    {
        var points = AnalyzeAll(Instance(new[] { 2, 2, 2, 2 }, new[] { "0.5", "0.8", "1.2" }, new[] { "2", "1.6" }));
        Assert.Equal(9, points.Count);
        Assert.All(points.Values, p => Assert.True(p.Numeric!.Agrees, p.Type + ": " + string.Join("; ", p.Numeric.Findings)));
    }

    [Fact]
    public void The_L2_example_of_theory_section_5()
    {
        var points = AnalyzeAll(Instance(new[] { 2, 2, 2 }, new[] { "0.6", "0.9" }, new[] { "2", "1.2" }));
        var global = points["[x+, x+]"];
        Assert.Equal(PointClass.GlobalMinimizer, global.Classification.Class);
        Assert.Equal(3.6230, global.Loss, 4);
        Assert.Equal(0.9642, global.Slots[0].SigmaValue, 4);
        Assert.Equal(0.5847, global.Slots[1].SigmaValue, 4);
        Assert.All(points.Values, p => Assert.True(p.Numeric!.Agrees, p.Type + ": " + string.Join("; ", p.Numeric.Findings)));
        Assert.Equal(3, points.Values.Count(p => p.Classification.Class == PointClass.StrictSaddle));
    }

    [Fact]
    public void The_L4_example_of_theory_section_5()
    {
        var points = AnalyzeAll(Instance(new[] { 2, 2, 2, 2, 2 }, new[] { "0.7", "0.7", "0.7", "0.7" }, new[] { "2.5", "1.7" }));
        Assert.Equal(9.14, points["[0, 0]"].Loss, 4);
        Assert.Equal(7.0998, points["[x+, 0]"].Loss, 4);
        Assert.Equal(PointClass.GlobalMinimizer, points["[x+, 0]"].Classification.Class);
        Assert.Equal(7.4998, points["[x+, x+]"].Loss, 4);
        Assert.Equal(0.9957, points["[x+, x+]"].Slots[0].SigmaValue, 4);
        Assert.Equal(0.8367, points["[x+, x+]"].Slots[1].SigmaValue, 4);
        Assert.All(points.Values, p => Assert.True(p.Numeric!.Agrees, p.Type + ": " + string.Join("; ", p.Numeric.Findings)));
    }

    [Fact]
    public void Random_hidden_factors_change_nothing()
    {
        var instance = Instance(new[] { 2, 3, 4, 2 }, new[] { "0.5", "0.8", "1.2" }, new[] { "2", "1.6" });
        var identity = AnalyzeAll(instance);
        var rotated = AnalyzeAll(instance, new NumericCheckOptions(OrthogonalFactors.Random(7)));
        foreach (var (type, point) in identity)
        {
            var other = rotated[type].Numeric!;
            Assert.True(other.Agrees, type + ": " + string.Join("; ", other.Findings));
            Assert.Equal(point.Numeric!.MinHessianEigenvalue, other.MinHessianEigenvalue, 9);
            Assert.Equal(point.Numeric.ZeroEigenvalues, other.ZeroEigenvalues);
        }
    }

    [Fact]
    public void The_realized_product_has_the_closed_form_singular_values()
    {
        // W_{L:1} = λ^{-1/2} Û diag(σ^L) V̂ᵀ: for Y diagonal and identity factors, entry (j, j) = σ^L/√λ.
        var instance = Instance(new[] { 2, 2, 2, 2 }, new[] { "0.5", "0.8", "1.2" }, new[] { "2", "1.6" });
        var space = instance.Types();
        var type = space.Enumerate().Single(t => t.ToString() == "[x+, x-]");
        var slots = CriticalPointSlots.Of(space, type);
        var point = CriticalPointRealizer.Realize(instance, slots, OrthogonalFactors.Identity);
        var w = point.Parameters;
        double w11 = w[0] * w[4] * w[8];
        double s = slots.Single(x => x.Index == 0).SigmaValue;
        Assert.Equal(Math.Pow(s, 3) / Math.Sqrt(0.48), w11, 12);
    }

    [Fact]
    public void Lanczos_finds_the_smallest_eigenvalue_when_the_dense_limit_is_exceeded()
    {
        var instance = Instance(new[] { 2, 2, 2, 2 }, new[] { "0.5", "0.8", "1.2" }, new[] { "2", "1.6" });
        var points = AnalyzeAll(instance, new NumericCheckOptions(OrthogonalFactors.Identity, DenseLimit: 1));
        var saddle = points["[x+, x-]"].Numeric!;
        Assert.Equal(SpectrumMethod.Lanczos, saddle.Method);
        Assert.Null(saddle.ZeroEigenvalues);
        Assert.Equal(-1.0072, saddle.MinHessianEigenvalue, 4);
        Assert.All(points.Values, p => Assert.True(p.Numeric!.Agrees, p.Type + ": " + string.Join("; ", p.Numeric.Findings)));
    }
}

public class NumericCheckAtScaleTests
{
    [Fact]
    public void Every_minimizer_of_an_L4_width_8_instance_agrees()
    {
        // 256 parameters, 8 distinct values: dense spectra with large clusters of zero eigenvalues (the orbits).
        var widths = Enumerable.Repeat(8, 5).ToArray();
        var ys = Enumerable.Range(0, 8).Select(i => new BigRational(40 - (3 * i), 10)).ToList();
        var instance = DmfInstance.FromSingularValues(widths, Enumerable.Repeat(BigRational.Parse("0.7"), 4).ToList(), ys);
        var report = LandscapeAnalyzer.Analyze(instance, new AnalysisOptions(TypeSelection.Minimizers, 100, NumericCheckOptions.Default));
        Assert.NotEmpty(report.Points);
        Assert.All(report.Points, p => Assert.True(p.Numeric!.Agrees, p.Type + ": " + string.Join("; ", p.Numeric.Findings)));
        var global = report.Points.Single(p => p.Classification.Class == PointClass.GlobalMinimizer);
        Assert.Equal(global.Numeric!.ExpectedZeroEigenvalues.Total, global.Numeric.ZeroEigenvalues);
    }
}
