using Dmf.Cli.Output.Document;
using Dmf.Verify.Descent;
using static Dmf.Cli.Output.AnalyzeFormatting;

namespace Dmf.Cli.Output;

/// <summary>Text, JSON and Markdown for <c>dmf descend</c>.</summary>
internal static class DescentRenderer
{
    /// <summary>The histogram as a table with a summary.</summary>
    public static void Text(DescentReport report, TextWriter output)
    {
        var instance = report.Instance;
        var o = report.Options;
        var settings = new List<string> { Invariant($"Instance: L = {instance.Depth}, widths {InstanceText.Widths(instance)}, lambda = {InstanceText.Lambdas(instance)}, y = {string.Join(", ", instance.SingularValueTexts())} ({instance.SingularValueSource})") };
        if (!instance.SingularValuesExact)
        {
            settings.Add("Certified instance: the types and classes below hold for Y (its singular values are proved within the enclosures stated); the descents run at the floating values.");
        }

        settings.Add(Invariant($"{o.Runs} gradient descents (seeds {o.Seed}..{o.Seed + o.Runs - 1}, init scale {o.InitScale}, {Method(o)}, stop at |grad F| <= {o.Tolerance:G3} or {o.MaxIterations} iterations)"));
        settings.Add(Invariant($"Converged: {report.Runs.Count(r => r.End.Converged)} of {o.Runs}; iterations: median {Median(report.Runs.Select(r => r.End.Iterations).ToList())}, max {report.Runs.Max(r => r.End.Iterations)}"));
        var blocks = new List<Block> { Paragraph.Lines(settings), Histogram(report) };
        if (o.Optimizer == Optimizer.ConstantStep)
        {
            blocks.Add(Paragraph.Lines(EdgeOfStability(report)));
        }

        int saddles = report.Histogram.Where(h => h.Class is { IsMinimizer: false }).Sum(h => h.Count);
        int spurious = report.Histogram.Where(h => h.Class?.Class == Dmf.Verify.Landscape.PointClass.LocalMinimizer).Sum(h => h.Count);
        blocks.Add(new Paragraph(Invariant($"Runs ending at a saddle: {saddles}; at a spurious local minimizer: {spurious}.")));
        TextPrinter.Print(new ReportDocument(blocks), output);
    }

    // Which types the runs reached, how often, their class (and, for a constant step, their linear stability).
    private static Table Histogram(DescentReport report)
    {
        bool constant = report.Options.Optimizer == Optimizer.ConstantStep;
        var header = new List<string> { "type reached", "runs", "share", "class" };
        if (constant)
        {
            header.AddRange(new[] { "2/lambda_max", "for this step" });
        }

        var rows = report.Histogram.Select(h =>
        {
            var row = new List<string>
            {
                h.Key,
                Invariant($"{h.Count}"),
                (100.0 * h.Count / report.Options.Runs).ToString("F1", CultureInfo.InvariantCulture) + "%",
                h.Class is null ? "-" : ClassName(h.Class.Class),
            };
            if (constant)
            {
                row.AddRange(h.Sharpness is { } s ? new[] { SharpnessFormatting.StableStep(s, 6), SharpnessFormatting.Stability(h.Stability) } : new[] { string.Empty, string.Empty });
            }

            return (IReadOnlyList<string>)row;
        }).ToList();
        return new Table(header, rows, header.Select((_, k) => k is 1 or 2).ToList()) { MinimumWidths = header.Select((_, k) => k switch { 1 => 5, 2 => 6, 3 => 17, 4 => 12, _ => 0 }).ToList() };
    }

    private static IEnumerable<string> EdgeOfStability(DescentReport report)
    {
        var o = report.Options;
        if (report.StabilitySkipped is { } skipped)
        {
            yield return $"Edge of stability: not judged; the minimizers' Hessian spectra were {skipped}.";
            yield break;
        }

        yield return Invariant($"Edge of stability: with the constant step {o.Step}, a minimizer is linearly stable iff lambda_max < 2/step = {2 / o.Step:G6} (decided exactly from the Hessian's blocks, docs/theory.md 4c);");
        yield return "no run should converge to a minimizer marked UNSTABLE.";
        if (report.Minimizers.Count > 0)
        {
            yield return "Every minimizer: " + string.Join(", ", report.Minimizers.Select(m => Invariant($"{m.Type} {SharpnessFormatting.Stability(m.Stability)} (2/lambda_max = {SharpnessFormatting.StableStep(m.Sharpness, 6)})"))) + ".";
        }

        foreach (var finding in report.Findings)
        {
            yield return $"!! {finding}: a finding.";
        }
    }

