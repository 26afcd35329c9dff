namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>
    /// How well derived expressions agree with central finite differences at one random point. Every error is
    /// |derived − reference| / max(|reference|, 1), taken as a max over entries (∞-norms for matrices): relative for
    /// values of size ≥ 1, absolute below.
    /// </summary>
    /// <param name="Widths">d_0..d_L used.</param>
    /// <param name="StepSize">h of the central differences (f(x + h) − f(x − h)) / 2h.</param>
    /// <param name="GradientError">∇F against central differences of F, entry by entry (NaN when not derived).</param>
    /// <param name="HessianFormError">d²F[Δ, Δ] against ⟨central difference of ∇F along Δ, Δ⟩ (NaN when not derived).</param>
    /// <param name="HessianVectorError">HV against the central difference of ∇F along V (NaN when not derived).</param>
    /// <param name="BilinearError">H[Δ, V] against Σ_l ⟨(HV)_l, Δ_l⟩ (NaN when not derived).</param>
    public sealed record DerivativeCheckResult(
        IReadOnlyList<int> Widths,
        double StepSize,
        double GradientError,
        double HessianFormError,
        double HessianVectorError,
        double BilinearError)
    {
        /// <summary>The largest of the errors that were computed.</summary>
        public double MaxError => new[] { GradientError, HessianFormError, HessianVectorError, BilinearError }.Where(e => !double.IsNaN(e)).DefaultIfEmpty(0).Max();
    }
}
