using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Analysis;

namespace Dmf.Verify.Tests;

/// <summary>
/// The worked example of the derivation page: at a critical point the gradient's data term and penalty cancel, F agrees
/// with its closed form, and the kernels' ΔᵀHΔ agrees with the exactly expanded d²F[Δ, Δ] along the balanced scaling and
/// the swap — the curvatures docs/theory.md §3 names (g''(x₊) > 0 and 4 p_j (y_j − y_k) > 0 at a minimizer).
/// </summary>
public class WorkedPointTests
{
    public static TheoryData<int, string> Depths() => new() { { 2, "1/2" }, { 3, "1/2,4/5,6/5" }, { 4, "1/2" }, { 8, "1/4" }, { 16, "1/16" } };

    [Theory]
    [MemberData(nameof(Depths))]
    public void The_global_minimizer_worked_in_numbers_agrees_with_the_closed_forms(int depth, string lambdaText)
    {
        var lambdas = lambdaText.Split(',').Select(BigRational.Parse).ToList();
        if (lambdas.Count == 1)
        {
            lambdas = Enumerable.Repeat(lambdas[0], depth).ToList();
        }

        var instance = DmfInstance.FromSingularValues(Enumerable.Repeat(2, depth + 1).ToArray(), lambdas, new[] { new BigRational(2), new BigRational(8, 5) });
        var point = WorkedPoint.GlobalMinimizer(instance);
        Assert.Equal(depth, point.Layers.Count);
        Assert.Equal(point.ClosedFormLoss, point.Loss, 1e-12 * point.Loss);
        foreach (var term in point.Gradient)
        {
            double scale = term.Penalty.Cast<double>().Max(Math.Abs) + 1;
            Assert.All(term.Total.Cast<double>(), g => Assert.True(Math.Abs(g) <= 1e-13 * scale, $"{g}"));
            Assert.Equal(term.Total.Cast<double>().ToArray(), term.Data.Cast<double>().Zip(term.Penalty.Cast<double>(), (a, b) => a + b).ToArray(), new ToleranceComparer(1e-13 * scale));
        }

        // At L = 3 (the default example) the global minimizer [x+, 0] leaves index 2 unused, so the swap is worked too;
        // with these lambda_l the global minimizer uses both values and only the balanced scaling applies.
        Assert.Equal(depth == 3 ? new[] { "balanced scaling", "swap" } : new[] { "balanced scaling" }, point.Curvatures.Select(c => c.Name));
        foreach (var curvature in point.Curvatures)
        {
            Assert.True(curvature.ByKernels > 0, $"{curvature.Name}: {curvature.ByKernels}");
            Assert.Equal(curvature.Exact, curvature.ByKernels, 1e-10 * Math.Abs(curvature.Exact));
        }
    }

    [Fact]
    public void Large_widths_are_refused()
    {
        var instance = DmfInstance.FromSingularValues(new[] { 7, 7, 7, 7 }, new[] { new BigRational(1, 2), new BigRational(4, 5), new BigRational(6, 5) }, Enumerable.Repeat(new BigRational(2), 7).ToArray());
        Assert.Throws<ArgumentException>(() => WorkedPoint.GlobalMinimizer(instance));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
