using Dmf.Cli.Output.Document;
using Dmf.Verify.Analysis;
using static Dmf.Cli.Output.AnalyzeFormatting;

namespace Dmf.Cli.Output;

/// <summary>
/// The report of <c>dmf analyze --out report.md|report.html</c> as one typed document — instance, thresholds, verdicts,
/// counts, pictures, the critical-point table, the minimizers' sharpness, provenance — printed as Markdown or HTML.
/// </summary>
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
    public static string Render(LandscapeReport report, int digits, IReadOnlyList<(string Title, string Path)>? pictures = null, ReportProvenance? provenance = null) =>
        MarkdownPrinter.Print(Document(report, digits, pictures, provenance));

    /// <summary>The report as a typed document (printed as Markdown or HTML); <paramref name="pictures"/> are (title, source) pairs.</summary>
    public static ReportDocument Document(LandscapeReport report, int digits, IReadOnlyList<(string Title, string Path)>? pictures = null, ReportProvenance? provenance = null)
    {
        var instance = report.Instance;
        var blocks = new List<Block>
        {
            new Heading(1, Invariant($"Landscape analysis: L = {instance.Depth}, widths {InstanceText.Widths(instance)}")),
            new Heading(2, "Instance"),
            new BulletList(new[]
            {
                $"$\\lambda = ({string.Join(", ", instance.Lambdas.Select(l => Math(l.ToExactString())))})$, $\\prod_l \\lambda_l = {Math(instance.Landscape.LambdaProduct.ToExactString())}$",
                $"singular values of $Y$: $y = ({string.Join(", ", instance.SingularValueTexts().Select(Math))})$ ({instance.SingularValueSource})",
                $"$y_{{\\mathrm{{crit}}}} = {report.CriticalThreshold.ToDecimalString(digits)}$, $y_{{\\mathrm{{glob}}}} = {report.GlobalThreshold.ToDecimalString(digits)}$",
            }),
            new Heading(2, "Verdicts"),
        };
        var verdicts = new List<string>
        {
            $"established: {Establishment(report)}",
            $"benign landscape: {(report.Verdicts.Benign ? "yes" : $"**no** (y = y_crit at index {InvariantText.Join(", ", report.Verdicts.OffendingIndices.Select(j => j + 1))})")}",
            $"collapse to zero: {(report.Verdicts.CollapsesToZero ? "yes" : "no")}",
        };
        var counts = report.Counts;
        verdicts.Add(Invariant($"critical-point types: {CountText(counts.Total)} — global minimizers {CountText(counts.GlobalMinimizers)}, local minimizers (incl. global) {CountText(counts.LocalMinimizers)}, strict saddles {CountText(counts.StrictSaddles)}, non-strict saddles {CountText(counts.NonStrictSaddles)}"));
        var (agree, disagree, inconclusive, unchecked_) = report.NumericTally;
        verdicts.Add(unchecked_ == report.Points.Count
            ? "numeric check: skipped"
            : Invariant($"numeric check of the listed points: {agree} agree, {disagree} disagree, {inconclusive} inconclusive"));
        if (report.Points.Any(p => p.Exact is not null))
        {
            var (verified, refuted, unknown, vacuous, disagreement) = report.ExactTally;
            verdicts.Add(Invariant($"exact verification (Z3): {verified} verified, {refuted} refuted, {unknown} unknown, {vacuous} vacuous") + (disagreement > 0 ? Invariant($", {disagreement} with a solver disagreement") : string.Empty));
        }

        blocks.Add(new BulletList(verdicts));
        if (pictures is { Count: > 0 })
        {
            blocks.Add(new Heading(2, "Pictures"));
            blocks.Add(new Pictures(pictures));
        }

        blocks.Add(new Heading(2, "Critical points"));
        blocks.Add(new Paragraph(ListingHeading(report) + "."));
        bool exact = report.Points.Any(p => p.Exact is not null);
        var header = new List<string> { "#", "$\\sigma$ per slot → $y$", "$F$", "class", "rule", "numeric check" };
        if (exact)
        {
            header.Add("exact (Z3)");
        }

        var rows = report.Points.Select((point, i) =>
        {
            var cells = new List<string>
            {
                Invariant($"{i + 1}"),
                SigmaPerSlot(point.Slots, digits).Replace("->", "→", System.StringComparison.Ordinal),
                Fixed(point.Loss, digits),
                ClassName(point.Classification.Class),
                point.Classification.Reason,
                NumericSummary(point.Numeric),
            };
            if (exact)
            {
                cells.Add(ExactSummary(point.Exact));
            }

            return (IReadOnlyList<string>)cells;
        }).ToList();
        blocks.Add(new Table(header, rows));

        blocks.AddRange(Sharpness(report, digits));
        if (provenance is not null)
        {
            var first = report.Points.Select(p => p.Numeric).FirstOrDefault(n => n is not null);
            var solvers = report.Points.Where(p => p.Exact is not null).SelectMany(p => p.Exact!.Claims).Select(c => c.SolverVersion).Concat(
                report.Points.Where(p => p.Exact is not null).SelectMany(p => p.Exact!.Claims).Where(c => c.IndependentAnswer is not null).Select(c => c.IndependentAnswer!.Split(':')[0])).Distinct().ToList();
            blocks.AddRange(provenance.Blocks(
                solvers.Count > 0 ? "solvers: " + string.Join(", ", solvers) : string.Empty,
                first is null ? "numeric check: not run" : Invariant($"numeric check: {(first.Method == Dmf.Verify.Numerics.SpectrumMethod.Dense ? "dense Hessian spectrum" : "Lanczos")}; tolerances c*eps*scale with c = 64*L*max d_l, eps = 2^-52 (docs/analyze.md)")));
        }

        return new ReportDocument(blocks);
    }

    /// <summary>The minimizers' Hessian spectra as a table, numbered as in the critical-point table.</summary>
    private static IEnumerable<Block> Sharpness(LandscapeReport report, int digits)
    {
        var rows = report.Points.Select((p, i) => (Point: p, Row: i + 1)).Where(r => r.Point.Sharpness is not null).ToList();
        if (rows.Count == 0)
        {
            if (report.SharpnessSkipped is { } none)
            {
                yield return new Heading(2, "Sharpness of the minimizers");
                yield return new Paragraph($"{char.ToUpperInvariant(none[0])}{none[1..]}.");
            }

            yield break;
        }

        yield return new Heading(2, "Sharpness of the minimizers");
        yield return new Paragraph("The Hessian's spectrum from its blocks (docs/theory.md §4c): every value proved — exact, or a certified enclosure shown rounded. +/−/0 counts positive, negative and zero eigenvalues with multiplicity; $2/\\lambda_{\\max}$ is the largest step for which gradient descent stays near the minimizer.");
        var header = new List<string> { "#", "$\\lambda_{\\max}$", "$\\lambda_{\\min}$", "$\\operatorname{tr}\\nabla^2 F$", "+/−/0", "$2/\\lambda_{\\max}$", "block" };
        if (report.Step is { } step)
        {
            header.Add($"step ${Math(step.ToExactString())}$");
        }

        var table = rows.Select(r =>
        {
            var s = r.Point.Sharpness!;
            var cells = new List<string>
            {
                Invariant($"{r.Row}"),
                SharpnessFormatting.Value(s.Largest, digits),
                SharpnessFormatting.Value(s.Smallest, digits).Replace("+-", "±", System.StringComparison.Ordinal),
                SharpnessFormatting.Value(s.Trace, digits),
                SharpnessFormatting.Counts(s),
                SharpnessFormatting.StableStep(s, digits),
                SharpnessFormatting.Block(s),
            };
            if (report.Step is not null)
            {
                cells.Add(SharpnessFormatting.Stability(r.Point.Stability));
            }

            return (IReadOnlyList<string>)cells;
        }).ToList();
        yield return new Table(header, table);
        if (report.SharpnessSkipped is { } partly)
        {
            yield return new Paragraph($"{char.ToUpperInvariant(partly[0])}{partly[1..]}.");
        }

        if (SharpnessFormatting.SolverProof(rows) is { } proved)
        {
            yield return new Paragraph($"$\\lambda_{{\\max}}$ by the solvers (lmax claims): {proved}.");
        }
    }
}