    /// <summary>The report as JSON: options, histogram, and per run seed, loss, gradient norm, iterations, type.</summary>
    public static void Json(DescentReport report, TextWriter output)
    {
        var o = report.Options;
        var document = new
        {
            schemaVersion = 3,
            depth = report.Instance.Depth,
            widths = report.Instance.Widths,
            lambdas = report.Instance.Lambdas.Select(l => l.ToExactString()),
            singularValues = report.Instance.SingularValueTexts(),
            singularValueSource = report.Instance.SingularValueSource,
            singularValuesExact = report.Instance.SingularValuesExact,
            options = OptionsJson(o),
            histogram = report.Histogram.Select(h => new
            {
                type = h.Key,
                classification = h.Class is null ? null : ClassKey(h.Class.Class),
                count = h.Count,
                lambdaMax = h.Sharpness?.Largest.Approximation,
                largestStableStep = h.Sharpness?.LargestStableStep?.Approximation,
                stability = h.Stability switch { Dmf.Verify.Numerics.LinearStability.Stable => "stable", Dmf.Verify.Numerics.LinearStability.Unstable => "unstable", Dmf.Verify.Numerics.LinearStability.Undecided => "undecided", _ => null },
            }),
            findings = report.Findings,
            minimizers = report.Minimizers.Select(m => new
            {
                type = m.Type.ToString(),
                classification = ClassKey(m.Class.Class),
                lambdaMax = m.Sharpness.Largest.Approximation,
                largestStableStep = m.Sharpness.LargestStableStep?.Approximation,
                stability = m.Stability switch { Dmf.Verify.Numerics.LinearStability.Stable => "stable", Dmf.Verify.Numerics.LinearStability.Unstable => "unstable", _ => "undecided" },
            }),
            runs = report.Runs.Select(r => new { seed = r.Seed, loss = r.End.Loss, gradientNorm = r.End.GradientNorm, iterations = r.End.Iterations, converged = r.End.Converged, diverged = r.End.Diverged, type = r.Reached.Type?.ToString(), problem = r.Reached.Problem }),
        };
        JsonOutput.Write(document, output);
    }

    /// <summary>The report as Markdown (instance and settings as a list, the histogram as a table), linking descent.png and descent-loss.png written beside it.</summary>
    public static string Markdown(DescentReport report, ReportProvenance? provenance = null)
    {
        var instance = report.Instance;
        var o = report.Options;
        int converged = report.Runs.Count(r => r.End.Converged);
        var blocks = new List<Block>
        {
            new Heading(1, Invariant($"Gradient descent: L = {instance.Depth}, widths {InstanceText.Widths(instance)}")),
            new BulletList(new[]
            {
                $"λ = {InstanceText.Lambdas(instance)}; y = {string.Join(", ", instance.SingularValueTexts())} ({instance.SingularValueSource})",
                Invariant($"{o.Runs} runs, seeds {o.Seed}..{o.Seed + o.Runs - 1}, init scale {o.InitScale}, {Method(o)}; stop at ‖∇F‖ ≤ {o.Tolerance:G3} or {o.MaxIterations} iterations"),
                Invariant($"converged: {converged} of {o.Runs}; iterations: median {Median(report.Runs.Select(r => r.End.Iterations).ToList())}, max {report.Runs.Max(r => r.End.Iterations)}"),
            }),
            new Table(
                new[] { "type reached", "runs", "share", "class" },
                report.Histogram.Select(h => (IReadOnlyList<string>)new[]
                {
                    h.Key,
                    h.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    (100.0 * h.Count / o.Runs).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "%",
                    h.Class is null ? "-" : ClassName(h.Class.Class),
                }).ToList(),
                new[] { false, true, true, false }),
            new Pictures(new[] { ("types reached", "descent.png") }),
            new Pictures(new[] { ("loss curves", "descent-loss.png") }),
        };
        if (provenance is not null)
        {
            blocks.AddRange(provenance.Blocks(Invariant($"seeds {o.Seed}..{o.Seed + o.Runs - 1}")));
        }

        return MarkdownPrinter.Print(new ReportDocument(blocks));
    }

    /// <summary>The descent method in words: "L-BFGS + Armijo" or "first step η, Barzilai-Borwein + Armijo".</summary>
    public static string Method(DescentOptions o) => o.Optimizer switch
    {
        Optimizer.Lbfgs => "L-BFGS + Armijo",
        Optimizer.ConstantStep => Invariant($"constant step {o.Step} (plain gradient descent)"),
        _ => Invariant($"first step {o.Step}, Barzilai-Borwein + Armijo"),
    };

    /// <summary>The optimizer's name in JSON and on the command line.</summary>
    public static string OptimizerKey(Optimizer optimizer) => optimizer switch
    {
        Optimizer.Lbfgs => "lbfgs",
        Optimizer.ConstantStep => "constant",
        _ => "gd",
    };

    /// <summary>The settings as the JSON object both descend and sweep write.</summary>
    public static object OptionsJson(DescentOptions o) =>
        new { runs = o.Runs, seed = o.Seed, initScale = o.InitScale, step = o.Step, maxIterations = o.MaxIterations, tolerance = o.Tolerance, optimizer = OptimizerKey(o.Optimizer) };

    private static int Median(System.Collections.Generic.List<int> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
