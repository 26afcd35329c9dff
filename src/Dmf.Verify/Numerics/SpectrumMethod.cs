namespace Dmf.Verify.Numerics;

/// <summary>How the Hessian spectrum was obtained.</summary>
public enum SpectrumMethod
{
    /// <summary>Dense Hessian assembled from n Hessian-vector products; all eigenvalues (Householder + QL).</summary>
    Dense,

    /// <summary>Lanczos on Hessian-vector products: the smallest eigenvalue only; zero eigenvalues are not counted.</summary>
    Lanczos,
}
