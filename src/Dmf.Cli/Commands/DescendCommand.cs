using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Verify.Descent;
using Dmf.Verify.Numerics;

namespace Dmf.Cli.Commands;

/// <summary>
/// <c>dmf descend</c>: gradient descents from random initializations through the generated kernels, and the histogram
/// of the critical-point types they reach (with their classes).
/// </summary>
internal static class DescendCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(ProgressBar progress)
    {
        var instanceOptions = new InstanceOptions();
        var descent = new DescentOptionSet(100, 100_000, "Number of descents, 1..100000.");
        var json = new Option<bool>("--json") { Description = "Write JSON instead of the histogram table." };
        var output = new Option<string?>("--out", "-o") { Description = "Also write a Markdown report (descend.md) into this directory.", HelpName = "DIR" };
        var command = new Command(
            "descend",
            "Run gradient descent from random initializations (parallel, deterministic per seed) and report which critical-point types the runs reach, " +
            "with their classes. Default instance: the L = 3 example of docs/theory.md section 5.");
        foreach (var option in instanceOptions.All.Concat(descent.All).Concat(new Option[] { json, output }))
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            // The directory and its three files are checked before the descents run.
            (OutputDirectory Directory, OutputTarget Histogram, OutputTarget LossCurves, OutputTarget Report)? outputs = null;
            if (parsed.GetValue(output) is { } directoryPath)
            {
                var directory = OutputDirectory.Check(directoryPath, "--out", instanceOptions.Inputs(parsed));
                outputs = (directory, directory.File("descent.png"), directory.File("descent-loss.png"), directory.File("descend.md"));
            }

            progress.Phase("reading Y and its singular values");
            var instance = instanceOptions.Build(parsed, RequireKernels);
            var options = descent.Build(parsed);
            progress.Phase("descending", "runs");
            var report = DescentExperiment.Run(instance, options, progress.Report);

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

            return report.Findings.Count > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
        });

        return command;
    }

    /// <summary>Refuses, before any work, an instance the generated kernels cannot descend on.</summary>
    public static void RequireKernels(System.Collections.Generic.IReadOnlyList<int> widths)
    {
        int depth = widths.Count - 1;
        if (!DepthKernels.IsAvailable(depth))
        {
            throw new UsageException(Invariant($"descents run on generated kernels for depths {DepthKernels.MinDepth}..{DepthKernels.MaxDepth}; got depth {depth}"));
        }

        long parameters = Dmf.Verify.Instance.DmfInstance.ParameterCountOf(widths);
        if (parameters > AnalyzeCommand.MaxNumericParameters)
        {
            throw new UsageException(Invariant($"the instance has {parameters} parameters, more than {AnalyzeCommand.MaxNumericParameters}"));
        }
    }
}
