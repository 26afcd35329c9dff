using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>
/// The experimental counterpart of the phase diagram: at each value of a grid (the product λ, or a scale of Y) the
/// same descents as <see cref="DescentExperiment"/> (run r seeded with seed + r at every point: common random numbers,
/// so fractions move only with the parameter), counted by the class of the type each reached. Y is taken as diag(y)
/// with the base instance's singular values (the landscape and the Gaussian starts are invariant under rotations).
/// </summary>
public static class SweepExperiment
{
    /// <summary>Runs the sweep; <paramref name="progress"/> gets descents done and the total.</summary>
    public static SweepReport Run(DmfInstance baseInstance, SweepParameter parameter, IReadOnlyList<BigRational> grid, DescentOptions options, Action<int, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(baseInstance);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(options);
        if (!baseInstance.SingularValuesExact)
        {
            throw new ArgumentException("A sweep needs exact singular values of Y.", nameof(baseInstance));
        }

        if (grid.Count == 0 || grid.Any(v => v.Sign <= 0))
        {
            throw new ArgumentException("The grid needs positive values.", nameof(grid));
        }

        long total = (long)grid.Count * options.Runs;
        int done = 0;
        var points = new List<SweepPoint>();
        var findings = new List<string>();
        foreach (var value in grid)
        {
            var instance = At(baseInstance, parameter, value);
            int before = done;
            var atPoint = parameter == SweepParameter.Step ? options with { Step = value.ToDouble(), Optimizer = Optimizer.ConstantStep } : options;
            var report = DescentExperiment.Run(instance, atPoint, progress is null ? null : (d, _) => progress(before + d, total));
            findings.AddRange(report.Findings.Select(f => "at step " + value.ToExactString() + ": " + f));
            done += options.Runs;
            var counts = Enum.GetValues<SweepOutcome>().ToDictionary(o => o, _ => 0);
            foreach (var run in report.Runs)
            {
                counts[OutcomeOf(run)]++;
            }

            var space = instance.Types();
            var zero = space.EnumerateOrdered().First(); // W = 0 opens the ordered chain
            bool zeroIsGlobal = CriticalPointClassifier.Classify(space, zero).Class == PointClass.GlobalMinimizer;
            points.Add(new SweepPoint(value, instance, counts, options.Runs, zeroIsGlobal));
        }

        return new SweepReport(baseInstance, parameter, options, points, Thresholds(baseInstance, parameter)) { Findings = findings };
    }

    /// <summary>The instance at one grid value.</summary>
    public static DmfInstance At(DmfInstance baseInstance, SweepParameter parameter, BigRational value)
    {
        ArgumentNullException.ThrowIfNull(baseInstance);
        if (parameter == SweepParameter.Step)
        {
            return baseInstance;
        }

        if (parameter == SweepParameter.LambdaProduct)
        {
            var others = baseInstance.Lambdas.Skip(1).Aggregate(BigRational.One, (a, b) => a * b);
            var lambdas = new[] { value / others }.Concat(baseInstance.Lambdas.Skip(1)).ToList();
            return DmfInstance.FromSingularValues(baseInstance.Widths, lambdas, baseInstance.SingularValues);
        }

        return DmfInstance.FromSingularValues(baseInstance.Widths, baseInstance.Lambdas, baseInstance.SingularValues.Select(y => y * value).ToList());
    }

    /// <summary>The outcome of one run.</summary>
    public static SweepOutcome OutcomeOf(DescentRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Reached.Type is not { } type || run.Class is not { } classification)
        {
            return SweepOutcome.Other;
        }

        if (type.ActiveCount == 0)
        {
            return classification.IsMinimizer ? SweepOutcome.Zero : SweepOutcome.Saddle;
        }

        return classification.Class switch
        {
            PointClass.GlobalMinimizer => SweepOutcome.Global,
            PointClass.LocalMinimizer => SweepOutcome.Spurious,
            _ => SweepOutcome.Saddle,
        };
    }

    /// <summary>λ_glob(y_j), λ_crit(y_j) for each distinct positive y_j; for a scale sweep the t with t·y_j = y_glob, y_crit.</summary>
    public static IReadOnlyList<SweepThreshold> Thresholds(DmfInstance instance, SweepParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (parameter == SweepParameter.Step)
        {
            return StableSteps(instance);
        }

        var landscape = instance.Landscape;
        var thresholds = new List<SweepThreshold>();
        var seen = new HashSet<BigRational>();
        for (int j = 0; j < instance.SingularValues.Count; j++)
        {
            var y = instance.SingularValues[j];
            if (y.Sign <= 0 || !seen.Add(y))
            {
                continue;
            }

            foreach (bool global in new[] { true, false })
            {
                if (parameter == SweepParameter.LambdaProduct)
                {
                    var exact = global ? landscape.GlobalLambda(y) : landscape.CriticalLambda(y);
                    thresholds.Add(new SweepThreshold(global, j, exact.ToDouble(), exact));
                }
                else
                {
                    // t·y = y_thr ⇔ λ = λ_thr(t·y) = t^{2L−2} λ_thr(y) ⇔ t = (λ / λ_thr(y))^{1/(2L−2)}.
                    var at = global ? landscape.GlobalLambda(y) : landscape.CriticalLambda(y);
                    double t = Math.Pow(landscape.LambdaProduct.ToDouble() / at.ToDouble(), 1.0 / ((2 * instance.Depth) - 2));
                    thresholds.Add(new SweepThreshold(global, j, t, null));
                }
            }
        }

        return thresholds;
    }

    /// <summary>
    /// For a step sweep: 2/λ_max of every minimizer of <paramref name="instance"/> (docs/theory.md §4c), the largest
    /// constant step at which gradient descent can stay there; none when the spectra would exceed <see cref="Numerics.HessianSpectra.MaxBlocks"/>.
    /// </summary>
    private static IReadOnlyList<SweepThreshold> StableSteps(DmfInstance instance)
    {
        var space = instance.Types();
        var minimizers = space.EnumerateOrdered().Where(t => CriticalPointClassifier.Classify(space, t).IsMinimizer).ToList();
        if (Numerics.HessianSpectra.Plan(instance, space, minimizers, Numerics.HessianSpectra.MaxBlocks, Numerics.HessianSpectra.MaxClosedForms).Skipped is not null)
        {
            return Array.Empty<SweepThreshold>();
        }

        var spectra = new Numerics.HessianSpectra(instance, space);
        var thresholds = new List<SweepThreshold>();
        foreach (var type in minimizers)
        {
            if (spectra.For(type).LargestStableStep is { } step)
            {
                bool global = CriticalPointClassifier.Classify(space, type).Class == PointClass.GlobalMinimizer;
                BigRational? exact = step.Lower == step.Upper ? step.Lower : null;
                thresholds.Add(new SweepThreshold(global, -1, step.Approximation, exact) { Minimizer = type, StableStep = step });
            }
        }

        return thresholds;
    }
}
