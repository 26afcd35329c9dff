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

    public static TheoryData<string> VectorizedKernels => new() { nameof(Dmf3Vector), nameof(Dmf4Vector16), nameof(Dmf2Vector4), nameof(Dmf3Vector4x8) };

    [Theory]
    [MemberData(nameof(VectorizedKernels))]
    public void Vectorized_constant_size_kernels_match_the_runtime_width_kernels(string name)
    {
        // Products with column counts divisible by 4 become constant-size vector code: loops for d = 16 (Vector512 on
        // AVX-512 machines, Vector256 otherwise), straight statements for d = 4 and 8; all of NN, TN and NT occur, and
        // E = W_{L:1} - Y and the regularization are fused into the products' stores.
        var (widths, seed, set) = name switch
        {
            nameof(Dmf3Vector) => (new[] { 16, 12, 8, 16 }, 23, new KernelSet(3, Dmf3Vector.CreateWorkspace, Dmf3Vector.Loss, Dmf3Vector.LossAndGradient, Dmf3Vector.HessianVectorProduct, Dmf3Vector.Hessian)),
            nameof(Dmf4Vector16) => (new[] { 16, 16, 16, 16, 16 }, 24, new KernelSet(4, Dmf4Vector16.CreateWorkspace, Dmf4Vector16.Loss, Dmf4Vector16.LossAndGradient, Dmf4Vector16.HessianVectorProduct, Dmf4Vector16.Hessian)),
            nameof(Dmf2Vector4) => (new[] { 4, 4, 4 }, 25, new KernelSet(2, Dmf2Vector4.CreateWorkspace, Dmf2Vector4.Loss, Dmf2Vector4.LossAndGradient, Dmf2Vector4.HessianVectorProduct, Dmf2Vector4.Hessian)),
            _ => (new[] { 4, 8, 4, 8 }, 26, new KernelSet(3, Dmf3Vector4x8.CreateWorkspace, Dmf3Vector4x8.Loss, Dmf3Vector4x8.LossAndGradient, Dmf3Vector4x8.HessianVectorProduct, Dmf3Vector4x8.Hessian)),
        };
        var runtime = KernelSet.For(set.Depth);
        var (p, w, v) = Instance(widths, seed);
        var gFixed = new double[w.Length];
        var gRuntime = new double[w.Length];
        double fRuntime = runtime.LossAndGradient(p, w, gRuntime, runtime.CreateWorkspace(p));
        Assert.Equal(fRuntime, set.LossAndGradient(p, w, gFixed, set.CreateWorkspace(p)), 9);
        Assert.Equal(fRuntime, set.Loss(p, w, set.CreateWorkspace(p)), 9);
        for (int i = 0; i < w.Length; i++)
        {
            Assert.Equal(gRuntime[i], gFixed[i], 9);
        }

        var hvFixed = new double[w.Length];
        var hvRuntime = new double[w.Length];
        set.HessianVectorProduct(p, w, v, hvFixed, set.CreateWorkspace(p));
        runtime.HessianVectorProduct(p, w, v, hvRuntime, runtime.CreateWorkspace(p));
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
