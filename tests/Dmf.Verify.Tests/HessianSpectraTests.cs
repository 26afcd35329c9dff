using Dmf.Kernels;
using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Tests;

/// <summary>
/// The spectrum summary from the blocks (docs/theory.md §4c) against the dense Hessian the generated kernels assemble,
/// at every type of a catalogue of instances, L = 2..8: rectangular widths, hidden positions, repeated values, values
/// exactly at y_crit and at y_glob. λ_max, λ_min and the trace must hold the dense values within the doubles' error;
/// the counts of positive and negative eigenvalues must match the dense spectrum's outside its rounding band.
/// </summary>
public class HessianSpectraTests
{
    public static TheoryData<int[], string, string> Catalogue() => new()
    {
        { new[] { 2, 2, 2 }, "1,1", "3,2" },
        { new[] { 3, 2, 4 }, "1/2,3/2", "3,2,1/2" },
        { new[] { 2, 3, 2 }, "1,1", "2,2" },
        { new[] { 3, 3, 2, 3 }, "1/2,4/5,6/5", "2,8/5,1/2" },
        { new[] { 3, 4, 3, 3 }, "1/2,4/5,6/5", "2,8/5,8/5" },
        { new[] { 2, 2, 2, 2 }, "crit3,1,1", "1,1/2" },
        { new[] { 2, 2, 2, 2 }, "glob3,1,1", "1,1/3" },
        { new[] { 2, 2, 2, 2, 2 }, "1/4,1/2,1,1", "3,2" },
        { new[] { 2, 3, 2, 2, 2, 2 }, "1/2,1/2,1/2,1/2,1/2", "2,7/4" },
        { new[] { 2, 2, 2, 2, 2, 2, 2, 2, 2 }, "1/2,1,1,1,1,1,1,1", "3,5/2" },
        { new[] { 3, 3, 3, 3, 3 }, "1/2,1/2,1/2,1/2", "3,5/2,2" },
        { new[] { 3, 4, 3, 3 }, "2/3,2/3,2/3", "4,3,3" },
        { new[] { 2, 2, 2, 2, 2, 2, 2 }, "1/3,1/3,1/3,1/3,1/3,1/3", "2,1" },
        { new[] { 3, 3, 3 }, "1/2,1/2", "3,1/2,2" },
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Largest_smallest_trace_and_counts_agree_with_the_dense_Hessian(int[] widths, string lambdaText, string valueText)
    {
        int depth = widths.Length - 1;
        var lambdas = Lambdas(lambdaText, depth);
        var values = valueText.Split(',').Select(BigRational.Parse).ToList();
        var instance = DmfInstance.FromSingularValues(widths, lambdas, values);
        var space = instance.Types();
        var spectra = new HessianSpectra(instance, space);
        int checkedTypes = 0;
        foreach (var type in space.Enumerate())
        {
            var slots = CriticalPointSlots.Of(space, type);
            var point = CriticalPointRealizer.Realize(instance, slots, OrthogonalFactors.Random(11));
            var kernels = DepthKernels.For(depth);
            var hessian = DenseHessianMatrix.Assemble(kernels, point.Problem, point.Parameters, kernels.CreateWorkspace(point.Problem));
            int n = point.Problem.ParameterCount;
            var dense = SymmetricEigenvalues.Compute(hessian, n);
            double scale = Math.Max(1, dense.Max(Math.Abs));
            double tolerance = 1e-9 * scale;

            var summary = spectra.For(type);
            Assert.Equal(n, summary.Dimension);
            Assert.True(Holds(summary.Largest, dense.Max(), tolerance), $"{type}: λ_max {dense.Max():R} not in [{summary.Largest.Lower.ToDouble():R}, {summary.Largest.Upper.ToDouble():R}]");
            Assert.True(Holds(summary.Smallest, dense.Min(), tolerance), $"{type}: λ_min {dense.Min():R} not in [{summary.Smallest.Lower.ToDouble():R}, {summary.Smallest.Upper.ToDouble():R}]");
            Assert.True(Holds(summary.Trace, dense.Sum(), tolerance * n), $"{type}: trace {dense.Sum():R}");
            Assert.True(summary.Largest.Width <= BigRational.FromDouble(1e-12 * scale), $"{type}: λ_max enclosure {summary.Largest.Width.ToDouble()} wide");
            Assert.Equal(dense.Count(e => e > tolerance), summary.Positive);
            Assert.Equal(dense.Count(e => e < -tolerance), summary.Negative);
            Assert.Equal(dense.Count(e => Math.Abs(e) <= tolerance), summary.Zero);
            checkedTypes++;
        }

        Assert.True(checkedTypes >= 2, $"only {checkedTypes} types");
    }

    [Theory]
    [InlineData(3, "1/2")]
    [InlineData(4, "2")]
    [InlineData(5, "1/3")]
    public void An_active_slots_own_block_has_the_closed_form_eigenvalues(int depth, string mu)
    {
        // One position: the Hessian is the (a, a) block 2(σ^{2L−2}/λ − 1)ssᵀ + 4 diag(λ_l) (docs/theory.md §4c); with
        // λ_l = μ its eigenvalues are 4μ (L − 1 times) and 2Lσ^{2L−2}/μ^{L−1} − (2L − 4)μ.
        var m = BigRational.Parse(mu);
        var lambdas = Enumerable.Repeat(m, depth).ToList();
        var instance = DmfInstance.FromSingularValues(Enumerable.Repeat(1, depth + 1).ToArray(), lambdas, new[] { new BigRational(5) });
        var space = instance.Types();
        var type = space.EnumerateOrdered().First(t => t.ActiveCount == 1 && CriticalPointClassifier.Classify(space, t).IsMinimizer);
        var sigma = type.RootPerIndex()[0]!.Value.ToDouble();
        double top = (2 * depth * Math.Pow(sigma, (2 * depth) - 2) / Math.Pow(m.ToDouble(), depth - 1)) - (((2 * depth) - 4) * m.ToDouble());
        var summary = new HessianSpectra(instance, space).For(type);
        Assert.True(Holds(summary.Largest, top, 1e-9 * top), $"lambda_max {summary.Largest.Approximation:R}, closed form {top:R}");
        Assert.True(Holds(summary.Smallest, 4 * m.ToDouble(), 1e-12), $"lambda_min {summary.Smallest.Approximation:R}");
        Assert.Equal(depth, summary.Positive);
    }

    [Fact]
    public void At_W_0_of_depth_2_the_free_slot_block_is_exact()
    {
        // [[2λ_1, −2y], [−2y, 2λ_2]] with λ = 1, 1 and y = 1/2: eigenvalues 2 ± 1, exact rationals.
        var instance = DmfInstance.FromSingularValues(new[] { 1, 1, 1 }, new[] { BigRational.One, BigRational.One }, new[] { new BigRational(1, 2) });
        var space = instance.Types();
        var zero = space.EnumerateOrdered().First();
        var summary = new HessianSpectra(instance, space).For(zero, step: new BigRational(2, 3));
        Assert.Equal(new BigRational(3), summary.Largest.Exact!.TryGetRational(out var top) ? top : default);
        Assert.Equal(BigRational.One, summary.Smallest.Exact!.TryGetRational(out var bottom) ? bottom : default);
        Assert.Equal(new BigRational(2, 3), summary.LargestStableStep!.Lower);
        Assert.Equal(LinearStability.Unstable, summary.StabilityFor(new BigRational(2, 3)));
        Assert.Equal(LinearStability.Stable, summary.StabilityFor(new BigRational(13, 20)));
    }

    [Fact]
    public void The_numeric_check_holds_the_dense_largest_eigenvalue_against_lambda_max()
    {
        // The default example's global minimizer: the true lambda_max agrees; a lambda_max off by one is a disagreement.
        var lambdas = new[] { new BigRational(1, 2), new BigRational(4, 5), new BigRational(6, 5) };
        var instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, lambdas, new[] { new BigRational(2), new BigRational(8, 5) });
        var space = instance.Types();
        var global = space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
        var sharpness = new HessianSpectra(instance, space).For(global);
        var agreeing = Dmf.Verify.Analysis.LandscapeAnalyzer.AnalyzePoint(instance, space, global, NumericCheckOptions.Default, null, sharpness);
        Assert.Equal(NumericVerdict.Agrees, agreeing.Numeric!.Verdict);

        var wrong = sharpness with { Largest = new RealEnclosure(sharpness.Largest.Lower + 1, sharpness.Largest.Upper + 1, null) };
        var disagreeing = Dmf.Verify.Analysis.LandscapeAnalyzer.AnalyzePoint(instance, space, global, NumericCheckOptions.Default, null, wrong);
        Assert.Equal(NumericVerdict.Disagrees, disagreeing.Numeric!.Verdict);
        Assert.Contains(disagreeing.Numeric.Findings, f => f.Contains("outside lambda_max's enclosure", StringComparison.Ordinal));
    }

