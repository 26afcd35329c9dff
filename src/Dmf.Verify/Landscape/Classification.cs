namespace Dmf.Verify.Landscape;

/// <summary>The class of a critical point (docs/theory.md §3).</summary>
public enum PointClass
{
    /// <summary>A global minimizer (also a local one).</summary>
    GlobalMinimizer,

    /// <summary>A local minimizer that is not global (spurious).</summary>
    LocalMinimizer,

    /// <summary>A saddle with a direction of negative curvature.</summary>
    StrictSaddle,

    /// <summary>A saddle whose Hessian is positive semidefinite (F decreases only at third order).</summary>
    NonStrictSaddle,
}

/// <summary>Text forms of <see cref="PointClass"/>.</summary>
public static class PointClassText
{
    /// <summary>"global minimizer", "local minimizer", "strict saddle", "non-strict saddle".</summary>
    public static string Name(this PointClass value) => value switch
    {
        PointClass.GlobalMinimizer => "global minimizer",
        PointClass.LocalMinimizer => "local minimizer",
        PointClass.StrictSaddle => "strict saddle",
        _ => "non-strict saddle",
    };

    /// <summary>The JSON key: "global-minimizer", "local-minimizer", "strict-saddle", "non-strict-saddle".</summary>
    public static string Key(this PointClass value) => value.Name().Replace(' ', '-');
}

/// <summary>Which rule of docs/theory.md §3 decided the class.</summary>
public enum ClassificationRule
{
    /// <summary>N2: an index takes the small root x₋; the balanced scaling of its slot has g'' &lt; 0.</summary>
    SmallRoot,

    /// <summary>N1: ordering (O) fails — an active index j and an inactive k with y_k &gt; y_j (rotate them).</summary>
    OrderingViolated,

    /// <summary>N3 (L = 2): a free slot and an unused y_k &gt; √λ — an indefinite 2 × 2 block.</summary>
    FreeSlot,

    /// <summary>An index takes the double root x_* (y = y_crit) and no strict rule applies.</summary>
    DoubleRoot,

    /// <summary>Local minimizer: every active index takes x₊ with y &gt; y_crit, and (O) holds (L = 2: (O) and no free slot with y &gt; √λ).</summary>
    LocalMinimum,
}

/// <summary>The class of a critical-point type and the rule that decided it, with the indices involved (0-based).</summary>
/// <param name="Class">The class.</param>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Indices">The indices of Y the rule is about (e.g. the small-root index, or j and k of N1).</param>
/// <param name="Reason">One readable sentence.</param>
public sealed record Classification(PointClass Class, ClassificationRule Rule, IReadOnlyList<int> Indices, string Reason)
{
    /// <summary>True for local and global minimizers.</summary>
    public bool IsMinimizer => Class is PointClass.GlobalMinimizer or PointClass.LocalMinimizer;
}
