using Dmf.Kernels;

namespace Dmf.Verify.Numerics;

// One class per depth, filled by Dmf.Generators at compile time from the symbolic derivation of that depth.
[DmfKernel(Depth = 2)] internal static partial class Depth2Kernels { }
[DmfKernel(Depth = 3)] internal static partial class Depth3Kernels { }
[DmfKernel(Depth = 4)] internal static partial class Depth4Kernels { }
[DmfKernel(Depth = 5)] internal static partial class Depth5Kernels { }
[DmfKernel(Depth = 6)] internal static partial class Depth6Kernels { }
[DmfKernel(Depth = 7)] internal static partial class Depth7Kernels { }
[DmfKernel(Depth = 8)] internal static partial class Depth8Kernels { }
[DmfKernel(Depth = 9)] internal static partial class Depth9Kernels { }
[DmfKernel(Depth = 10)] internal static partial class Depth10Kernels { }
[DmfKernel(Depth = 11)] internal static partial class Depth11Kernels { }
[DmfKernel(Depth = 12)] internal static partial class Depth12Kernels { }
[DmfKernel(Depth = 13)] internal static partial class Depth13Kernels { }
[DmfKernel(Depth = 14)] internal static partial class Depth14Kernels { }
[DmfKernel(Depth = 15)] internal static partial class Depth15Kernels { }
[DmfKernel(Depth = 16)] internal static partial class Depth16Kernels { }

/// <summary>F, ∇F and Hessian-vector products of one depth, as delegates over the generated kernels.</summary>
internal sealed record DepthKernels(
    int Depth,
    DepthKernels.WorkspaceFactory CreateWorkspace,
    DepthKernels.LossFunction Loss,
    DepthKernels.LossAndGradientFunction LossAndGradient,
    DepthKernels.HessianVectorFunction HessianVectorProduct)
{
    /// <summary>Smallest depth with generated kernels.</summary>
    public const int MinDepth = 2;

    /// <summary>Largest depth with generated kernels (the numeric check is unavailable beyond it).</summary>
    public const int MaxDepth = 16;

    /// <summary>A workspace for the problem's widths.</summary>
    public delegate DmfWorkspace WorkspaceFactory(in DmfProblem p);

    /// <summary>F(W).</summary>
    public delegate double LossFunction(in DmfProblem p, ReadOnlySpan<double> w, DmfWorkspace ws);

    /// <summary>F(W) and ∇F(W).</summary>
    public delegate double LossAndGradientFunction(in DmfProblem p, ReadOnlySpan<double> w, Span<double> grad, DmfWorkspace ws);

    /// <summary>∇²F(W)·v.</summary>
    public delegate void HessianVectorFunction(in DmfProblem p, ReadOnlySpan<double> w, ReadOnlySpan<double> v, Span<double> hv, DmfWorkspace ws);

    /// <summary>True when kernels were generated for <paramref name="depth"/>.</summary>
    public static bool IsAvailable(int depth) => depth >= MinDepth && depth <= MaxDepth;

    /// <summary>The generated kernels of <paramref name="depth"/>; throws <see cref="ArgumentOutOfRangeException"/> outside 2..16.</summary>
    public static DepthKernels For(int depth) => depth switch
    {
        2 => new(2, Depth2Kernels.CreateWorkspace, Depth2Kernels.Loss, Depth2Kernels.LossAndGradient, Depth2Kernels.HessianVectorProduct),
        3 => new(3, Depth3Kernels.CreateWorkspace, Depth3Kernels.Loss, Depth3Kernels.LossAndGradient, Depth3Kernels.HessianVectorProduct),
        4 => new(4, Depth4Kernels.CreateWorkspace, Depth4Kernels.Loss, Depth4Kernels.LossAndGradient, Depth4Kernels.HessianVectorProduct),
        5 => new(5, Depth5Kernels.CreateWorkspace, Depth5Kernels.Loss, Depth5Kernels.LossAndGradient, Depth5Kernels.HessianVectorProduct),
        6 => new(6, Depth6Kernels.CreateWorkspace, Depth6Kernels.Loss, Depth6Kernels.LossAndGradient, Depth6Kernels.HessianVectorProduct),
        7 => new(7, Depth7Kernels.CreateWorkspace, Depth7Kernels.Loss, Depth7Kernels.LossAndGradient, Depth7Kernels.HessianVectorProduct),
        8 => new(8, Depth8Kernels.CreateWorkspace, Depth8Kernels.Loss, Depth8Kernels.LossAndGradient, Depth8Kernels.HessianVectorProduct),
        9 => new(9, Depth9Kernels.CreateWorkspace, Depth9Kernels.Loss, Depth9Kernels.LossAndGradient, Depth9Kernels.HessianVectorProduct),
        10 => new(10, Depth10Kernels.CreateWorkspace, Depth10Kernels.Loss, Depth10Kernels.LossAndGradient, Depth10Kernels.HessianVectorProduct),
        11 => new(11, Depth11Kernels.CreateWorkspace, Depth11Kernels.Loss, Depth11Kernels.LossAndGradient, Depth11Kernels.HessianVectorProduct),
        12 => new(12, Depth12Kernels.CreateWorkspace, Depth12Kernels.Loss, Depth12Kernels.LossAndGradient, Depth12Kernels.HessianVectorProduct),
        13 => new(13, Depth13Kernels.CreateWorkspace, Depth13Kernels.Loss, Depth13Kernels.LossAndGradient, Depth13Kernels.HessianVectorProduct),
        14 => new(14, Depth14Kernels.CreateWorkspace, Depth14Kernels.Loss, Depth14Kernels.LossAndGradient, Depth14Kernels.HessianVectorProduct),
        15 => new(15, Depth15Kernels.CreateWorkspace, Depth15Kernels.Loss, Depth15Kernels.LossAndGradient, Depth15Kernels.HessianVectorProduct),
        16 => new(16, Depth16Kernels.CreateWorkspace, Depth16Kernels.Loss, Depth16Kernels.LossAndGradient, Depth16Kernels.HessianVectorProduct),
        _ => throw new ArgumentOutOfRangeException(nameof(depth), depth, Invariant($"Generated kernels exist for depths {MinDepth}..{MaxDepth}.")),
    };
}
