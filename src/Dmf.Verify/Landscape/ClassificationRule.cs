namespace Dmf.Verify.Landscape;

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
