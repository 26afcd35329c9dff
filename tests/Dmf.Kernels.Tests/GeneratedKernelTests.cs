using Dmf.Kernels;
using Dmf.Symbolic.Landscape;
using MathNet.Numerics.LinearAlgebra;

namespace Dmf.Kernels.Tests;

public class GeneratedKernelTests
{
    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { new[] { 3, 2, 4 }, 1 },
        new object[] { new[] { 1, 1, 1 }, 2 },
        new object[] { new[] { 2, 3, 1, 2 }, 3 },
        new object[] { new[] { 4, 1, 3, 2, 2 }, 4 },
        new object[] { new[] { 2, 3, 3, 2, 1, 3 }, 5 },
        new object[] { new[] { 3, 2, 1, 2, 3, 2, 1 }, 6 },
        new object[] { new[] { 2, 2, 3, 1, 2, 3, 2, 2 }, 7 },
        new object[] { new[] { 1, 3, 2, 2, 4, 1, 2, 3, 2 }, 8 },
    };

    private static (DmfProblem Problem, double[] W, double[] Y, double[] Lambdas) Instance(int[] widths, int seed)
    {
        var random = new Random(seed);
        int depth = widths.Length - 1;
        var y = Enumerable.Range(0, widths[depth] * widths[0]).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        var lambdas = Enumerable.Range(0, depth).Select(_ => 0.1 + random.NextDouble()).ToArray();
        var problem = new DmfProblem(widths, y, lambdas);
        var w = Enumerable.Range(0, problem.ParameterCount).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        return (problem, w, y, lambdas);
    }

    private static double[] Gradient(KernelSet k, in DmfProblem p, double[] w, DmfWorkspace ws)
    {
        var g = new double[w.Length];
        k.LossAndGradient(p, w, g, ws);
        return g;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Loss_matches_an_independent_reference(int[] widths, int seed)
    {
        var (p, w, y, lambdas) = Instance(widths, seed);
        var k = KernelSet.For(p.Depth);
        var ws = k.CreateWorkspace(p);
        double reference = ReferenceLoss.Evaluate(widths, y, lambdas, w);
        Assert.Equal(reference, k.Loss(p, w, ws), 10);
        Assert.Equal(reference, k.LossAndGradient(p, w, new double[w.Length], ws), 10);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gradient_matches_central_differences(int[] widths, int seed)
    {
        // h = 1e-5: truncation ~h^2, rounding ~1e-16/h; 1e-7 relative to max(|g|, 1) leaves a wide margin.
        var (p, w, _, _) = Instance(widths, seed);
        var k = KernelSet.For(p.Depth);
        var ws = k.CreateWorkspace(p);
        var g = Gradient(k, p, w, ws);
        const double h = 1e-5;
        for (int i = 0; i < w.Length; i++)
        {
            var plus = (double[])w.Clone();
            var minus = (double[])w.Clone();
            plus[i] += h;
            minus[i] -= h;
            double fd = (k.Loss(p, plus, ws) - k.Loss(p, minus, ws)) / (2 * h);
            Assert.True(Math.Abs(fd - g[i]) <= 1e-7 * Math.Max(1, Math.Abs(fd)), $"entry {i}: {g[i]} vs {fd}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hessian_vector_product_matches_differences_of_the_gradient_and_the_dense_Hessian(int[] widths, int seed)
    {
        var (p, w, _, _) = Instance(widths, seed);
        var k = KernelSet.For(p.Depth);
        var ws = k.CreateWorkspace(p);
        int n = p.ParameterCount;
        var random = new Random(seed + 100);
        var v = Enumerable.Range(0, n).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        var hv = new double[n];
        k.HessianVectorProduct(p, w, v, hv, ws);

        const double h = 1e-5;
        var gPlus = Gradient(k, p, w.Zip(v, (a, b) => a + (h * b)).ToArray(), ws);
        var gMinus = Gradient(k, p, w.Zip(v, (a, b) => a - (h * b)).ToArray(), ws);
        var dense = new double[n * n];
        k.Hessian(p, w, dense);
        for (int i = 0; i < n; i++)
        {
            double fd = (gPlus[i] - gMinus[i]) / (2 * h);
            Assert.True(Math.Abs(fd - hv[i]) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"entry {i}: {hv[i]} vs {fd}");
            double fromDense = Enumerable.Range(0, n).Sum(j => dense[(i * n) + j] * v[j]);
            Assert.Equal(fromDense, hv[i], 10);
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(dense[(i * n) + j], dense[(j * n) + i], 10); // symmetric up to rounding
            }
        }
    }

    [Fact]
    public void Kernels_allocate_nothing_after_warm_up()
    {
        var (p, w, _, _) = Instance(new[] { 4, 3, 5, 2 }, 9);
        var ws = Dmf3.CreateWorkspace(p);
        var g = new double[w.Length];
        var hv = new double[w.Length];
        Dmf3.LossAndGradient(p, w, g, ws);
        Dmf3.HessianVectorProduct(p, w, g, hv, ws);
        Dmf3.Loss(p, w);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 50; i++)
        {
            Dmf3.LossAndGradient(p, w, g, ws);
            Dmf3.HessianVectorProduct(p, w, g, hv, ws);
            Dmf3.Loss(p, w);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Wrong_sizes_and_depths_are_rejected_with_clear_messages()
    {
        var (p, w, _, _) = Instance(new[] { 2, 2, 2, 2 }, 1);
        var ws = Dmf3.CreateWorkspace(p);
        var error = Assert.Throws<ArgumentException>(() => Dmf3.LossAndGradient(p, w, new double[3], ws));
        Assert.Contains("grad must have 12 entries", error.Message);
        var depthError = Assert.Throws<ArgumentException>(() => Dmf4.Loss(p, w));
        Assert.Contains("generated for depth 4; the problem has depth 3", depthError.Message);
        Assert.Throws<ArgumentException>(() => new DmfProblem(new[] { 2, 0, 2 }, new double[4], new[] { 1.0, 1.0 }));
        Assert.Throws<ArgumentException>(() => new DmfProblem(new[] { 2, 2, 2 }, new double[4], new[] { 1.0, -1.0 }));
        Assert.Throws<ArgumentException>(() => new DmfProblem(new[] { 2, 2, 2 }, new[] { 1.0, double.NaN, 0, 0 }, new[] { 1.0, 1.0 }));
    }

    [Fact]
    public void Scalar_reduction_kernels()
    {
        // g'(s) = (2L/λ) f(s; y) (docs/theory.md §2.1), checked by a central difference of g.
        double lambda = 0.48;
        double y = 2.0;
        foreach (double s in new[] { 0.3, 0.7, 1.1 })
        {
            double fd = (Dmf3.BalancedLoss(s + 1e-6, y, lambda) - Dmf3.BalancedLoss(s - 1e-6, y, lambda)) / 2e-6;
            Assert.Equal(fd, 2 * 3 / lambda * Dmf3.ScalarF(s, y, lambda), 6);
            double fPrime = (Dmf3.ScalarF(s + 1e-6, y, lambda) - Dmf3.ScalarF(s - 1e-6, y, lambda)) / 2e-6;
            Assert.Equal(fPrime, Dmf3.ScalarFDerivative(s, y, lambda), 6);
        }
    }

    public static IEnumerable<object[]> TheoryExamples() => new[]
    {
        // σ per slot (0 when inactive), F and min eigenvalue of the Hessian from docs/theory.md §5 (four decimals).
        new object[] { new[] { "0", "0" }, 6.5600, 1.0000 },
        new object[] { new[] { "x+ 2", "0" }, 5.8475, 0.0 },
        new object[] { new[] { "x+ 2", "x+ 1.6" }, 5.9488, 0.0 },
        new object[] { new[] { "x+ 2", "x- 1.6" }, 6.0534, -1.0072 },
        new object[] { new[] { "0", "x+ 1.6" }, 6.6613, -0.6610 },
    };

    [Theory]
    [MemberData(nameof(TheoryExamples))]
    public void Depth_3_kernels_at_the_theory_section_5_critical_points(string[] slots, double loss, double minEigenvalue)
    {
        double[] lambdas = { 0.5, 0.8, 1.2 };
        var landscape = Dmf.Symbolic.Landscape.ScalarLandscape.FromLayerRegularizations(lambdas.Select(l => Dmf.Symbolic.Exact.BigRational.Parse(l.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
        double Sigma(string slot)
        {
            if (slot == "0")
            {
                return 0;
            }

            var parts = slot.Split(' ');
            var roots = landscape.Roots(Dmf.Symbolic.Exact.BigRational.Parse(parts[1])).PositiveRoots;
            return roots.Single(r => r.Label.ToSymbol() == parts[0]).Value.ToDouble();
        }

        var sigma = slots.Select(Sigma).ToArray();
        var p = new DmfProblem(new[] { 2, 2, 2, 2 }, new[] { 2.0, 0, 0, 1.6 }, lambdas);

        // √λ_l W_l = diag(σ): W_l = diag(σ)/√λ_l (all orthogonal factors the identity).
        var w = new double[p.ParameterCount];
        for (int l = 0; l < 3; l++)
        {
            w[(4 * l) + 0] = sigma[0] / Math.Sqrt(lambdas[l]);
            w[(4 * l) + 3] = sigma[1] / Math.Sqrt(lambdas[l]);
        }

        var ws = Dmf3.CreateWorkspace(p);
        var g = new double[w.Length];
        Assert.Equal(loss, Dmf3.LossAndGradient(p, w, g, ws), 4);
        Assert.True(g.Max(Math.Abs) < 1e-12, $"|grad| = {g.Max(Math.Abs)} at a critical point");
        var h = new double[w.Length * w.Length];
        Dmf3.Hessian(p, w, h);
        var matrix = Matrix<double>.Build.Dense(w.Length, w.Length, (i, j) => h[(i * w.Length) + j]);
        double smallest = matrix.Evd(Symmetricity.Symmetric).EigenValues.Real().Minimum();
        Assert.Equal(minEigenvalue, smallest, 4);
    }
}
