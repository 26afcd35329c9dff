using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>
/// The claim catalogue (docs/verification.md): the claims that make up a type's classification, one family per theorem
/// family of docs/theory.md, in the order the verifier checks them — premises first:
/// <list type="number">
/// <item><see cref="RootCompletenessClaims"/>: each active σ is a positive root of f(·; y), the only one in its interval,
/// labelled by the sign of f'(σ); per distinct y, the listed roots are all of them.</item>
/// <item><see cref="ThresholdClaims"/>: each active y against y_crit, and against y_glob for minimizers.</item>
/// <item><see cref="WitnessClaims"/>: the rule that fired — N1–N3 negative-curvature witnesses, flatness and third-order
/// descent at a double root, and for minimizers <see cref="MinimizerClaims"/> (ordering, gains, the loss order).</item>
/// <item><see cref="HessianBlockClaims"/>: for minimizers and non-strict saddles, the PSD Hessian blocks.</item>
/// <item><see cref="SharpnessClaims"/>: for a minimizer and a step η, stable[…] or unstable[…].</item>
/// </list>
/// Claims about one σ are univariate (<see cref="RootClaims"/>); every family reads one <see cref="ClaimContext"/>.
/// </summary>
internal static class TypeClaims
{
    /// <summary>The claims for <paramref name="type"/> of <paramref name="instance"/>, in a context of their own.</summary>
    public static IReadOnlyList<Claim> For(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, Classification classification) =>
        For(new ClaimContext(instance, space), type, classification);

    /// <summary>The claims for <paramref name="type"/> in <paramref name="context"/>.</summary>
    public static IReadOnlyList<Claim> For(ClaimContext context, CriticalPointType type, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(classification);

        // On boxes only the labels of an irrational value's roots are needed: no resultant is built.
        var roots = type.RootPerIndex(exact: context.Enclosed is null);
        var claims = new List<Claim>();
        var active = Enumerable.Range(0, roots.Count).Where(j => roots[j] is not null).ToList();
        foreach (int j in active)
        {
            claims.AddRange(RootCompletenessClaims.RootIdentity(context, j, roots[j]!));
            claims.Add(ThresholdClaims.ThresholdClaim(context, j));
            if (classification.IsMinimizer)
            {
                claims.Add(ThresholdClaims.GlobalThresholdClaim(context, j));
            }
        }

        foreach (var group in active.Select(context.Space.GroupOf).Distinct())
        {
            claims.AddRange(RootCompletenessClaims.Complete(context, group));
        }

        claims.AddRange(WitnessClaims.RuleClaims(context, type, classification, roots));
        if (classification.IsMinimizer || classification.Rule == ClassificationRule.DoubleRoot)
        {
            claims.AddRange(HessianBlockClaims.HessianClaims(context, type));
        }

        return claims;
    }
}
