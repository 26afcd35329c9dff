using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Analysis;

/// <summary>
/// Enumerates, classifies, evaluates and (optionally) numerically checks the critical-point types of an instance.
/// Pure apart from the optional progress callback (called with the number of points done).
/// </summary>
public static class LandscapeAnalyzer
{
    /// <summary>
    /// Analyzes <paramref name="instance"/>. Listed, in this order: every minimizer of the selection (always, whatever
    /// the limit: there are at most d_min + 1), global ones first, by loss; then saddles (strict and non-strict) in
    /// increasing order of loss (<see cref="LossOrderedTypes"/>), as many as keep the listing within
    /// <see cref="AnalysisOptions.Limit"/> rows. The report says per class how many were left out.
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
        var minimizers = options.Selection == TypeSelection.Saddles
            ? new List<CriticalPointType>()
            : space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(space, t).IsMinimizer).ToList();
        long saddleRows = options.Selection == TypeSelection.Minimizers ? 0 : Math.Max(0, options.Limit - minimizers.Count);
        var saddles = saddleRows == 0
            ? new List<CriticalPointType>()
            : LossOrderedTypes.Enumerate(space).Where(t => !CriticalPointClassifier.Classify(space, t).IsMinimizer).Take((int)Math.Min(saddleRows, int.MaxValue)).ToList();
        var selected = minimizers.Concat(saddles).ToList();
        if (options.Exact is not null && options.ExactBudgetSeconds is { } budget
            && Verification.ExactVerificationCost.Estimate(instance, selected, (options.Step is null ? 0 : 1) + (options.ProveSharpness ? 1 : 0)) is var (claims, seconds) && seconds > budget)
        {
            throw new ArgumentException(Invariant($"--exact on the {selected.Count} listed types is estimated at about {claims} claims, {seconds:0} s, beyond the budget of {budget:0} s: list fewer types (--limit, --only saddles), or raise --exact-budget"));
        }

        // The minimizers' spectra share one set of blocks; refused up front when there would be too many.
        HessianSpectra? spectra = null;
        string? sharpnessSkipped = null;
        var sharp = new HashSet<CriticalPointType>(ReferenceEqualityComparer.Instance);
        if (options.SharpnessBlocks > 0 && minimizers.Count > 0)
        {
            // In the listing's order (global first, then by loss): the budget is spent on the rows shown first.
            var order = minimizers.OrderBy(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer ? 0 : 1).ThenBy(t => CriticalPointLoss.Evaluate(space, t)).ToList();
            (int count, sharpnessSkipped, bool byBudget) = HessianSpectra.Plan(instance, space, order, options.SharpnessBlocks, options.SharpnessClosedForms);
            if (byBudget && (options.SharpnessBlocks < HessianSpectra.MaxBlocks || options.SharpnessClosedForms < HessianSpectra.MaxClosedForms))
            {
                sharpnessSkipped += " (--sharpness computes more)";
            }
            if (sharpnessSkipped is not null && options.Step is not null)
            {
                throw new ArgumentException("--step needs every minimizer's Hessian spectrum: " + sharpnessSkipped);
            }

            sharp.UnionWith(order.Take(count));
            spectra = count > 0 ? new HessianSpectra(instance, space) : null;
        }

        // Points are independent: analyzed in parallel (kernels, workspaces and Z3 contexts are per call), kept in order.
        int done = 0;
        var analyzed = new AnalyzedPoint[selected.Count];
        Dmf.Kernels.KernelThreads.For(selected.Count, i =>
        {
            var sharpness = spectra is not null && sharp.Contains(selected[i]) ? spectra.For(selected[i], options.Step) : null;
            var point = AnalyzePoint(instance, space, selected[i], options.Numeric, options.Exact, sharpness, options.Step, options.ProveSharpness);
            analyzed[i] = sharpness is null ? point : point with { Sharpness = sharpness, Stability = options.Step is { } step ? sharpness.StabilityFor(step) : null };
            progress?.Invoke(Interlocked.Increment(ref done), selected.Count);
        });
        var points = analyzed.ToList();

        // Minimizers: global first, then by loss. Saddles: by their correctly rounded loss (the search order agrees with it
        // up to rounding; a stable sort makes the printed column monotone).
        var ordered = points
            .OrderBy(p => p.Classification.IsMinimizer ? (p.Classification.Class == PointClass.GlobalMinimizer ? 0 : 1) : 2)
            .ThenBy(p => p.Loss)
            .ToList();
        return new LandscapeReport(
            instance,
            instance.Landscape.CriticalThreshold,
            instance.Landscape.GlobalThreshold,
            LandscapeVerdicts.For(space),
            counts,
            options.Selection,
            ordered)
        {
            Step = options.Step,
            SharpnessSkipped = sharpnessSkipped,
        };
    }

    /// <summary>One type: slots, class, loss, the numeric check when <paramref name="numeric"/> is given, the exact verification when <paramref name="exact"/> is.</summary>
    /// <param name="sharpness">The type's spectrum from its blocks, when computed: the numeric check then holds the dense spectrum's largest eigenvalue against λ_max.</param>
    /// <param name="step">With <paramref name="exact"/> and <paramref name="sharpness"/>: the step whose stability the sharpness claims prove.</param>
    /// <param name="proveSharpness">With <paramref name="exact"/> and <paramref name="sharpness"/>: λ_max itself is proved (its bracket and polynomial).</param>
    public static AnalyzedPoint AnalyzePoint(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, NumericCheckOptions? numeric, Verification.ExactVerifier? exact = null, HessianSharpness? sharpness = null, BigRational? step = null, bool proveSharpness = false)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var classification = CriticalPointClassifier.Classify(space, type);
        var slots = CriticalPointSlots.Of(space, type);
        double loss = CriticalPointLoss.Evaluate(space, type);
        var evidence = numeric is null ? null : NumericCheck.Run(instance, slots, classification.Class, loss, numeric, tolerance => PredictedSpectrum.For(instance, space, type, tolerance), sharpness?.Largest);
        var verification = exact?.Verify(instance, space, type, classification, step, step is { } eta && sharpness is not null ? sharpness.StabilityFor(eta) : null, proveSharpness ? sharpness : null);
        return new AnalyzedPoint(type, slots, classification, loss, evidence, ExactLoss.For(space, type), verification, Certify(instance, type, slots));
    }

    /// <summary>The certified enclosures of σ and F at <paramref name="type"/>, or null when the instance is exact.</summary>
    private static CertifiedPoint? Certify(DmfInstance instance, CriticalPointType type, IReadOnlyList<Slot> slots)
    {
        if (instance.Certified is not { } certified || !ReferenceEquals(type.Groups, instance.Types().Groups))
        {
            return null;
        }

        var (low, high) = certified.Loss(type);
        double radius = 0;
        foreach (var slot in slots.Where(s => s.Index is not null && s.Sigma is not null))
        {
            int group = instance.Types().GroupNumberOf(slot.Index!.Value);
            var labels = type.Groups[group].Labels;
            int root = 0;
            while (labels[root] != slot.Label)
            {
                root++;
            }

            radius = Math.Max(radius, certified.Root(group, root).SigmaRadius);
        }

        return new CertifiedPoint(Outward.Down(low), Outward.Up(high), radius);
    }
}
