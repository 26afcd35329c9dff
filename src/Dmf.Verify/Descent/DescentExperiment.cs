using Dmf.Kernels;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Descent;

/// <summary>
/// Runs gradient descents from random initializations through the generated kernels, in parallel across cores and
/// deterministic per seed (run r uses seed + r, results are kept in run order), and identifies the type each reached.
/// </summary>
public static class DescentExperiment
{
    /// <summary>Runs the experiment; <paramref name="progress"/> is called with runs done and the total.</summary>
    public static DescentReport Run(DmfInstance instance, DescentOptions options, Action<int, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var kernels = DepthKernels.For(instance.Depth);
        var space = instance.Types();
        var problem = new DmfProblem(instance.Widths.ToArray(), instance.Basis.Data, instance.Lambdas.Select(l => l.ToDouble()).ToArray());
        var runs = new DescentRun[options.Runs];
        int done = 0;
        // Runs in parallel, each with serial kernels; a single run gets the kernels' threads (KernelThreads.For decides).
        KernelThreads.For(options.Runs, r =>
        {
            int seed = options.Seed + r;
            var start = Start(instance, seed, options.InitScale);
            var end = options.Optimizer switch
            {
                Optimizer.Lbfgs => Lbfgs.Run(kernels, problem, start, options),
                Optimizer.ConstantStep => ConstantStepDescent.Run(kernels, problem, start, options),
                _ => GradientDescent.Run(kernels, problem, start, options),
            };
            var reached = end.Converged ? TypeIdentification.Identify(instance, space, end.Parameters) : new IdentifiedType(null, end.Diverged ? "diverged" : "did not converge");
            var classification = reached.Type is { } type ? CriticalPointClassifier.Classify(space, type) : null;
            runs[r] = new DescentRun(seed, end, reached, classification);
            progress?.Invoke(Interlocked.Increment(ref done), options.Runs);
        });

        var histogram = runs
            .GroupBy(run => (run.Reached.Type, Problem: run.Reached.Type is null ? run.Reached.Problem ?? "unidentified" : null))
            .Select(g => new ReachedType(g.Key.Type?.ToString() ?? g.Key.Problem!, g.Key.Type, g.First().Class, g.Count()))
            .OrderByDescending(h => h.Count)
            .ThenBy(h => h, Comparer<ReachedType>.Create(ReachedType.CompareByWhat))
            .ToList();
        if (options.Optimizer != Optimizer.ConstantStep)
        {
            return new DescentReport(instance, options, runs, histogram);
        }

        // Every minimizer (at most d_min + 1, from the short ordered list), so the ones no run reached are judged too.
        var every = space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(space, t).IsMinimizer).ToList();
        var skipped = HessianSpectra.Plan(instance, space, every, HessianSpectra.DefaultBlocks, HessianSpectra.DefaultClosedForms).Skipped;
        if (skipped is not null)
        {
            return new DescentReport(instance, options, runs, histogram) { StabilitySkipped = skipped };
        }

        var (audited, findings, minimizers) = StabilityAudit(instance, space, options, histogram, every);
        return new DescentReport(instance, options, runs, audited) { Findings = findings, Minimizers = minimizers };
    }

    /// <summary>
    /// The reached minimizers' sharpness and their stability for the constant step (exact: the step is the double η
    /// used); a run that converged at a minimizer proved unstable for η is a finding against linear stability theory.
    /// </summary>
    private static (IReadOnlyList<ReachedType> Histogram, IReadOnlyList<string> Findings, IReadOnlyList<MinimizerStability> Minimizers) StabilityAudit(DmfInstance instance, CriticalPointTypes space, DescentOptions options, IReadOnlyList<ReachedType> histogram, IReadOnlyList<CriticalPointType> minimizers)
    {
        var spectra = new HessianSpectra(instance, space);
        var step = Symbolic.Exact.BigRational.FromDouble(options.Step);
        var all = minimizers.Select(t =>
        {
            var sharpness = spectra.For(t, step);
            return new MinimizerStability(t, CriticalPointClassifier.Classify(space, t), sharpness, sharpness.StabilityFor(step));
        }).OrderBy(m => m.Class.Class == PointClass.GlobalMinimizer ? 0 : 1).ToList();
        var findings = new List<string>();
        var audited = histogram.Select(h =>
        {
            if (h.Type is not { } type || h.Class is not { IsMinimizer: true })
            {
                return h;
            }

            var sharpness = spectra.For(type, step);
            var stability = sharpness.StabilityFor(step);
            if (stability == LinearStability.Unstable)
            {
                findings.Add(FormattableString.Invariant($"{h.Count} run(s) converged to {type} although its lambda_max = {sharpness.Largest.Approximation:G9} >= 2/step = {2 / options.Step:G9} (linearly unstable there)"));
            }

            return h with { Sharpness = sharpness, Stability = stability };
        }).ToList();
        return (audited, findings, all);
    }

    /// <summary>W_l with i.i.d. N(0, c²/d_{l−1}) entries from the run's seed.</summary>
    private static double[] Start(DmfInstance instance, int seed, double scale)
    {
        var random = new Random(seed);
        var widths = instance.Widths;
        var w = new double[instance.ParameterCount];
        int offset = 0;
        for (int l = 1; l < widths.Count; l++)
        {
            double deviation = scale / Math.Sqrt(widths[l - 1]);
            for (int k = 0; k < widths[l] * widths[l - 1]; k++)
            {
                w[offset++] = deviation * GaussianSampler.Next(random);
            }
        }

        return w;
    }
}
