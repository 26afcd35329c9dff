using Dmf.Kernels;

namespace Dmf.Kernels.Tests;

/// <summary>Kernels with fixed widths (unrolled or constant-size) agree with the runtime-width kernels of the same depth.</summary>
public class FixedWidthKernelTests
{
    private static (DmfProblem Problem, double[] W, double[] V) Instance(int[] widths, int seed)
    {
        var random = new Random(seed);
        int depth = widths.Length - 1;
        var problem = new DmfProblem(widths,
            Enumerable.Range(0, widths[depth] * widths[0]).Select(_ => (2 * random.NextDouble()) - 1).ToArray(),
            Enumerable.Range(0, depth).Select(_ => 0.1 + random.NextDouble()).ToArray());
        var w = Enumerable.Range(0, problem.ParameterCount).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        var v = Enumerable.Range(0, problem.ParameterCount).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        return (problem, w, v);
    }

    [Fact]
    public void Unrolled_depth_4_kernels_match_the_runtime_width_kernels()
    {
        var (p, w, v) = Instance(new[] { 2, 3, 3, 2, 2 }, 21);
        var gFixed = new double[w.Length];
        var gRuntime = new double[w.Length];
        double fFixed = Dmf4Fixed.LossAndGradient(p, w, gFixed, Dmf4Fixed.CreateWorkspace(p));
        double fRuntime = Dmf4.LossAndGradient(p, w, gRuntime, Dmf4.CreateWorkspace(p));
        Assert.Equal(fRuntime, fFixed, 12);
        Assert.Equal(fRuntime, Dmf4Fixed.Loss(p, w), 12);
        for (int i = 0; i < w.Length; i++)
        {
            Assert.Equal(gRuntime[i], gFixed[i], 12);
        }

        var hvFixed = new double[w.Length];
        var hvRuntime = new double[w.Length];
        Dmf4Fixed.HessianVectorProduct(p, w, v, hvFixed, Dmf4Fixed.CreateWorkspace(p));
        Dmf4.HessianVectorProduct(p, w, v, hvRuntime, Dmf4.CreateWorkspace(p));
        for (int i = 0; i < w.Length; i++)
        {
            Assert.Equal(hvRuntime[i], hvFixed[i], 12);
        }
    }

    [Fact]
    public void Mixed_unrolled_and_gemm_kernels_match_the_runtime_width_kernels()
    {
        var (p, w, v) = Instance(new[] { 8, 6, 5, 7 }, 22);
        var gMixed = new double[w.Length];
        var gRuntime = new double[w.Length];
        Assert.Equal(Dmf3.LossAndGradient(p, w, gRuntime, Dmf3.CreateWorkspace(p)), Dmf3Mixed.LossAndGradient(p, w, gMixed, Dmf3Mixed.CreateWorkspace(p)), 12);
        for (int i = 0; i < w.Length; i++)
        {
            Assert.Equal(gRuntime[i], gMixed[i], 12);
        }
    }

    [Theory]
    [InlineData(new[] { 16, 12, 8, 16 }, 23)]
    [InlineData(new[] { 16, 16, 16, 16, 16 }, 24)]
    public void Vectorized_constant_size_kernels_match_the_runtime_width_kernels(int[] widths, int seed)
    {
        // Products above the unroll limit with column counts divisible by 4 become constant-size Vector256 loops
        // (all of NN, TN and NT occur in the gradient and the Hessian-vector product).
        var (p, w, v) = Instance(widths, seed);
        var set = widths.Length == 4 ? (Fixed: (LossAndGradientFunction)Dmf3Vector.LossAndGradient, Runtime: (LossAndGradientFunction)Dmf3.LossAndGradient, FixedWs: Dmf3Vector.CreateWorkspace(p), RuntimeWs: Dmf3.CreateWorkspace(p))
                                     : (Fixed: Dmf4Vector16.LossAndGradient, Runtime: Dmf4.LossAndGradient, FixedWs: Dmf4Vector16.CreateWorkspace(p), RuntimeWs: Dmf4.CreateWorkspace(p));
        var gFixed = new double[w.Length];
        var gRuntime = new double[w.Length];
        Assert.Equal(set.Runtime(p, w, gRuntime, set.RuntimeWs), set.Fixed(p, w, gFixed, set.FixedWs), 9);
        for (int i = 0; i < w.Length; i++)
        {
            Assert.Equal(gRuntime[i], gFixed[i], 9);
        }

        var hvFixed = new double[w.Length];
        var hvRuntime = new double[w.Length];
        if (widths.Length == 4)
        {
            Dmf3Vector.HessianVectorProduct(p, w, v, hvFixed, Dmf3Vector.CreateWorkspace(p));
            Dmf3.HessianVectorProduct(p, w, v, hvRuntime, Dmf3.CreateWorkspace(p));
        }
        else
        {
            Dmf4Vector16.HessianVectorProduct(p, w, v, hvFixed, Dmf4Vector16.CreateWorkspace(p));
            Dmf4.HessianVectorProduct(p, w, v, hvRuntime, Dmf4.CreateWorkspace(p));
        }

        for (int i = 0; i < w.Length; i++)
        {
            Assert.Equal(hvRuntime[i], hvFixed[i], 9);
        }
    }

    [Fact]
    public void A_problem_with_other_widths_is_rejected()
    {
        var (p, w, _) = Instance(new[] { 2, 3, 3, 2, 3 }, 23);
        var error = Assert.Throws<ArgumentException>(() => Dmf4Fixed.Loss(p, w));
        Assert.Contains("generated for widths [2, 3, 3, 2, 2]; the problem has widths [2, 3, 3, 2, 3]", error.Message);
    }
}
