using System.IO;
using System.Linq;
using Dmf.Verify.Analysis;
using static Dmf.Cli.Output.AnalyzeFormatting;
using static System.FormattableString;

namespace Dmf.Cli.Output;

/// <summary>The Markdown report of <c>dmf analyze --out report.md</c>: instance, thresholds, verdicts, counts, critical-point table.</summary>
internal static class AnalyzeMarkdownRenderer
{
    // An exact value as math: a fraction p/q as \frac{p}{q}, exponents of decimals (1.5E+20) as ·10^{20}.
    private static string Math(string value)
    {
        var fraction = System.Text.RegularExpressions.Regex.Match(value, @"^(-?)(\d+)/(\d+)$");
        if (fraction.Success)
        {
            return $"{fraction.Groups[1].Value}\\tfrac{{{fraction.Groups[2].Value}}}{{{fraction.Groups[3].Value}}}";
        }

        var scientific = System.Text.RegularExpressions.Regex.Match(value, @"^(-?[\d.]+)[eE]([+-]?)0*(\d+)$");
        return scientific.Success
            ? $"{scientific.Groups[1].Value} \\cdot 10^{{{(scientific.Groups[2].Value == "-" ? "-" : string.Empty)}{scientific.Groups[3].Value}}}"
            : value;
    }

    /// <summary>The report as Markdown text; <paramref name="pictures"/> are (title, relative path) pairs to link.</summary>
    public static string Render(LandscapeReport report, int digits, System.Collections.Generic.IReadOnlyList<(string Title, string Path)>? pictures = null, ReportProvenance? provenance = null)
    {
        var instance = report.Instance;
        var text = new StringWriter();
        text.WriteLine(Invariant($"# Landscape analysis: L = {instance.Depth}, widths {InstanceText.Widths(instance)}"));
        text.WriteLine();
        text.WriteLine("## Instance");
        text.WriteLine();
        text.WriteLine($"- $\\lambda = ({string.Join(", ", instance.Lambdas.Select(l => Math(l.ToExactString())))})$, $\\prod_l \\lambda_l = {Math(instance.Landscape.LambdaProduct.ToExactString())}$");
        text.WriteLine($"- singular values of $Y$: $y = ({string.Join(", ", instance.SingularValueTexts().Select(Math))})$ ({instance.SingularValueSource})");
        text.WriteLine($"- $y_{{\\mathrm{{crit}}}} = {report.CriticalThreshold.ToDecimalString(digits)}$, $y_{{\\mathrm{{glob}}}} = {report.GlobalThreshold.ToDecimalString(digits)}$");
        text.WriteLine();
        text.WriteLine("## Verdicts");
        text.WriteLine();
        text.WriteLine($"- established: {Establishment(report)}");
        text.WriteLine($"- benign landscape: {(report.Verdicts.Benign ? "yes" : $"**no** (y = y_crit at index {InvariantText.Join(", ", report.Verdicts.OffendingIndices.Select(j => j + 1))})")}");
        text.WriteLine($"- collapse to zero: {(report.Verdicts.CollapsesToZero ? "yes" : "no")}");
        var counts = report.Counts;
        text.WriteLine(Invariant($"- critical-point types: {CountText(counts.Total)} — global minimizers {CountText(counts.GlobalMinimizers)}, local minimizers (incl. global) {CountText(counts.LocalMinimizers)}, strict saddles {CountText(counts.StrictSaddles)}, non-strict saddles {CountText(counts.NonStrictSaddles)}"));
        var (agree, disagree, inconclusive, unchecked_) = report.NumericTally;
        text.WriteLine(unchecked_ == report.Points.Count
            ? "- numeric check: skipped"
            : Invariant($"- numeric check of the listed points: {agree} agree, {disagree} disagree, {inconclusive} inconclusive"));
        if (report.Points.Any(p => p.Exact is not null))
        {
            var (verified, refuted, unknown, vacuous, disagreement) = report.ExactTally;
            text.WriteLine(Invariant($"- exact verification (Z3): {verified} verified, {refuted} refuted, {unknown} unknown, {vacuous} vacuous") + (disagreement > 0 ? Invariant($", {disagreement} with a solver disagreement") : string.Empty));
        }

        text.WriteLine();
        if (pictures is { Count: > 0 })
        {
            text.WriteLine("## Pictures");
            text.WriteLine();
            foreach (var (title, path) in pictures)
            {
                text.WriteLine($"![{title}]({path})");
            }

            text.WriteLine();
        }

        text.WriteLine("## Critical points");
        text.WriteLine();
        text.WriteLine(ListingHeading(report) + ".");
        text.WriteLine();
        bool exact = report.Points.Any(p => p.Exact is not null);
        text.WriteLine("| # | $\\sigma$ per slot → $y$ | $F$ | class | rule | numeric check |" + (exact ? " exact (Z3) |" : string.Empty));
        text.WriteLine("|---|---|---|---|---|---|" + (exact ? "---|" : string.Empty));
        int row = 0;
        foreach (var point in report.Points)
        {
            row++;
            string[] cells =
            {
                Invariant($"{row}"),
                SigmaPerSlot(point.Slots, digits).Replace("->", "→", System.StringComparison.Ordinal),
                Fixed(point.Loss, digits),
                ClassName(point.Classification.Class),
                point.Classification.Reason,
                NumericSummary(point.Numeric),
            };
            var all = exact ? cells.Append(ExactSummary(point.Exact)) : cells;
            text.WriteLine("| " + string.Join(" | ", all.Select(ReportProvenance.Cell)) + " |");
        }

        RenderSharpness(report, digits, text);
        if (provenance is not null)
        {
            var first = report.Points.Select(p => p.Numeric).FirstOrDefault(n => n is not null);
            var solvers = report.Points.Where(p => p.Exact is not null).SelectMany(p => p.Exact!.Claims).Select(c => c.SolverVersion).Concat(
                report.Points.Where(p => p.Exact is not null).SelectMany(p => p.Exact!.Claims).Where(c => c.IndependentAnswer is not null).Select(c => c.IndependentAnswer!.Split(':')[0])).Distinct().ToList();
            text.WriteLine();
            text.Write(provenance.Markdown(
                solvers.Count > 0 ? "solvers: " + string.Join(", ", solvers) : string.Empty,
                first is null ? "numeric check: not run" : Invariant($"numeric check: {(first.Method == Dmf.Verify.Numerics.SpectrumMethod.Dense ? "dense Hessian spectrum" : "Lanczos")}; tolerances c*eps*scale with c = 64*L*max d_l, eps = 2^-52 (docs/analyze.md)")));
        }

        return text.ToString();
    }

