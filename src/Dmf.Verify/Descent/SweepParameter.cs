using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>What a sweep varies.</summary>
public enum SweepParameter
{
    /// <summary>The product λ = Π λ_l (λ_1 is set so that the product takes each grid value; the other λ_l stay).</summary>
    LambdaProduct,

    /// <summary>A factor t on the data: singular values t·y_j.</summary>
    DataScale,

    /// <summary>The step η of constant-step gradient descent (the instance stays; <see cref="Optimizer.ConstantStep"/> at every point).</summary>
    Step,
}
