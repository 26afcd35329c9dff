using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Cli.Parsing;
using Dmf.Emission;

namespace Dmf.Cli.Commands;

/// <summary><c>dmf generate</c>: the exact source the generator emits for [DmfKernel(Depth = L)].</summary>
internal static class GenerateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var depth = new Option<string>("--depth") { Description = "Depth L, 2..64.", DefaultValueFactory = _ => "3", HelpName = "L" };
        var ns = new Option<string?>("--namespace") { Description = "Namespace of the class (default: global namespace).", HelpName = "N" };
        var className = new Option<string>("--class") { Description = "Class name (default Dmf<L>).", HelpName = "C" };
        var widths = new Option<string?>("--widths") { Description = "Fixed widths d_0..d_L, comma-separated (L + 1 positive integers): compile-time sizes, tiny products unrolled.", HelpName = "d0,...,dL" };
        var float32 = new Option<bool>("--float32") { Description = "Single-precision kernels (float spans), as [DmfKernel(Float32 = true)]." };
        var output = new Option<string?>("--out", "-o", "--output") { Description = "Write to FILE (atomically) instead of standard output (--output is the old spelling).", HelpName = "FILE" };
        var command = new Command(
            "generate",
            "Write the C# source the Dmf source generator emits for '[DmfKernel(Depth = L)] static partial class C': " +
            "Loss, LossAndGradient, HessianVectorProduct, Hessian and the scalar-reduction kernels, straight-line for that depth.")
        {
            depth, widths, float32, ns, className, output,
        };

        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(output) is { } file ? OutputTarget.Check(file, "--out") : null;
            int l = InputParsing.ParseInteger("--depth", parsed.GetValue(depth)!, 2, 64, "the depth L");
            string name = parsed.GetValue(className) ?? Invariant($"Dmf{l}");
            var fixedWidths = ParseWidths(parsed.GetValue(widths));
            if (fixedWidths is not null && fixedWidths.Length != l + 1)
            {
                throw new UsageException(Invariant($"--widths needs L + 1 = {l + 1} values d_0,...,d_L for depth {l}, got {fixedWidths.Length} ('{parsed.GetValue(widths)}')"));
            }

            (string HintName, string Source) generated;
            try
            {
                generated = KernelSource.Generate(l, parsed.GetValue(ns), name, fixedWidths, parsed.GetValue(float32));
            }
            catch (ArgumentException exception)
            {
                // Named by the option that gave the bad value.
                string option = exception.ParamName switch
                {
                    "widths" => "--widths",
                    "ns" => "--namespace",
                    "className" => "--class",
                    _ => "generate",
                };
                throw new UsageException(option + ": " + exception.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }

            if (target is null || target.Mode == OutputMode.StandardOutput)
            {
                parsed.InvocationConfiguration.Output.Write(generated.Source);
            }
            else
            {
                new OutputSet().Text(target, generated.Source).Commit(parsed.InvocationConfiguration.Output);
                parsed.InvocationConfiguration.Output.WriteLine(Invariant($"wrote {target.Path} ({generated.Source.Length} characters, depth {l})"));
            }

            return ExitCodes.Success;
        });

        return command;
    }

    private static int[]? ParseWidths(string? text) =>
        text?.Split(',').Select(item => InputParsing.ParseInteger("--widths", item, 1, 100_000, "a width d_k")).ToArray();
}
