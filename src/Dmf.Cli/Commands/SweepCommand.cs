using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Cli.Parsing;
using Dmf.Verify.Descent;
using Dmf.Verify.Instance;

namespace Dmf.Cli.Commands;

/// <summary>
/// <c>dmf sweep</c>: the experimental counterpart of the phase diagram — the descents of <c>dmf descend</c> at every
/// point of a grid of λ (or of a scale of Y), counted by the class of the type each reached, with the theory's
/// thresholds λ_glob(y_j), λ_crit(y_j) beside them.
/// </summary>
internal static class SweepCommand
{
    /// <summary>Largest number of grid points.</summary>
    public const int MaxPoints = 200;

    /// <summary>Largest number of descents in one sweep (points × runs).</summary>
    public const long MaxDescents = 1_000_000;

    /// <summary>Builds the command.</summary>
    public static Command Create(ProgressBar progress)
    {
        var instanceOptions = new InstanceOptions();
        var descent = new DescentOptionSet(50, 100_000, "Descents per grid point, 1..100000.");
        var vary = new Option<string>("--vary") { Description = "lambda (the product of the lambda_l, through lambda_1), scale (a factor t on the singular values of Y), or step (the step of constant-step gradient descent: the edge of stability).", DefaultValueFactory = _ => "lambda", HelpName = "lambda|scale|step" };
        vary.CompletionSources.Add("lambda", "scale", "step");
        var from = new Option<string?>("--from") { Description = "First grid value, exact (default: half the smallest lambda_glob(y_j); for scale, half the smallest t where t*y_j = y_crit; for step, half the smallest 2/lambda_max of a minimizer other than W = 0).", HelpName = "A" };
        var to = new Option<string?>("--to") { Description = "Last grid value, exact (default: 1.5 times the largest lambda_crit(y_j); for scale, 1.5 times the largest t where t*y_j = y_glob; for step, 1.5 times the largest 2/lambda_max of a minimizer other than W = 0).", HelpName = "B" };
        var points = new Option<string>("--points") { Description = Invariant($"Grid points, 2..{MaxPoints}."), DefaultValueFactory = _ => "16", HelpName = "N" };
        var log = new Option<bool>("--log") { Description = "Geometric grid (values rounded to 4 significant digits, more where a narrow range needs them) instead of evenly spaced exact values." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of the table." };
        var output = new Option<string?>("--out", "-o") { Description = "Also write sweep.png (the fractions against the swept value, thresholds drawn), sweep.md and sweep.json into this directory.", HelpName = "DIR" };
        var command = new Command(
            "sweep",
            "Run the descents of 'dmf descend' at every point of a grid of lambda (or of a scale of Y, or of a constant step) and report the fraction reaching a global minimizer, " +
            "a spurious one, W = 0 or a saddle, beside the theory's thresholds lambda_glob(y_j) and lambda_crit(y_j) (for steps: each minimizer's 2/lambda_max). Default instance: docs/theory.md section 5.");
        foreach (var option in instanceOptions.All.Concat(descent.All).Concat(new Option[] { vary, from, to, points, log, json, output }))
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            (OutputDirectory Directory, OutputTarget Picture, OutputTarget Report, OutputTarget Json)? outputs = null;
            if (parsed.GetValue(output) is { } directoryPath)
            {
                var directory = OutputDirectory.Check(directoryPath, "--out", instanceOptions.Inputs(parsed));
                outputs = (directory, directory.File("sweep.png"), directory.File("sweep.md"), directory.File("sweep.json"));
            }

            var parameter = parsed.GetValue(vary)!.Trim() switch
            {
                "lambda" => SweepParameter.LambdaProduct,
                "scale" => SweepParameter.DataScale,
                "step" => SweepParameter.Step,
                var other => throw new UsageException($"--vary expects lambda, scale or step, got '{other}'"),
            };
            if (parameter == SweepParameter.Step && descent.StepOrOptimizerGiven(parsed) is { } given)
            {
                throw new UsageException($"{given} is set by --vary step (every point runs constant-step gradient descent at its own step); drop {given}");
            }
            progress.Phase("reading Y and its singular values");
            var instance = instanceOptions.Build(parsed, DescendCommand.RequireKernels);
            if (!instance.SingularValuesExact)
            {
                throw new UsageException("sweep needs exact singular values of Y (--y, or a rational matrix whose exact spectrum is within reach); this matrix's are certified enclosures: sweep its singular values with --y");
            }

            var options = descent.Build(parsed);
            int count = InputParsing.ParseInteger("--points", parsed.GetValue(points)!, 2, MaxPoints, "grid points");
            if ((long)count * options.Runs > MaxDescents)
            {
                throw new UsageException(Invariant($"--points {count} x --runs {options.Runs} = {(long)count * options.Runs} descents, more than {MaxDescents}"));
            }

            var (low, high) = Range(instance, parameter, parsed.GetValue(from), parsed.GetValue(to));
            var grid = Grid(low, high, count, parsed.GetValue(log));
            progress.Phase("sweeping", "descents");
            var report = SweepExperiment.Run(instance, parameter, grid, options, progress.Report);

            var writer = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(json))
            {
                SweepRenderer.Json(report, writer);
            }
            else
            {
                SweepRenderer.Text(report, writer);
            }

            if (outputs is { } o)
            {
                var jsonText = new System.IO.StringWriter { NewLine = "\n" };
                SweepRenderer.Json(report, jsonText);
                new OutputSet()
                    .Directory(o.Directory)
                    .Bytes(o.Picture, Dmf.Plots.SweepPicture.Render(report, Dmf.Plots.PictureSize.Default))
                    .Text(o.Report, SweepRenderer.Markdown(report, "sweep.png", ReportProvenance.Of(parsed)))
                    .Text(o.Json, jsonText.ToString())
                    .Commit(writer);
            }

            return report.Findings.Count > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
        });

        return command;
    }

    /// <summary>
    /// [from, to] as given, or the default around the thresholds: for λ, half the smallest λ_glob(y_j) to 1.5 times the
    /// largest λ_crit(y_j); for a scale, half the smallest t with t·y_j = y_crit to 1.5 times the largest t with t·y_j = y_glob
    /// (defaults rounded to 3 significant digits).
    /// </summary>
    private static (BigRational Low, BigRational High) Range(DmfInstance instance, SweepParameter parameter, string? fromText, string? toText)
    {
        BigRational? low = fromText is null ? null : InputParsing.ParseExact("--from", fromText);
        BigRational? high = toText is null ? null : InputParsing.ParseExact("--to", toText);
        foreach (var (name, value) in new[] { ("--from", low), ("--to", high) })
        {
            if (value is { } v && v.Sign <= 0)
            {
                throw new UsageException($"{name} must be positive, got '{(name == "--from" ? fromText : toText)}'");
            }
        }

        var thresholds = SweepExperiment.Thresholds(instance, parameter);
        if ((low is null || high is null) && thresholds.Count == 0)
        {
            throw new UsageException(parameter == SweepParameter.Step
                ? "give --from and --to: no minimizer's Hessian spectrum was computed (too many blocks), so there is no 2/lambda_max to place the grid around"
                : "give --from and --to: Y has no positive singular value, so there is no threshold to place the grid around");
        }

        if (parameter == SweepParameter.Step)
        {
            // Around the minimizers other than W = 0 when there are any (W = 0's 2/(2 max lambda_l) usually lies far beyond).
            var nonzero = thresholds.Where(t => t.Minimizer is { ActiveCount: > 0 }).ToList();
            var around = nonzero.Count > 0 ? nonzero : thresholds.ToList();
            low ??= Round(around.Min(t => t.Value) / 2);
            high ??= Round(1.5 * around.Max(t => t.Value));
        }

        // λ grows away from the data (the grid runs from below λ_glob to beyond λ_crit); a scale grows towards it (from
        // below the y_crit crossing to beyond the y_glob crossing).
        bool lowerIsGlobal = parameter == SweepParameter.LambdaProduct;
        low ??= Round(thresholds.Where(t => t.Global == lowerIsGlobal).Min(t => t.Value) / 2);
        high ??= Round(1.5 * thresholds.Where(t => t.Global != lowerIsGlobal).Max(t => t.Value));

        if (low.Value >= high.Value)
        {
            throw new UsageException($"--from must be below --to, got {low.Value.ToExactString()} and {high.Value.ToExactString()}");
        }

        return (low.Value, high.Value);
    }

    private static IReadOnlyList<BigRational> Grid(BigRational low, BigRational high, int count, bool geometric)
    {
        if (!geometric)
        {
            // Evenly spaced from low by a step rounded to 3 significant digits, so every value is a short exact decimal.
            var step = Round(((high - low) / (BigRational)(count - 1)).ToDouble());
            return Enumerable.Range(0, count).Select(k => low + (step * k)).ToList();
        }

        // Exact inputs have at most 120 digits (InputParsing.MaxDigits), so both logarithms are finite.
        double a = Math.Log(low.ToDouble()), b = Math.Log(high.ToDouble());

        // 4 significant digits, more where a narrow range needs them: every point asked for stays a point of its own.
        for (int digits = 4; digits <= 15; digits++)
        {
            var values = Enumerable.Range(0, count).Select(k => k == 0 ? low : k == count - 1 ? high : Round(Math.Exp(a + ((b - a) * k / (count - 1))), digits)).Distinct().ToList();
            if (values.Count == count)
            {
                return values;
            }
        }

        throw new UsageException(Invariant($"--points: {count} geometric points from {low.ToExactString()} to {high.ToExactString()} are not distinct at 15 significant digits; widen the range or ask for fewer points"));
    }

    // A double rounded to a few significant digits, as the exact decimal it prints as.
    private static BigRational Round(double value, int digits = 3) =>
        BigRational.Parse(value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
