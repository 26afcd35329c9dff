using Dmf.Cli.Output.Document;
using Dmf.Verify.Descent;

namespace Dmf.Cli.Output;

/// <summary>Text, JSON and Markdown for <c>dmf sweep</c>.</summary>
internal static class SweepRenderer
{
    private static readonly (SweepOutcome Outcome, string Column, string Key)[] Columns =
    {
        (SweepOutcome.Global, "global", "global"),
        (SweepOutcome.Spurious, "spurious", "spurious"),
        (SweepOutcome.Zero, "W = 0", "zero"),
        (SweepOutcome.Saddle, "saddle", "saddle"),
        (SweepOutcome.Other, "other", "other"),
    };

    /// <summary>The settings, the thresholds and one row per grid point.</summary>
    public static void Text(SweepReport report, TextWriter output)
    {
        var rows = Rows(report);
        var header = new[] { Axis(report) }.Concat(Columns.Select(c => c.Column)).Append("W = 0 is").Append("where (theory)").ToList();
        var notes = new List<string>
        {
            "Fractions of runs per point. global/spurious: a global / spurious local minimizer other than W = 0; saddle: any saddle;",
            report.Parameter == SweepParameter.Step
                ? "other: diverged, not converged, or not identified. 'where' lists the minimizers linearly stable at that step (2/lambda_max above it)."
                : "other: not converged or not identified. 'where' places the point against the thresholds of the largest singular value.",
        };
        notes.AddRange(report.Findings.Select(finding => $"!! {finding}: a finding."));
        var document = new ReportDocument(new Block[]
        {
            Paragraph.Lines(Settings(report)),
            new Table(header, rows.Select(row => (IReadOnlyList<string>)row.ToList()).ToList(), header.Select((_, k) => k > 0 && k <= Columns.Length).ToList()),
            Paragraph.Lines(notes),
        });
        TextPrinter.Print(document, output);
    }

    /// <summary>The sweep as JSON.</summary>
    public static void Json(SweepReport report, TextWriter output)
    {
        var instance = report.Base;
        var o = report.Options;
        var document = new
        {
            schemaVersion = 3,
            parameter = report.Parameter switch { SweepParameter.LambdaProduct => "lambda", SweepParameter.DataScale => "scale", _ => "step" },
            depth = instance.Depth,
            widths = instance.Widths,
            lambdas = instance.Lambdas.Select(l => l.ToExactString()),
            singularValues = instance.SingularValueTexts(),
            options = DescentRenderer.OptionsJson(o),
            thresholds = report.Thresholds.Select(t => new
            {
                kind = t.Minimizer is not null ? "stable-step" : t.Global ? "global" : "critical",
                index = t.Index < 0 ? (int?)null : t.Index + 1,
                value = t.Value,
                exact = t.Exact?.ToExactString(),
                minimizer = t.Minimizer?.ToString(),
                globalMinimizer = t.Minimizer is null ? (bool?)null : t.Global,
            }),
            findings = report.Findings,
            points = report.Points.Select(p => new
            {
                value = p.Value.ToExactString(),
                lambdas = p.Instance.Lambdas.Select(l => l.ToExactString()),
                singularValues = p.Instance.SingularValueTexts(),
                runs = p.Runs,
                counts = Columns.ToDictionary(c => c.Key, c => p.Counts[c.Outcome]),
                zeroIsGlobal = p.ZeroIsGlobal,
                region = Region(report, p),
            }),
        };
        JsonOutput.Write(document, output);
    }

    /// <summary>The sweep as Markdown, linking the picture <paramref name="picture"/> written beside it.</summary>
    public static string Markdown(SweepReport report, string picture, ReportProvenance? provenance = null)
    {
        var header = new[] { Axis(report) }.Concat(Columns.Select(c => c.Column)).Append("W = 0 is").Append("where (theory)").ToList();
        var blocks = new List<Block>
        {
            new Heading(1, Invariant($"Sweep: L = {report.Base.Depth}, widths {InstanceText.Widths(report.Base)}")),
            new BulletList(Settings(report).ToList()),
            new Pictures(new[] { ("fractions of runs per outcome", picture) }),
            new Table(header, Rows(report).Select(row => (IReadOnlyList<string>)row.ToList()).ToList(), header.Select((_, k) => k is > 0 and <= 5).ToList()),
        };
        if (provenance is not null)
        {
            blocks.AddRange(provenance.Blocks(Invariant($"seeds {report.Options.Seed}..{report.Options.Seed + report.Options.Runs - 1} at every point")));
        }

        return MarkdownPrinter.Print(new ReportDocument(blocks));
    }

