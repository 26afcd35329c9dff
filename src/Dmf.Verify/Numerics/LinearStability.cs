namespace Dmf.Verify.Numerics;

/// <summary>Whether gradient descent with a step η stays at a minimizer under small perturbations (λ_max vs 2/η).</summary>
public enum LinearStability
{
    /// <summary>λ_max &lt; 2/η, proved: every nonzero mode of I − η∇²F contracts.</summary>
    Stable,

    /// <summary>λ_max ≥ 2/η, proved: the sharpest mode does not contract (it grows beyond 2/η, oscillates at it).</summary>
    Unstable,

    /// <summary>2/η lies in λ_max's enclosure at the finest precision tried: not decided.</summary>
    Undecided,
}
