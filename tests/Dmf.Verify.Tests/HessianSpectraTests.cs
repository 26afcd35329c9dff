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