    private static bool Holds(RealEnclosure enclosure, double value, double tolerance) =>
        enclosure.Lower.ToDouble() - tolerance <= value && value <= enclosure.Upper.ToDouble() + tolerance;

    /// <summary>λ_l from text; "critL" / "globL" as the first entry puts y = 1 exactly at y_crit / y_glob of depth L (docs/theory.md §2.1).</summary>
    private static List<BigRational> Lambdas(string text, int depth)
    {
        var parts = text.Split(',');
        var lambdas = new List<BigRational>();
        foreach (var part in parts)
        {
            lambdas.Add(part.StartsWith("crit", StringComparison.Ordinal) ? Critical(depth)
                : part.StartsWith("glob", StringComparison.Ordinal) ? Global(depth)
                : BigRational.Parse(part));
        }

        Assert.Equal(depth, lambdas.Count);
        return lambdas;
    }

    // λ_crit(1) = L^L (L−2)^{L−2} / (2(L−1))^{2(L−1)}; λ_glob(1) = (L−2)^{L−2} / (L−1)^{2(L−1)}.
    private static BigRational Critical(int l) => BigRational.Pow(l, l) * BigRational.Pow(l - 2, l - 2) / BigRational.Pow(2 * (l - 1), 2 * (l - 1));

    private static BigRational Global(int l) => BigRational.Pow(l - 2, l - 2) / BigRational.Pow(l - 1, 2 * (l - 1));
}
