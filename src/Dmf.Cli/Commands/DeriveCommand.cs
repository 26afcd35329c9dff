using Dmf.Cli.Output;
using Dmf.Cli.Output.Html;
using Dmf.Cli.Parsing;
using Dmf.Emission;
using Dmf.Cli.Input;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Evaluation;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;

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
            Description = "text (Unicode), ascii, latex (align* blocks; with --steps a standalone document), markdown or html " +
                          "(step-by-step documents; html is one self-contained page with the math rendered and links into the generated kernels).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|ascii|latex|markdown|html",
        };
        format.CompletionSources.Add("text", "ascii", "latex", "markdown", "html");
        var steps = new Option<bool>("--steps") { Description = "Show the derivation step by step (markdown and html always do)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write to FILE (atomically) instead of standard output.", HelpName = "FILE" };
        var allDepths = new Option<string?>("--all-depths")
        {
            Description = Invariant($"With --format html: write one page per depth L = {AllDepthsFrom}..{AllDepthsTo} and index.html into DIR (created if missing)."),
            HelpName = "DIR",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Also evaluate the derived expressions at a random point (fixed seed, small shapes) against central finite differences of F; exit code 1 if the max relative error exceeds 1e-6.",
        };
        var seed = new Option<string>("--seed") { Description = "Seed of the --check point.", DefaultValueFactory = _ => "1", HelpName = "S" };
        var example = new Option<bool>("--example")
        {
            Description = "With --format html: add a worked example — the global minimizer of Y = diag(2, 1.6) (lambda of the default example at L = 3, else 1/2 per layer) as matrices, E, F, each gradient term and d2F along the balanced and the swap directions, every number computed by the generated kernels beside its formula.",
        };

        var command = new Command(
            "derive",
            "Derive the gradient and Hessian of F(W) = ||W_L...W_1 - Y||_F^2 + sum_l lambda_l ||W_l||_F^2 symbolically " +
            "(differentials, product rule, trace identity) and print them; the Hessian is printed as an operator.")
        {
            depth, what, format, steps, output, allDepths, check, seed, example,
        };

        command.SetAction(parsed =>
        {
            int l = InputParsing.ParseInteger("--depth", parsed.GetValue(depth)!, 2, DmfObjective.MaxDepth, "the depth L");
            var selection = ParseSelection(parsed.GetValue(what)!);
            string formatName = parsed.GetValue(format)!.Trim().ToLowerInvariant();
            if (formatName is not ("text" or "ascii" or "latex" or "markdown" or "html"))
            {
                throw new UsageException($"--format must be text, ascii, latex, markdown or html, got '{parsed.GetValue(format)}'");
            }

            int checkSeed = InputParsing.ParseInteger("--seed", parsed.GetValue(seed)!, 0, int.MaxValue, "the seed of the check point");
            bool withExample = parsed.GetValue(example);
            if (withExample && formatName != "html")
            {
                throw new UsageException("--example adds a section to the HTML page: add --format html");
            }

            if (withExample && !Dmf.Verify.Numerics.DepthKernels.IsAvailable(l))
            {
                throw new UsageException(Invariant($"--example computes with the generated kernels, which exist for depths {Dmf.Verify.Numerics.DepthKernels.MinDepth}..{Dmf.Verify.Numerics.DepthKernels.MaxDepth}; got depth {l}"));
            }

            var console = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(allDepths) is { } directoryPath)
            {
                if (formatName != "html")
                {
                    throw new UsageException("--all-depths writes HTML pages: add --format html");
                }

                if (parsed.GetValue(output) is not null || parsed.GetValue(check))
                {
                    throw new UsageException(parsed.GetValue(check) ? "--all-depths and --check do not combine: check one depth at a time" : "--all-depths names a directory; --out does not combine with it");
                }

                WriteAllDepths(OutputDirectory.Check(directoryPath, "--all-depths"), selection, withExample, console);
                return ExitCodes.Success;
            }

            var target = parsed.GetValue(output) is { } file ? OutputTarget.Check(file, "--out") : null;
            var derivation = DmfCalculus.Derive(DmfObjective.Create(l), selection);
            string text = Render(derivation, selection, formatName, parsed.GetValue(steps), withExample);
            bool toConsole = target is null || target.Mode == OutputMode.StandardOutput;
            if (toConsole)
            {
                console.Write(text);
            }
            else
            {
                new OutputSet().Text(target!, text).Commit(console);
                console.WriteLine(Invariant($"wrote {target!.Path} ({formatName}, depth {l})"));
            }

            if (!parsed.GetValue(check))
            {
                return ExitCodes.Success;
            }

            // The check's lines follow the derivation on standard output: after a blank line, or as % comments after
            // LaTeX; after an HTML page they would corrupt it, so there they go to standard error.
            var report = toConsole && formatName == "html" ? parsed.InvocationConfiguration.Error : console;
            string comment = toConsole && formatName == "latex" ? "% " : string.Empty;
            string lead = comment.Length > 0 ? comment : toConsole && formatName != "html" ? "\n" : string.Empty;
            var result = DerivativeCheck.Run(derivation, checkSeed);
            string Format(double e) => double.IsNaN(e) ? "n/a" : e.ToString("0.#e+00", CultureInfo.InvariantCulture);
            report.WriteLine(Invariant($"{lead}check at widths d = [{InvariantText.Join(", ", result.Widths)}], seed {checkSeed}, central differences with h = {Format(DerivativeCheck.StepSize)}:"));
            report.WriteLine($"{comment}  gradient {Format(result.GradientError)}, Hessian form {Format(result.HessianFormError)}, " +
                             $"Hessian-vector product {Format(result.HessianVectorError)}, bilinear vs HV {Format(result.BilinearError)}");
            bool passed = result.MaxError <= CheckTolerance;
            report.WriteLine($"{comment}  max relative error {Format(result.MaxError)}: {(passed ? "ok" : "FAILED")} (tolerance {Format(CheckTolerance)})");
            return passed ? ExitCodes.Success : ExitCodes.CheckFailed;
        });

        return command;
    }

    /// <summary>The depths --all-depths writes.</summary>
    public const int AllDepthsFrom = 2;

    /// <summary>The last depth --all-depths writes.</summary>
    public const int AllDepthsTo = 8;

    /// <summary>The derivation in one format.</summary>
    private static string Render(DmfDerivation derivation, DerivativeSelection selection, string formatName, bool steps, bool example = false)
    {
        var notation = formatName switch { "ascii" => Notation.Ascii, "latex" => Notation.Latex, _ => Notation.Unicode };
        return formatName switch
        {
            "markdown" => DerivationRenderer.Markdown(derivation, DmfDerivationSteps.Build(derivation, selection), selection),
            "html" => DerivationHtml.Page(derivation, DmfDerivationSteps.Build(derivation, selection), KernelSource.GenerateWithMap(derivation.Objective.Depth, null, Invariant($"Dmf{derivation.Objective.Depth}")), ReportProvenance.ToolVersion, example ? Example(derivation) : null),
            _ when steps => DerivationRenderer.Steps(derivation, DmfDerivationSteps.Build(derivation, selection), notation),
            _ => DerivationRenderer.Summary(derivation, selection, notation),
        };
    }

    /// <summary>
    /// The worked example's section for the derivation's depth: Y = diag(2, 8/5), widths 2, λ of the default example at
    /// L = 3; at other depths the same λ_l = 2^-k for every layer, the largest (k = 1, 2, …) whose global minimizer is not W = 0.
    /// </summary>
    private static string Example(DmfDerivation derivation)
    {
        int l = derivation.Objective.Depth;
        var values = new[] { new Dmf.Symbolic.Exact.BigRational(2), new Dmf.Symbolic.Exact.BigRational(8, 5) };
        var widths = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Repeat(2, l + 1));
        Dmf.Verify.Analysis.WorkedPoint? point = null;
        Dmf.Verify.Instance.DmfInstance? instance = null;
        for (int k = 1; point is null || point.Curvatures.Count == 0; k++)
        {
            instance = Dmf.Verify.Instance.DmfInstance.FromSingularValues(widths, InstanceOptions.Lambdas(l == 3 ? null : Invariant($"1/{1L << k}"), l), values);
            point = Dmf.Verify.Analysis.WorkedPoint.GlobalMinimizer(instance);
        }

        return WorkedExampleHtml.Section(derivation, instance!, point);
    }

    private static void WriteAllDepths(OutputDirectory directory, DerivativeSelection selection, bool example, System.IO.TextWriter console)
    {
        var set = new OutputSet().Directory(directory);
        var pages = new List<(int Depth, string File)>();
        for (int l = AllDepthsFrom; l <= AllDepthsTo; l++)
        {
            string file = Invariant($"derive-L{l}.html");
            var derivation = DmfCalculus.Derive(DmfObjective.Create(l), selection);
            set.Text(directory.File(file), Render(derivation, selection, "html", steps: true, example));
            pages.Add((l, file));
        }

        set.Text(directory.File("index.html"), DerivationHtml.Index(pages, ReportProvenance.ToolVersion));
        set.Commit(console);
        console.WriteLine(Invariant($"wrote {pages.Count} pages (L = {AllDepthsFrom}..{AllDepthsTo}) and index.html into {directory.Path}"));
    }

    private static DerivativeSelection ParseSelection(string text) => text.Trim().ToLowerInvariant() switch
    {
        "gradient" => DerivativeSelection.Gradient,
        "hessian" => DerivativeSelection.Hessian,
        "all" => DerivativeSelection.All,
        _ => throw new UsageException($"--what must be gradient, hessian or all, got '{text}'"),
    };
}