    /// <summary>The minimizers' Hessian spectra as a table, numbered as in the critical-point table.</summary>
    private static void RenderSharpness(LandscapeReport report, int digits, StringWriter text)
    {
        var rows = report.Points.Select((p, i) => (Point: p, Row: i + 1)).Where(r => r.Point.Sharpness is not null).ToList();
        if (rows.Count == 0)
        {
            if (report.SharpnessSkipped is { } none)
            {
                text.WriteLine();
                text.WriteLine("## Sharpness of the minimizers");
                text.WriteLine();
                text.WriteLine($"{char.ToUpperInvariant(none[0])}{none[1..]}.");
            }

            return;
        }

        text.WriteLine();
        text.WriteLine("## Sharpness of the minimizers");
        text.WriteLine();
        text.WriteLine("The Hessian's spectrum from its blocks (docs/theory.md §4c): every value proved — exact, or a certified enclosure shown rounded. +/−/0 counts positive, negative and zero eigenvalues with multiplicity; $2/\\lambda_{\\max}$ is the largest step for which gradient descent stays near the minimizer.");
        text.WriteLine();
        string stepColumn = report.Step is { } step ? $" step ${Math(step.ToExactString())}$ |" : string.Empty;
        text.WriteLine("| # | $\\lambda_{\\max}$ | $\\lambda_{\\min}$ | $\\operatorname{tr}\\nabla^2 F$ | +/−/0 | $2/\\lambda_{\\max}$ | block |" + stepColumn);
        text.WriteLine("|---|---|---|---|---|---|---|" + (stepColumn.Length > 0 ? "---|" : string.Empty));
        foreach (var (point, row) in rows)
        {
            var s = point.Sharpness!;
            var cells = new[]
            {
                Invariant($"{row}"),
                SharpnessFormatting.Value(s.Largest, digits),
                SharpnessFormatting.Value(s.Smallest, digits).Replace("+-", "±", System.StringComparison.Ordinal),
                SharpnessFormatting.Value(s.Trace, digits),
                SharpnessFormatting.Counts(s),
                SharpnessFormatting.StableStep(s, digits),
                SharpnessFormatting.Block(s),
            }.Concat(stepColumn.Length > 0 ? new[] { SharpnessFormatting.Stability(point.Stability) } : System.Array.Empty<string>());
            text.WriteLine("| " + string.Join(" | ", cells.Select(ReportProvenance.Cell)) + " |");
        }

        if (report.SharpnessSkipped is { } partly)
        {
            text.WriteLine();
            text.WriteLine($"{char.ToUpperInvariant(partly[0])}{partly[1..]}.");
        }

        if (SharpnessFormatting.SolverProof(rows) is { } proved)
        {
            text.WriteLine();
            text.WriteLine($"$\\lambda_{{\\max}}$ by the solvers (lmax claims): {proved}.");
        }
    }
}
