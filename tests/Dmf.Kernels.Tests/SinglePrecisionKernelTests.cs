using Dmf.Kernels;

namespace Dmf.Kernels.Tests;

/// <summary>Float32 kernels agree with the double kernels to single-precision accuracy (relative 1e-4 of the scale).</summary>
public class SinglePrecisionKernelTests
{
    [Fact]
    public void Float_kernels_match_the_double_kernels()
    {
        var random = new Random(31);
        int[] widths = { 3, 4, 2, 3 };
        var p = new DmfProblem(widths, Enumerable.Range(0, 9).Select(_ => (2 * random.NextDouble()) - 1).ToArray(), new[] { 0.3, 0.6, 0.9 });
        var w = Enumerable.Range(0, p.ParameterCount).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        var v = Enumerable.Range(0, p.ParameterCount).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        var wf = Array.ConvertAll(w, x => (float)x);
        var vf = Array.ConvertAll(v, x => (float)x);

        var g = new double[w.Length];
        var gf = new float[w.Length];
        double f = Dmf3.LossAndGradient(p, w, g, Dmf3.CreateWorkspace(p));
        var wsf = Dmf3Single.CreateWorkspace(p);
        float ff = Dmf3Single.LossAndGradient(p, wf, gf, wsf);
        Assert.True(wsf.IsSinglePrecision);
        Assert.True(Math.Abs(f - ff) <= 1e-4 * Math.Max(1, Math.Abs(f)), $"{ff} vs {f}");
        double scale = Math.Max(1, g.Max(Math.Abs));
        Assert.All(g.Zip(gf), pair => Assert.True(Math.Abs(pair.First - pair.Second) <= 1e-4 * scale, $"{pair.Second} vs {pair.First}"));

        var hv = new double[w.Length];
        var hvf = new float[w.Length];
        Dmf3.HessianVectorProduct(p, w, v, hv, Dmf3.CreateWorkspace(p));
        Dmf3Single.HessianVectorProduct(p, wf, vf, hvf, wsf);
        double hvScale = Math.Max(1, hv.Max(Math.Abs));
        Assert.All(hv.Zip(hvf), pair => Assert.True(Math.Abs(pair.First - pair.Second) <= 1e-4 * hvScale, $"{pair.Second} vs {pair.First}"));
        Assert.Equal(Dmf3.ScalarF(0.7, 2.0, 0.48), Dmf3Single.ScalarF(0.7f, 2.0f, 0.48f), 4);
    }

    [Fact]
    public void Fixed_width_float_kernels_and_workspace_precision_checks()
    {
        var p = new DmfProblem(new[] { 2, 2, 2 }, new[] { 1.0, 0.5, -0.5, 2.0 }, new[] { 0.5, 0.25 });
        var w = new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 };
        var wf = Array.ConvertAll(w, x => (float)x);
        Assert.Equal(Dmf2.Loss(p, w), Dmf2SingleFixed.Loss(p, wf), 4);
        var error = Assert.Throws<ArgumentException>(() => Dmf2.LossAndGradient(p, w, new double[8], Dmf2SingleFixed.CreateWorkspace(p)));
        Assert.Contains("single-precision slots; the kernel needs", error.Message);
    }
}
