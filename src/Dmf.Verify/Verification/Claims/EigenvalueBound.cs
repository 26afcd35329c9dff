namespace Dmf.Verify.Verification;

/// <summary>
/// A bound τ &gt; 0 on the Hessian's eigenvalues as the claims state it: the step η = 2/τ whose stability it decides (the
/// shifted blocks are (2/η)·s·diag(1/λ_l) − M), the family's name and how the bound reads in words.
/// </summary>
/// <param name="Family">The claims' name before the brackets (stable, unstable, lmax-below, lmax-above).</param>
/// <param name="Value">τ.</param>
/// <param name="Symbol">τ's symbol in the descriptions: (2/eta), a or b.</param>
internal sealed record EigenvalueBound(string Family, BigRational Value, string Symbol)
{
    /// <summary>The step η = 2/τ.</summary>
    public BigRational Step => 2 / Value;

    /// <summary>"(2/eta) = 8.6" and the like: the symbol with its value.</summary>
    public string Text => Invariant($"{Symbol.Trim('(', ')')} = {Value.ToExactString()}");

    /// <summary>2/η for a step η.</summary>
    public static EigenvalueBound OfStep(string family, BigRational step) => new(family, 2 / step, "(2/eta)");
}
