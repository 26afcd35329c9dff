using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>
/// What <c>--exact</c> on a list of types would cost, estimated before any claim is built (docs/verification.md, "How far
/// --exact goes"). A type with a active indices among d_Y values has about a·(d_Y − a) Hessian-block claims (one per
/// active σ and unused value), 6 per active index (root, label, both thresholds, gain, its own blocks), a few per group and
/// rule; each claim costs about <see cref="SecondsPerClaim"/> on average, its second seed, the second solver and the
/// queries reused across types included. Calibrated on the 2-core reference machine, erring high (2026-12-07, --limit 1:
/// random integer 30 × 30, 8992 claims in 59 s for an estimate of 9955 claims, 154 s; a certified 120 × 100 .npy of
/// Gaussian doubles, L = 3, λ = 1, 4663 claims in 66 s for 4835 claims, 78 s). An estimate, used only to refuse what
/// would run too long — never a claim about the result.
/// </summary>
internal static class ExactVerificationCost
{
    /// <summary>Seconds per claim, the solvers included (an average over reused and new queries).</summary>
    public const double SecondsPerClaim = 0.015;

    /// <summary>Seconds before the first claim (solver start-up, the second solver's process).</summary>
    public const double FixedSeconds = 5;

    /// <summary>
    /// Estimated claims and seconds for proving <paramref name="types"/> of <paramref name="instance"/>; each of
    /// <paramref name="blockFamilies"/> (the stability claims for a step, λ_max's bracket) adds to every minimizer as many
    /// block claims again as its Hessian blocks take.
    /// </summary>
    public static (long Claims, double Seconds) Estimate(DmfInstance instance, IReadOnlyList<CriticalPointType> types, int blockFamilies = 0)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(types);
        long values = instance.SingularValues.Count;
        long claims = 0;
        foreach (var type in types)
        {
            long active = type.ActiveCount;
            claims += (active * Math.Max(0, values - active)) + (6 * active) + (3 * type.Groups.Count(g => g.Labels.Count > 0)) + 8;
            if (blockFamilies > 0 && CriticalPointClassifier.Classify(instance.Types(), type).IsMinimizer)
            {
                claims += blockFamilies * ((active * Math.Max(0, values - active)) + active + 2);
            }
        }

        return (claims, FixedSeconds + (claims * SecondsPerClaim));
    }
}
