using Dmf.Cli.Output;
using System.CommandLine;
using System.Globalization;
using Dmf.Cli.Input;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Evaluation;
using Dmf.Symbolic.Expressions.Printing;
using static System.FormattableString;

namespace Dmf.Cli.Commands;

/// <summary><c>dmf derive</c>: F's gradient and Hessian for a depth, derived symbolically and printed.</summary>
internal static class DeriveCommand
{
    /// <summary>Largest relative error --check accepts.</summary>
    public const double CheckTolerance = 1e-6;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var depth = new Option<string>("--depth") { Description = Invariant($"Depth L, 2..{DmfObjective.MaxDepth}."), DefaultValueFactory = _ => "3", HelpName = "L" };
        var what = new Option<string>("--what") { Description = "gradient, hessian or all.", DefaultValueFactory = _ => "all", HelpName = "gradient|hessian|all" };
        what.CompletionSources.Add("gradient", "hessian", "all");
        var format = new Option<string>("--format")
        {
            Description = "text (Unicode), ascii, latex (an align* block) or markdown (a step-by-step derivation document).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|ascii|latex|markdown",
        };
        format.CompletionSources.Add("text", "ascii", "latex", "markdown");
        var steps = new Option<bool>("--steps") { Description = "Show the derivation step by step (markdown always does)." };
        var check = new Option<bool>("--check")
        {
            Description = "Also evaluate the derived expressions at a random point (fixed seed, small shapes) against central finite differences of F; exit code 1 if the max relative error exceeds 1e-6.",
        };
        var seed = new Option<string>("--seed") { Description = "Seed of the --check point.", DefaultValueFactory = _ => "1", HelpName = "S" };

        var command = new Command(
            "derive",
            "Derive the gradient and Hessian of F(W) = ||W_L...W_1 - Y||_F^2 + sum_l lambda_l ||W_l||_F^2 symbolically " +
            "(differentials, product rule, trace identity) and print them; the Hessian is printed as an operator.")
        {
            depth, what, format, steps, check, seed,
        };

        command.SetAction(parsed =>
        {
            int l = InputParsing.ParseInteger("--depth", parsed.GetValue(depth)!, 2, DmfObjective.MaxDepth, "the depth L");
            var selection = ParseSelection(parsed.GetValue(what)!);
            string formatName = parsed.GetValue(format)!.Trim().ToLowerInvariant();
            if (formatName is not ("text" or "ascii" or "latex" or "markdown"))
            {
                throw new UsageException($"--format must be text, ascii, latex or markdown, got '{parsed.GetValue(format)}'");
            }

            int checkSeed = InputParsing.ParseInteger("--seed", parsed.GetValue(seed)!, 0, int.MaxValue, "the seed of the check point");
            var output = parsed.InvocationConfiguration.Output;
            var derivation = DmfCalculus.Derive(DmfObjective.Create(l), selection);
            var notation = formatName switch { "ascii" => Notation.Ascii, "latex" => Notation.Latex, _ => Notation.Unicode };
            if (formatName == "markdown")
            {
                output.Write(DerivationRenderer.Markdown(derivation, DmfDerivationSteps.Build(derivation, selection), selection));
            }
            else if (parsed.GetValue(steps))
            {
                output.Write(DerivationRenderer.Steps(derivation, DmfDerivationSteps.Build(derivation, selection), notation));
            }
            else
            {
                output.Write(DerivationRenderer.Summary(derivation, selection, notation));
            }

            if (!parsed.GetValue(check))
            {
                return ExitCodes.Success;
            }

            var result = DerivativeCheck.Run(derivation, checkSeed);
            string Format(double e) => double.IsNaN(e) ? "n/a" : e.ToString("0.#e+00", CultureInfo.InvariantCulture);
            string comment = formatName is "latex" ? "% " : "\n";
            output.WriteLine(Invariant($"{comment}check at widths d = [{InvariantText.Join(", ", result.Widths)}], seed {checkSeed}, central differences with h = {Format(DerivativeCheck.StepSize)}:"));
            output.WriteLine($"{(formatName == "latex" ? "% " : string.Empty)}  gradient {Format(result.GradientError)}, Hessian form {Format(result.HessianFormError)}, " +
                             $"Hessian-vector product {Format(result.HessianVectorError)}, bilinear vs HV {Format(result.BilinearError)}");
            bool passed = result.MaxError <= CheckTolerance;
            output.WriteLine($"{(formatName == "latex" ? "% " : string.Empty)}  max relative error {Format(result.MaxError)}: {(passed ? "ok" : "FAILED")} (tolerance {Format(CheckTolerance)})");
            return passed ? ExitCodes.Success : ExitCodes.CheckFailed;
        });

        return command;
    }

    private static DerivativeSelection ParseSelection(string text) => text.Trim().ToLowerInvariant() switch
    {
        "gradient" => DerivativeSelection.Gradient,
        "hessian" => DerivativeSelection.Hessian,
        "all" => DerivativeSelection.All,
        _ => throw new UsageException($"--what must be gradient, hessian or all, got '{text}'"),
    };
}
