using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Verify.Descent;
using Dmf.Verify.Numerics;
using static System.FormattableString;

namespace Dmf.Cli.Commands;

/// <summary>
/// <c>dmf descend</c>: gradient descents from random initializations through the generated kernels, and the histogram
/// of the critical-point types they reach (with their classes).
/// </summary>
internal static class DescendCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(bool showProgress)
    {
        var instanceOptions = new InstanceOptions();
        var runs = new Option<string>("--runs") { Description = "Number of descents, 1..100000.", DefaultValueFactory = _ => "100", HelpName = "N" };
        var seed = new Option<string>("--seed") { Description = "Seed of run 0; run r uses seed + r.", DefaultValueFactory = _ => "1", HelpName = "S" };
        var scale = new Option<string>("--init-scale") { Description = "Initial entries of W_l ~ N(0, c^2/d_(l-1)).", DefaultValueFactory = _ => "1", HelpName = "c" };
        var step = new Option<string>("--step") { Description = "First step size; then Barzilai-Borwein steps with Armijo backtracking.", DefaultValueFactory = _ => "0.1", HelpName = "eta" };
        var maxIterations = new Option<string>("--max-iters") { Description = "Iterations per run.", DefaultValueFactory = _ => "20000", HelpName = "K" };
        var tolerance = new Option<string>("--tol") { Description = "Stop when ||grad F|| <= tol.", DefaultValueFactory = _ => "1e-6", HelpName = "eps" };
        var optimizer = new Option<string>("--optimizer") { Description = "gd (gradient descent, Barzilai-Borwein + Armijo) or lbfgs.", DefaultValueFactory = _ => "gd", HelpName = "gd|lbfgs" };
        optimizer.CompletionSources.Add("gd", "lbfgs");
        var json = new Option<bool>("--json") { Description = "Write JSON instead of the histogram table." };
        var output = new Option<string?>("--out", "-o") { Description = "Also write a Markdown report (descend.md) into this directory.", HelpName = "DIR" };
        var command = new Command(
            "descend",
            "Run gradient descent from random initializations (parallel, deterministic per seed) and report which critical-point types the runs reach, " +
            "with their classes. Default instance: the L = 3 example of docs/theory.md section 5.");
        foreach (var option in instanceOptions.All.Concat(new Option[] { runs, seed, scale, step, optimizer, maxIterations, tolerance, json, output }))
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            // The directory and its three files are checked before the descents run.
            (OutputDirectory Directory, OutputTarget Histogram, OutputTarget LossCurves, OutputTarget Report)? outputs = null;
            if (parsed.GetValue(output) is { } directoryPath)
            {
                var directory = OutputDirectory.Check(directoryPath, "--out");
                outputs = (directory, directory.File("descent.png"), directory.File("descent-loss.png"), directory.File("descend.md"));
            }

            var instance = instanceOptions.Build(parsed, widths =>
            {
                int depth = widths.Count - 1;
                if (!DepthKernels.IsAvailable(depth))
                {
                    throw new UsageException(Invariant($"descend runs on generated kernels for depths {DepthKernels.MinDepth}..{DepthKernels.MaxDepth}; got depth {depth}"));
                }

                long parameters = Dmf.Verify.Instance.DmfInstance.ParameterCountOf(widths);
                if (parameters > AnalyzeCommand.MaxNumericParameters)
                {
                    throw new UsageException(Invariant($"the instance has {parameters} parameters, more than {AnalyzeCommand.MaxNumericParameters}"));
                }
            });

            var options = new DescentOptions(
                InputParsing.ParseInteger("--runs", parsed.GetValue(runs)!, 1, 100_000, "number of descents"),
                InputParsing.ParseInteger("--seed", parsed.GetValue(seed)!, 0, int.MaxValue / 2, "the seed"),
                InputParsing.ParsePositiveNumber("--init-scale", parsed.GetValue(scale)!),
                InputParsing.ParsePositiveNumber("--step", parsed.GetValue(step)!),
                InputParsing.ParseInteger("--max-iters", parsed.GetValue(maxIterations)!, 1, 10_000_000, "iterations per run"),
                InputParsing.ParsePositiveNumber("--tol", parsed.GetValue(tolerance)!),
                parsed.GetValue(optimizer)!.Trim() switch
                {
                    "gd" => Optimizer.GradientDescent,
                    "lbfgs" => Optimizer.Lbfgs,
                    var other => throw new UsageException($"--optimizer expects gd or lbfgs, got '{other}'"),
                });
            DescentReport report;
            using (var progress = new ProgressBar(parsed.InvocationConfiguration.Error, showProgress && !parsed.GetValue(json), "runs"))
            {
                report = DescentExperiment.Run(instance, options, progress.Report);
            }

            var writer = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(json))
            {
                DescentRenderer.Json(report, writer);
            }
            else
            {
                DescentRenderer.Text(report, writer);
            }

            if (outputs is { } o)
            {
                new OutputSet()
                    .Directory(o.Directory)
                    .Bytes(o.Histogram, Dmf.Plots.DescentPictures.Histogram(report, Dmf.Plots.PictureSize.Default))
                    .Bytes(o.LossCurves, Dmf.Plots.DescentPictures.LossCurves(report, Dmf.Plots.PictureSize.Default))
                    .Text(o.Report, DescentRenderer.Markdown(report, ReportProvenance.Of(parsed)))
                    .Commit(writer);
            }

            return ExitCodes.Success;
        });

        return command;
    }
}
