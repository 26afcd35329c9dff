namespace Dmf.Verify.Descent;

/// <summary>
/// A gradient-descent experiment: <paramref name="Runs"/> descents from W_l with i.i.d. N(0, c²/d_{l−1}) entries
/// (c = <paramref name="InitScale"/>), run r seeded with <paramref name="Seed"/> + r; gradient descent with Armijo
/// backtracking from step <paramref name="Step"/> (or L-BFGS, <paramref name="Optimizer"/>), stopping when ‖∇F‖ ≤ <paramref name="Tolerance"/> or after
/// <paramref name="MaxIterations"/> steps.
/// </summary>
public sealed record DescentOptions(int Runs, int Seed, double InitScale, double Step, int MaxIterations, double Tolerance, Optimizer Optimizer = Optimizer.GradientDescent)
{
    /// <summary>
    /// 100 runs, seed 1, c = 1, step 0.1, 20,000 iterations, ‖∇F‖ ≤ 10⁻⁶ (tighter tolerances stall at rounding level:
    /// Armijo cannot see decreases of F below ~10⁻¹⁶·F, reached near ‖∇F‖ ≈ 10⁻⁸).
    /// </summary>
    public static DescentOptions Default { get; } = new(100, 1, 1.0, 0.1, 20_000, 1e-6);
}
