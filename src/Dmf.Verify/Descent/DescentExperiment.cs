using Dmf.Kernels;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Descent;

/// <summary>One run: its seed, where it ended, and the type it reached.</summary>
public sealed record DescentRun(int Seed, DescentEnd End, IdentifiedType Reached, Classification? Class);

/// <summary>How many runs reached one type (or one failure), with the type's class.</summary>
public sealed record ReachedType(string Key, CriticalPointType? Type, Classification? Class, int Count);

/// <summary>The runs of an experiment and the histogram of types they reached, most frequent first.</summary>
public sealed record DescentReport(DmfInstance Instance, DescentOptions Options, IReadOnlyList<DescentRun> Runs, IReadOnlyList<ReachedType> Histogram);

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
            var end = options.Optimizer == Optimizer.Lbfgs ? Lbfgs.Run(kernels, problem, start, options) : GradientDescent.Run(kernels, problem, start, options);
            var reached = end.Converged ? TypeIdentification.Identify(instance, space, end.Parameters) : new IdentifiedType(null, "did not converge");
            var classification = reached.Type is { } type ? CriticalPointClassifier.Classify(space, type) : null;
            runs[r] = new DescentRun(seed, end, reached, classification);
            progress?.Invoke(Interlocked.Increment(ref done), options.Runs);
        });

        var histogram = runs
            .GroupBy(run => run.Reached.Type?.ToString() ?? run.Reached.Problem ?? "unidentified")
            .Select(g => new ReachedType(g.Key, g.First().Reached.Type, g.First().Class, g.Count()))
            .OrderByDescending(h => h.Count)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        return new DescentReport(instance, options, runs, histogram);
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