    /// <summary>Where a point lies against the thresholds of y_1: below λ_glob, between, above λ_crit (or the scale's mirror).</summary>
    public static string Region(SweepReport report, SweepPoint point)
    {
        if (report.Parameter == SweepParameter.Step)
        {
            var stable = report.Thresholds.Where(t => t.StableStep is { } s && s.CompareTo(point.Value) > 0).Select(t => t.Minimizer!.ToString()).ToList();
            var undecided = report.Thresholds.Where(t => t.StableStep is { } s && s.CompareTo(point.Value) is null).Select(t => t.Minimizer!.ToString()).ToList();
            return (stable.Count == 0 ? "no minimizer stable" : "stable: " + string.Join(" ", stable)) + (undecided.Count == 0 ? string.Empty : "; undecided: " + string.Join(" ", undecided));
        }

        if (report.Thresholds.Count == 0)
        {
            return "no positive y";
        }

        // y1: the largest singular value (the last to leave the landscape as lambda grows).
        var ys = report.Base.SingularValues;
        int largest = report.Thresholds.Select(t => t.Index).OrderByDescending(j => ys[j]).First();
        var first = report.Thresholds.Where(t => t.Index == largest).ToList();
        string y = Invariant($"y{largest + 1}");

        var global = first.First(t => t.Global);
        var critical = first.First(t => !t.Global);
        if (report.Parameter == SweepParameter.LambdaProduct)
        {
            int toGlobal = point.Value.CompareTo(global.Exact!.Value);
            int toCritical = point.Value.CompareTo(critical.Exact!.Value);
            return toGlobal < 0 ? $"below lambda_glob({y})"
                : toGlobal == 0 ? $"at lambda_glob({y})"
                : toCritical < 0 ? $"between lambda_glob({y}) and lambda_crit({y})"
                : toCritical == 0 ? $"at lambda_crit({y})"
                : $"above lambda_crit({y})";
        }

        // Scale: t·y_1 against y_crit < y_glob (decided exactly through the instance's own thresholds).
        var landscape = point.Instance.Landscape;
        var value = point.Instance.SingularValues[largest];
        var relCritical = landscape.CompareToCritical(value);
        var relGlobal = landscape.CompareToGlobal(value);
        return relCritical == Dmf.Symbolic.Landscape.ThresholdRelation.Below ? $"t*{y} below y_crit"
            : relCritical == Dmf.Symbolic.Landscape.ThresholdRelation.Equal ? $"t*{y} at y_crit"
            : relGlobal == Dmf.Symbolic.Landscape.ThresholdRelation.Below ? $"t*{y} between y_crit and y_glob"
            : relGlobal == Dmf.Symbolic.Landscape.ThresholdRelation.Equal ? $"t*{y} at y_glob"
            : $"t*{y} above y_glob";
    }

    private static string Axis(SweepReport report) => report.Parameter switch { SweepParameter.LambdaProduct => "lambda", SweepParameter.DataScale => "t", _ => "step" };

    private static List<string> Settings(SweepReport report)
    {
        var instance = report.Base;
        var o = report.Options;
        string what = report.Parameter switch
        {
            SweepParameter.LambdaProduct => Invariant($"lambda = prod_l lambda_l over {report.Points.Count} points (lambda_1 set per point; lambda_2..lambda_L = {string.Join(", ", instance.Lambdas.Skip(1).Select(l => l.ToExactString()))})"),
            SweepParameter.DataScale => Invariant($"t over {report.Points.Count} points: singular values t*y_j (lambda = {InstanceText.Lambdas(instance)})"),
            _ => Invariant($"the constant step of gradient descent over {report.Points.Count} points (lambda = {InstanceText.Lambdas(instance)})"),
        };
        var lines = new List<string>
        {
            Invariant($"Sweep of {what}; L = {instance.Depth}, widths {InstanceText.Widths(instance)}, y = {string.Join(", ", instance.SingularValueTexts())}"),
            Invariant($"{o.Runs} descents per point (seeds {o.Seed}..{o.Seed + o.Runs - 1} at every point), init scale {o.InitScale}, {(report.Parameter == SweepParameter.Step ? "plain gradient descent W <- W - step*grad F" : DescentRenderer.Method(o))}, stop at |grad F| <= {o.Tolerance:G3} or {o.MaxIterations} iterations"),
        };
        var thresholds = report.Thresholds.Select(t =>
            report.Parameter switch
            {
                SweepParameter.LambdaProduct => Invariant($"lambda_{(t.Global ? "glob" : "crit")}(y{t.Index + 1}) = {Decimal(t)}"),
                SweepParameter.DataScale => Invariant($"t*y{t.Index + 1} = y_{(t.Global ? "glob" : "crit")} at t = {t.Value:G6}"),
                _ => Invariant($"2/lambda_max of {t.Minimizer}{(t.Global ? " (global)" : string.Empty)} = {SharpnessFormatting.Value(t.StableStep!, 6)}"),
            });
        lines.Add((report.Parameter == SweepParameter.Step ? "Largest stable steps (proved, docs/theory.md 4c): " : "Thresholds: ") + (report.Thresholds.Count == 0
            ? (report.Parameter == SweepParameter.Step ? "not computed (too many Hessian blocks)" : "none (no positive singular value)")
            : string.Join(", ", thresholds)));
        return lines;
    }

    private static string Decimal(SweepThreshold threshold) =>
        threshold.Exact is { } exact
            ? (exact.ToExactString() is { Length: <= 14 } short_ ? short_ : exact.ToDecimalString(6) + " (rounded)")
            : threshold.Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string[]> Rows(SweepReport report) => report.Points.Select(p =>
            new[] { p.Value.ToExactString() }
                .Concat(Columns.Select(c => p.Fraction(c.Outcome).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))
                .Append(p.ZeroIsGlobal ? "global" : "spurious")
                .Append(Region(report, p))
                .ToArray())
        .ToList();
}
