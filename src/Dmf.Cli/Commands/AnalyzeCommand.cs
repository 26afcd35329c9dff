using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Cli.Output.Html;
using Dmf.Cli.Parsing;
using Dmf.Plots;
using Dmf.Verify.Analysis;
using Dmf.Verify.Instance;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Cli.Commands;

/// <summary>
/// <c>dmf analyze</c>: every critical-point type of an instance, classified exactly by the rules of docs/theory.md §3 with
/// the rule that fired, its loss, and a numeric cross-check at a realized point through the generated kernels.
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>Builds the command; <paramref name="progress"/> is the run's progress line on stderr (shown past two seconds on a terminal).</summary>
    public static Command Create(ProgressBar progress)
    {
        var instanceOptions = new InstanceOptions();
        var limit = new Option<string>("--limit") { Description = "List at most N critical-point types.", DefaultValueFactory = _ => "100", HelpName = "N" };
        var only = new Option<string>("--only") { Description = "Which types to list: all, minimizers or saddles.", DefaultValueFactory = _ => "all", HelpName = "all|minimizers|saddles" };
        only.CompletionSources.Add("all", "minimizers", "saddles");
        var noNumeric = new Option<bool>("--no-numeric") { Description = "Skip the numeric cross-check (exact classification only; needed for L > 16)." };
        var seed = new Option<string?>("--seed") { Description = "Realize points with random orthogonal hidden factors from this seed (default: identity).", HelpName = "S" };
        var denseLimit = new Option<string>("--dense-limit")
        {
            Description = Invariant($"Largest parameter count for a dense Hessian spectrum; above it Lanczos finds the smallest eigenvalue."),
            DefaultValueFactory = _ => NumericCheckOptions.DefaultDenseLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            HelpName = "N",
        };
        var audit = new Option<bool>("--audit") { Description = Invariant($"Exhaustive audit: check every type (at most {LandscapeAudit.MaxTypes}); exit code 1 on any disagreement.") };
        var digits = new Option<string>("--digits") { Description = "Digits after the decimal point for sigma, F and thresholds, 1..30.", DefaultValueFactory = _ => "6", HelpName = "N" };
        var exact = new Option<bool>("--exact") { Description = "Also prove each type's classification with Z3 (verified / refuted / unknown per type); exit code 1 on a refutation, 4 when a type is unknown." };
        var exactBudget = new Option<string>("--exact-budget")
        {
            Description = "With --exact: refuse up front when the proofs are estimated past this many seconds (about 15 ms per claim; docs/verification.md).",
            DefaultValueFactory = _ => "600",
            HelpName = "SECONDS",
        };
        var smtOut = new Option<string?>("--smt-out") { Description = "With --exact: save every query as a self-contained .smt2 file in DIR (replay: dmf smt check FILE, or z3 FILE).", HelpName = "DIR" };
        var solvers = new VerifierOptions("With --exact: ");
        var sharpness = new Option<bool>("--sharpness") { Description = Invariant($"Compute the minimizers' Hessian spectra (lambda_max, trace, counts) with the larger budget: up to {HessianSpectra.MaxBlocks} blocks formed and {HessianSpectra.MaxClosedForms} closed-form blocks; by default {HessianSpectra.DefaultBlocks} and {HessianSpectra.DefaultClosedForms}; with --exact, each minimizer's lambda_max is proved too (docs/analyze.md).") };
        var step = new Option<string?>("--step") { Description = "Mark each minimizer linearly stable or unstable for gradient descent with this step (lambda_max vs 2/step, decided exactly; docs/analyze.md).", HelpName = "ETA" };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of the table." };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Also write a report to this file (atomically): Markdown with two pictures beside it, or, for a name ending in .html, one self-contained HTML page (tables, rendered math, pictures embedded).",
            HelpName = "report.md|report.html",
        };

        var command = new Command(
            "analyze",
            "Enumerate, classify and numerically cross-check every critical point of an instance (docs/theory.md sections 2-5). " +
            "Default: the L = 3 example of section 5. Exit code 1 when the numerics disagree with a rule.");
        foreach (var option in instanceOptions.All)
        {
            command.Options.Add(option);
        }

        foreach (var option in new Option[] { limit, only, noNumeric, seed, denseLimit, audit, exact, exactBudget, smtOut, solvers.Timeout, solvers.SecondSolver, solvers.SecondTimeout, sharpness, step, digits, json, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            // Outputs are checked before any work: a bad path fails in a second, not after the analysis.
            var inputs = instanceOptions.Inputs(parsed);
            var reportTarget = parsed.GetValue(output) is { } reportPath ? OutputTarget.Check(reportPath, "--out", inputs: inputs) : null;
            bool htmlReport = reportTarget is not null && IsHtml(reportTarget.Path);
            var pictureTargets = reportTarget is { Mode: OutputMode.Replace } && !htmlReport
                ? PictureNames(reportTarget.Path).Select(name => OutputTarget.Check(name, "--out", inputs: inputs)).ToArray()
                : Array.Empty<OutputTarget>();
            var smtDirectory = parsed.GetValue(smtOut) is { } smtPath ? OutputDirectory.Check(smtPath, "--smt-out", inputs).RequireNoOther("*.smt2", ".smt2 queries") : null;
            bool wantsNumeric = !parsed.GetValue(noNumeric);
            progress.Phase("reading Y and its singular values");
            var instance = instanceOptions.Build(parsed, widths =>
            {
                if (wantsNumeric)
                {
                    RequireNumericFeasible(widths);
                }
            });
            bool isAudit = parsed.GetValue(audit);
            long max = isAudit ? LandscapeAudit.MaxTypes : InputParsing.ParseInteger("--limit", parsed.GetValue(limit)!, 1, 10_000_000, "how many types to list");
            var selection = parsed.GetValue(only)!.Trim() switch
            {
                "all" => TypeSelection.All,
                "minimizers" => TypeSelection.Minimizers,
                "saddles" => TypeSelection.Saddles,
                var other => throw new UsageException($"--only expects all, minimizers or saddles, got '{other}'"),
            };
            if (isAudit && selection != TypeSelection.All)
            {
                throw new UsageException("--audit checks every type; it cannot be combined with --only");
            }

            int n = InputParsing.ParseInteger("--digits", parsed.GetValue(digits)!, 1, 30, "digits after the decimal point");
            var factors = parsed.GetValue(seed) is { } s
                ? OrthogonalFactors.Random(InputParsing.ParseInteger("--seed", s, 0, int.MaxValue, "the seed of the random orthogonal factors"))
                : OrthogonalFactors.Identity;
            int dense = InputParsing.ParseInteger("--dense-limit", parsed.GetValue(denseLimit)!, 1, 4000, "parameters for a dense spectrum");
            var numeric = parsed.GetValue(noNumeric) ? null : new NumericCheckOptions(factors, dense);
            if (isAudit && instance.Types().Count() is var total && total > LandscapeAudit.MaxTypes)
            {
                throw new UsageException(Invariant($"--audit: the instance has {total} types, more than {LandscapeAudit.MaxTypes}; audit a smaller instance"));
            }

            BigRational? eta = null;
            if (parsed.GetValue(step) is { } stepText)
            {
                eta = InputParsing.ParseExact("--step", stepText);
                if (eta.Value.Sign <= 0)
                {
                    throw new UsageException($"--step expects a positive step, got '{stepText}'");
                }

                if (selection == TypeSelection.Saddles)
                {
                    throw new UsageException("--step marks minimizers; it cannot be combined with --only saddles");
                }
            }

            int budgetSeconds = InputParsing.ParseInteger("--exact-budget", parsed.GetValue(exactBudget)!, 1, 10_000_000, "seconds the proofs may be estimated at");
            if (!parsed.GetValue(exact) && parsed.GetResult(exactBudget) is { Implicit: false })
            {
                throw new UsageException("--exact-budget limits --exact; add --exact");
            }

            ExactVerifier? verifier = null;
            if (parsed.GetValue(exact))
            {
                verifier = solvers.Build(parsed);
            }
            else if (parsed.GetValue(smtOut) is not null)
            {
                throw new UsageException("--smt-out saves the queries of --exact; add --exact");
            }
            else if (solvers.FirstGiven(parsed) is { } solverOption)
            {
                throw new UsageException($"{solverOption} sets the solvers of --exact; add --exact");
            }

            progress.Phase(verifier is null ? "analyzing the critical points" : "analyzing and proving the critical points", "types");
            LandscapeReport report;
            try
            {
                report = LandscapeAnalyzer.Analyze(instance, new AnalysisOptions(selection, max, numeric, verifier) { ExactBudgetSeconds = budgetSeconds, Step = eta, ProveSharpness = parsed.GetValue(sharpness), SharpnessBlocks = parsed.GetValue(sharpness) || eta is not null ? HessianSpectra.MaxBlocks : HessianSpectra.DefaultBlocks, SharpnessClosedForms = parsed.GetValue(sharpness) || eta is not null ? HessianSpectra.MaxClosedForms : HessianSpectra.DefaultClosedForms }, progress.Report);
            }
            catch (ArgumentException exception)
            {
                throw new UsageException(exception.Message.TrimEnd('.'));
            }

            progress.Phase("writing the report");
            var writer = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(json))
            {
                AnalyzeJsonRenderer.Render(report, n, writer);
            }
            else
            {
                AnalyzeTextRenderer.Render(report, n, writer);
                if (isAudit)
                {
                    var (agree, disagree, inconclusive, _) = report.NumericTally;
                    writer.WriteLine(Invariant($"Audit: all {report.Points.Count} types checked: {agree} agree, {disagree} disagree, {inconclusive} inconclusive."));
                }
            }

            var files = new OutputSet();
            if (reportTarget is not null)
            {
                // The pictures beside the report (when it is a file), linked relatively; all written or none.
                var pictures = new List<(string Title, string Path)>();
                if (pictureTargets.Length == 2)
                {
                    pictures.Add(("roots of f(x; y)", Path.GetFileName(pictureTargets[0].FullPath)));
                    pictures.Add(("phase diagram", Path.GetFileName(pictureTargets[1].FullPath)));
                    files.Bytes(pictureTargets[0], RootsPicture.Render(instance, PictureSize.Default));
                    files.Bytes(pictureTargets[1], PhasePicture.Render(instance, PictureSize.Default));
                }

                if (htmlReport)
                {
                    // One page: the same Markdown with its pictures embedded as data: URIs, converted to HTML.
                    pictures.Add(("roots of f(x; y)", DataUri(RootsPicture.Render(instance, PictureSize.Default))));
                    pictures.Add(("phase diagram", DataUri(PhasePicture.Render(instance, PictureSize.Default))));
                }

                // One document, printed as the page or as Markdown: neither form is parsed back into the other.
                var document = AnalyzeMarkdownRenderer.Document(report, n, pictures, ReportProvenance.Of(parsed));
                files.Text(reportTarget, htmlReport ? HtmlPage.Document(document.Title, Output.Document.HtmlPrinter.Body(document)) : Output.Document.MarkdownPrinter.Print(document));
            }

            if (smtDirectory is not null)
            {
                SmtArchive.AddTo(files, smtDirectory, report);
            }

            files.Commit(writer);

            return report.NumericTally.Disagree > 0 || report.ExactTally.Refuted > 0 || report.ExactTally.Disagreement > 0 ? ExitCodes.CheckFailed
                : report.ExactTally.Unknown > 0 || report.ExactTally.Vacuous > 0 ? ExitCodes.NotEstablished
                : ExitCodes.Success;
        });

        return command;
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static string DataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    /// <summary>The pictures of a report file: REPORT-roots.png and REPORT-phase.png beside it.</summary>
    private static string[] PictureNames(string reportPath)
    {
        string directory = Path.GetDirectoryName(reportPath) ?? string.Empty;
        string stem = Path.GetFileNameWithoutExtension(reportPath);
        return new[] { Path.Combine(directory, stem + "-roots.png"), Path.Combine(directory, stem + "-phase.png") };
    }

    /// <summary>Largest parameter count the numeric check accepts (Lanczos keeps ~200 vectors of this length).</summary>
    public const long MaxNumericParameters = 1_000_000;

    private static void RequireNumericFeasible(IReadOnlyList<int> widths)
    {
        int depth = widths.Count - 1;
        if (!DepthKernels.IsAvailable(depth))
        {
            throw new UsageException(Invariant($"the numeric check runs on generated kernels for depths {DepthKernels.MinDepth}..{DepthKernels.MaxDepth}; use --no-numeric for depth {depth}"));
        }

        long parameters = DmfInstance.ParameterCountOf(widths);
        if (parameters > MaxNumericParameters)
        {
            throw new UsageException(Invariant($"the instance has {parameters} parameters, more than the numeric check's {MaxNumericParameters}; use --no-numeric"));
        }
    }
}
