namespace Dmf.Kernels;

/// <summary>
/// Marks a <c>static partial class</c> to receive generated kernels for F(W) = ‖W_L⋯W_1 − Y‖_F² + Σ λ_l‖W_l‖_F²
/// at a fixed depth: Loss, LossAndGradient, HessianVectorProduct, Hessian and the scalar-reduction functions.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class DmfKernelAttribute : Attribute
{
    /// <summary>The depth L (2..64).</summary>
    public int Depth { get; set; }

    /// <summary>
    /// Optional fixed widths d_0..d_L (L + 1 positive values). The kernels then check that every problem has these
    /// widths and use compile-time sizes: tiny products are unrolled into straight scalar code.
    /// </summary>
    public int[]? Widths { get; set; }

    /// <summary>Generate single-precision kernels (float spans, <c>DmfProblem.YSingle</c>) instead of double.</summary>
    public bool Float32 { get; set; }
}
