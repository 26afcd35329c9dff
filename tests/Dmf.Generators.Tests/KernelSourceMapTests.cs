using Dmf.Emission;

namespace Dmf.Generators.Tests;

/// <summary>The emitter's source map names the lines it wrote: readers link into the kernels without parsing them back.</summary>
public class KernelSourceMapTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_recorded_line_is_the_line_the_map_says(int depth)
    {
        var generated = KernelSource.GenerateWithMap(depth, "Consumer", "K");
        var lines = generated.Source.Split('\n');
        string At(int? line) => lines[line!.Value - 1].Trim();

        Assert.Equal(KernelSource.Generate(depth, "Consumer", "K").Source, generated.Source);
        Assert.StartsWith("public static double Loss(in global::Dmf.Kernels.DmfProblem p, global::System.ReadOnlySpan<double> w, global::Dmf.Kernels.DmfWorkspace ws)", At(generated.Map.SignatureOf("Loss")), StringComparison.Ordinal);
        Assert.StartsWith("return ", At(generated.Map.ReturnOf("Loss")), StringComparison.Ordinal);
        Assert.StartsWith("public static double LossAndGradient(", At(generated.Map.SignatureOf("LossAndGradient")), StringComparison.Ordinal);
        Assert.StartsWith("public static void HessianVectorProduct(", At(generated.Map.SignatureOf("HessianVectorProduct")), StringComparison.Ordinal);
        for (int l = 1; l <= depth; l++)
        {
            Assert.Equal($"// layer {l}", At(generated.Map.LayerOf("LossAndGradient", l)));
            Assert.Equal($"// layer {l}", At(generated.Map.LayerOf("HessianVectorProduct", l)));
        }

        Assert.Equal("// Y", At(generated.Map.FirstOperation("LossAndGradient", provenance => provenance == "Y")));
        Assert.StartsWith($"// d(W_{{{depth}:1}})[V]", At(generated.Map.FirstOperation("HessianVectorProduct", p => p.StartsWith($"d(W_{{{depth}:1}})[V]", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Null(generated.Map.LayerOf("LossAndGradient", depth + 1));
    }
}
