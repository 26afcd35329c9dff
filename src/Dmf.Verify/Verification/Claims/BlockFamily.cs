namespace Dmf.Verify.Verification;

/// <summary>
/// What a family of block claims states: hessian[…] (PSD, PD where the rules say so), or — with a
/// <paramref name="Step"/> — that every eigenvalue lies below 2/η (stable[…]).
/// </summary>
/// <param name="Name">The claims' name before the brackets.</param>
/// <param name="Says">What the blocks are claimed to do, in words.</param>
/// <param name="Step">The step η whose 2/η bounds the eigenvalues; null for the PSD claims.</param>
internal sealed record BlockFamily(string Name, string Says, BigRational? Step)
{
    public static BlockFamily Hessian { get; } = new("hessian", "are PSD", null);
}
