using Dmf.Verify.Instance;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Analysis;

/// <summary>
/// Exhaustive audit mode for small instances: enumerate every critical-point type, realize it, classify it by the rules
/// and check it numerically; count agreements and disagreements.
/// </summary>
internal static class LandscapeAudit
{
    /// <summary>Largest number of types an audit enumerates.</summary>
    public const int MaxTypes = 100_000;

    /// <summary>Audits <paramref name="instance"/>; throws <see cref="ArgumentException"/> when it has more than <see cref="MaxTypes"/> types.</summary>
    public static AuditResult Run(DmfInstance instance, NumericCheckOptions options, Action<int, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var space = instance.Types();
        var total = space.Count();
        if (total > MaxTypes)
        {
            throw new ArgumentException(Invariant($"an exhaustive audit enumerates every type; this instance has {total}, more than {MaxTypes}."));
        }

        int agree = 0, disagree = 0, inconclusive = 0, done = 0;
        var notAgreeing = new List<AnalyzedPoint>();
        foreach (var type in space.Enumerate())
        {
            var point = LandscapeAnalyzer.AnalyzePoint(instance, space, type, options);
            switch (point.Numeric!.Verdict)
            {
                case NumericVerdict.Agrees:
                    agree++;
                    break;
                case NumericVerdict.Disagrees:
                    disagree++;
                    notAgreeing.Add(point);
                    break;
                default:
                    inconclusive++;
                    notAgreeing.Add(point);
                    break;
            }

            done++;
            progress?.Invoke(done, (long)total);
        }

        return new AuditResult(done, agree, disagree, inconclusive, notAgreeing);
    }
}
