using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>
/// The identities behind the witnesses and the minimizer rules, per depth (docs/lemma-audit.md):
/// <list type="bullet">
/// <item>(n2) s·d²F[W, W] = s·σ²·(2L/λ)·f'(σ) on a slot at the balanced point, for symbolic λ_1..λ_L (the N2 witness and
/// its sign at x₊);</item>
/// <item>(n1) d²F = −4p(y_k − y_j), p = σ^L/√λ, along the swap of an active index j at a root and an unused k, for
/// symbolic λ_l, modulo the root relation (the N1 witness; ≥ 0 when y_k ≤ y_j);</item>
/// <item>(h1) a slot's own L × L Hessian block, in the coordinates ε_l = √λ_l·δ_l, is d·I + o·(J − I) with λ·d and λ·o
/// polynomials in σ, y, s alone (any λ_1..λ_L with product λ), with eigenvalues d − o = 4 (modulo the root relation, L − 1
/// times) and d + (L − 1)·o = (2/λ)·f'(σ): positive definite at x₊, singular at x*, indefinite at x₋ (with a±);</item>
/// <item>(m1) ∂g/∂x = (2L/λ)·f and ∂(g − y²)/∂y = −2x^L/s: along a branch of roots x(y) the gain g(x(y)) − y² has
/// derivative −2x^L/s &lt; 0, so larger values gain more (the global-minimum rule's choice of the largest values);</item>
/// <item>(l2, L = 2) at the positive root, g − y² = −(y − √λ)², negative and decreasing for y &gt; √λ.</item>
/// </list>
/// The derived Hessian form is weighted-homogeneous (weight 1 for layer and direction entries, L for Y, 2L − 2 for
/// λ_l, degree 2L), checked exactly, so evaluating it at W_l = √λ·w_l … (every entry times A = Π a_l, a_l = √λ_l) gives
/// A^{2L}·d²F without square roots.
/// </summary>
internal static class IdentityLemmas
{
    /// <summary>The identity lemmas at <paramref name="depth"/> ≥ 2.</summary>
    public static IReadOnlyList<IdentityLemma> For(int depth)
    {
        if (depth < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "Depth L must be at least 2.");
        }

        var lemmas = new List<IdentityLemma>
        {
            new("h1", "a slot's own L x L Hessian block at the balanced point is d I + o (J - I) in eps_l = sqrt(lambda_l) delta_l, for any lambda_1..lambda_L: eigenvalues d - o = 4 at a root and d + (L-1) o = (2/lambda) f'(sigma)", () => CurvatureIdentities.OwnBlockFailure(depth)),
            new("m1", "d(lambda g)/dx = 2L f and d(g - y^2)/dy = -2 x^L/sqrt(lambda): along a branch of roots the gain decreases in y", () => GainSlopeFailure(depth)),
            new("n1", "N1: d2F along the swap of an active j (at a root) and an unused k is -4 p (y_k - y_j), p = sigma^L/sqrt(lambda), for any lambda_1..lambda_L", () => CurvatureIdentities.SwapFailure(depth)),
            new("n2", "N2: sqrt(lambda) d2F[W,W] on a slot = sqrt(lambda) sigma^2 (2L/lambda) f'(sigma) at the balanced point, for any lambda_1..lambda_L", () => CurvatureIdentities.BalancedScalingFailure(depth)),
        };
        if (depth == 2)
        {
            lemmas.Add(new("l2", "L = 2: at the positive root, g - y^2 = -(y - sqrt(lambda))^2 (negative, decreasing in y > sqrt(lambda)), so every local minimizer is global", () => SoftThresholdGainFailure()));
        }

        return lemmas;
    }

    /// <summary>p's normal form modulo s² − λ and f/x (x-degree below 2L − 2, s-degree below 2).</summary>
    internal static MultivariatePolynomial ModuloRootRelation(MultivariatePolynomial p, int depth) =>
        ScalarTheory.WithSquareRootReduced(ScalarTheory.WithSquareRootReduced(p).RemainderByMonic(ScalarTheory.X, ScalarTheory.FOverX(depth)));

    private static string? GainSlopeFailure(int depth)
    {
        var scaledLoss = ScalarTheory.ScaledSlotLoss(depth);
        var lambda = ScalarTheory.Variable(ScalarTheory.Lambda);
        var s = ScalarTheory.Variable(ScalarTheory.S);
        var x = ScalarTheory.Variable(ScalarTheory.X);
        var y = ScalarTheory.Variable(ScalarTheory.Y);
        if (!scaledLoss.Derivative(ScalarTheory.X).Subtract(ScalarTheory.F(depth).Scale(2 * depth)).IsZero)
        {
            return "d(lambda g)/dx - 2L f is not 0";
        }

        // ∂/∂y of λ(g − y²) = −2s·x^L, once s² = λ.
        var slope = scaledLoss.Subtract(lambda.Multiply(y).Multiply(y)).Derivative(ScalarTheory.Y);
        var expected = s.Multiply(x.Power(depth)).Scale(-2);
        return ScalarTheory.WithSquareRootReduced(slope.Subtract(expected)).IsZero ? null : "d(lambda (g - y^2))/dy + 2 s x^L is not 0 modulo s^2 = lambda";
    }

    private static string? SoftThresholdGainFailure()
    {
        var lambda = ScalarTheory.Variable(ScalarTheory.Lambda);
        var y = ScalarTheory.Variable(ScalarTheory.Y);
        var yMinusS = y.Subtract(ScalarTheory.Variable(ScalarTheory.S));
        var gain = ScalarTheory.ScaledSlotLoss(2).Subtract(lambda.Multiply(y).Multiply(y));
        var difference = gain.Add(lambda.Multiply(yMinusS).Multiply(yMinusS));
        return ModuloRootRelation(difference, 2).IsZero ? null : "lambda (g - y^2) + lambda (y - s)^2 is not 0 modulo the root relation";
    }
}
