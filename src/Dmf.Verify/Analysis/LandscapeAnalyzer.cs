using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;
using static System.FormattableString;

namespace Dmf.Verify.Analysis;

/// <summary>
/// Enumerates, classifies, evaluates and (optionally) numerically checks the critical-point types of an instance.
/// Pure apart from the optional progress callback (called with the number of points done).
/// </summary>
public static class LandscapeAnalyzer
{
    /// <summary>
    /// Analyzes <paramref name="instance"/>: the first <see cref="AnalysisOptions.Limit"/> selected types in enumeration
    /// order, listed minimizers first (global, local), then non-strict and strict saddles, by loss within a class.
    /// </summary>
    public static LandscapeReport Analyze(DmfInstance instance, AnalysisOptions options, Action<int, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Numeric is not null && !DepthKernels.IsAvailable(instance.Depth))
        {
            throw new ArgumentException(Invariant($"the numeric check needs generated kernels, which exist for depths {DepthKernels.MinDepth}..{DepthKernels.MaxDepth}; depth {instance.Depth} can be analyzed without it (--no-numeric)."));
        }

        var space = instance.Types();
        var counts = ClassCounts.For(space);
        var selected = options.Selection switch
        {
            TypeSelection.Minimizers => space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(space, t).IsMinimizer),
            TypeSelection.Saddles => space.Enumerate(t => !CriticalPointClassifier.Classify(space, t).IsMinimizer),
            _ => space.Enumerate(),
        };
        long available = options.Selection switch
        {
            TypeSelection.Minimizers => (long)counts.LocalMinimizers,
            TypeSelection.Saddles => counts.StrictSaddles + counts.NonStrictSaddles > long.MaxValue ? long.MaxValue : (long)(counts.StrictSaddles + counts.NonStrictSaddles),
            _ => counts.Total > long.MaxValue ? long.MaxValue : (long)counts.Total,
        };
        long total = Math.Min(available, options.Limit);

        // Points are independent: analyzed in parallel (kernels, workspaces and Z3 contexts are per call), kept in order.
        int done = 0;
        var points = selected.Take((int)Math.Min(options.Limit, int.MaxValue))
            .AsParallel()
            .AsOrdered()
            .Select(type =>
            {
                var point = AnalyzePoint(instance, space, type, options.Numeric, options.Exact);
                progress?.Invoke(Interlocked.Increment(ref done), total);
                return point;
            })
            .ToList();

        // Minimizers first (global, local), then non-strict and strict saddles; by loss within a class.
        var ordered = points
            .OrderBy(p => p.Classification.Class switch
            {
                PointClass.GlobalMinimizer => 0,
                PointClass.LocalMinimizer => 1,
                PointClass.NonStrictSaddle => 2,
                _ => 3,
            })
            .ThenBy(p => p.Loss)
            .ToList();
        return new LandscapeReport(
            instance,
            instance.Landscape.CriticalThreshold,
            instance.Landscape.GlobalThreshold,
            LandscapeVerdicts.For(space),
            counts,
            options.Selection,
            ordered,
            points.Count < available);
    }

    /// <summary>One type: slots, class, loss, the numeric check when <paramref name="numeric"/> is given, the exact verification when <paramref name="exact"/> is.</summary>
    public static AnalyzedPoint AnalyzePoint(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, NumericCheckOptions? numeric, Verification.ExactVerifier? exact = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var classification = CriticalPointClassifier.Classify(space, type);
        var slots = CriticalPointSlots.Of(space, type);
        double loss = CriticalPointLoss.Evaluate(space, type);
        var evidence = numeric is null ? null : NumericCheck.Run(instance, slots, classification.Class, loss, numeric);
        var verification = exact?.Verify(instance, space, type, classification);
        return new AnalyzedPoint(type, slots, classification, loss, evidence, ExactLoss.For(space, type), verification);
    }
}
