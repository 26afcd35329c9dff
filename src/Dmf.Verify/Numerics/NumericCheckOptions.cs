using Dmf.Verify.Realization;

namespace Dmf.Verify.Numerics;

/// <summary>
/// How to check: the free orthogonal factors of the realization, the largest parameter count for a dense Hessian
/// spectrum (beyond it, Lanczos), the Lanczos step budget and its start-vector seed.
/// </summary>
public sealed record NumericCheckOptions(OrthogonalFactors Factors, int DenseLimit = NumericCheckOptions.DefaultDenseLimit, int LanczosSteps = 200, int LanczosSeed = 1)
{
    /// <summary>Dense spectra up to this many parameters (≈ 1 s for the eigenvalues on this machine).</summary>
    public const int DefaultDenseLimit = 1500;

    /// <summary>Identity factors, defaults elsewhere.</summary>
    public static NumericCheckOptions Default { get; } = new(OrthogonalFactors.Identity);
}
