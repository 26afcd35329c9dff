using Dmf.Cli.Output.Document;
using Dmf.Verify.Analysis;
using Dmf.Verify.Numerics;
using static Dmf.Cli.Output.AnalyzeFormatting;

namespace Dmf.Cli.Output;

/// <summary>The readable report of <c>dmf analyze</c>: instance, thresholds, verdicts, counts, the critical-point table.</summary>
internal static class AnalyzeTextRenderer
{
    /// <summary>Writes the report.</summary>
    public static void Render(LandscapeReport report, int digits, TextWriter output) => TextPrinter.Print(Document(report, digits), output);

    /// <summary>The report as a typed document for the terminal (plain text, printed by <see cref="TextPrinter"/>).</summary>
    public static ReportDocument Document(LandscapeReport report, int digits)
    {
        var instance = report.Instance;
        var verdicts = report.Verdicts;
        var counts = report.Counts;
        var blocks = new List<Block>
        {
            Paragraph.Lines(new[]
            {
                Invariant($"Instance: L = {instance.Depth}, widths {InstanceText.Widths(instance)}, lambda = {InstanceText.Lambdas(instance)} (product {InstanceText.Product(instance)})"),
                $"Y: singular values {string.Join(", ", instance.SingularValueTexts())} ({instance.SingularValueSource})",
                $"Established: {Establishment(report)}",
                instance.Depth == 2
                    ? $"Thresholds: y_crit = y_glob = sqrt(lambda) = {report.CriticalThreshold.ToDecimalString(digits)}"
                    : $"Thresholds: y_crit = {report.CriticalThreshold.ToDecimalString(digits)}, y_glob = {report.GlobalThreshold.ToDecimalString(digits)}",
                verdicts.Benign
                    ? "Benign landscape: yes (every critical point is a local minimizer or a strict saddle)"
                    : $"Benign landscape: NO (y = y_crit at index {InvariantText.Join(", ", verdicts.OffendingIndices.Select(j => j + 1))}: non-strict saddles exist)",
                $"Collapse to zero: {(verdicts.CollapsesToZero ? "yes (W = 0 is the global minimizer)" : "no")}",
                Invariant($"Critical-point types: {CountText(counts.Total)} (global minimizers {CountText(counts.GlobalMinimizers)}, local minimizers incl. global {CountText(counts.LocalMinimizers)}, strict saddles {CountText(counts.StrictSaddles)}, non-strict saddles {CountText(counts.NonStrictSaddles)})"),
            }),
            new Heading(2, ListingHeading(report) + ":"),
            Points(report, digits),
        };
        blocks.AddRange(Sharpness(report, digits));
        blocks.Add(Paragraph.Lines(Tallies(report)));
        return new ReportDocument(blocks);
    }

    // The listed points: one row each, with the type, the rule's reason and what was not established below it.
    private static Table Points(LandscapeReport report, int digits)
    {
        // Formatted as printed (a listing can hold millions of types): nothing is kept per row.
        var points = report.Points;
        var rows = new ProjectedList<IReadOnlyList<string>>(points.Count, i => new[]
        {
            Invariant($"{i + 1}"), SigmaPerSlot(points[i].Slots, digits), Fixed(points[i].Loss, digits), ClassName(points[i].Classification.Class), NumericSummary(points[i].Numeric),
        });
        return new Table(new[] { "#", "sigma per slot -> y", "F", "class", "numeric check" }, rows, new[] { true, false, true, false, false })
        {
            MinimumWidths = new[] { 3, 0, 12, 17, 0 },
            Details = new ProjectedList<IReadOnlyList<string>>(points.Count, i => Details(points[i]).ToList()),
        };
    }

    private static IEnumerable<string> Details(AnalyzedPoint point)
    {
        yield return $"type {point.Type}; reason: {point.Classification.Reason}";
        if (point.Exact is { } exact)
        {
            yield return $"exact (Z3): {ExactSummary(exact)}";
            foreach (var claim in exact.Claims.Where(c => c.Status != Dmf.Verify.Verification.ClaimStatus.Proved))
            {
                yield return $"{Marker(claim.Status == Dmf.Verify.Verification.ClaimStatus.Unknown)} {claim.Claim} {claim.Status.ToString().ToLowerInvariant()}: {claim.Description}; {claim.Detail}";
            }
        }

        if (point.Numeric is { Verdict: not NumericVerdict.Agrees } numeric)
        {
            foreach (var finding in numeric.Findings)
            {
                yield return $"{Marker(numeric.Verdict == NumericVerdict.Inconclusive)} {finding}";
            }
        }
    }

    // The exact verification's and the numeric check's tallies, with what they mean.
    private static IEnumerable<string> Tallies(LandscapeReport report)
    {
        var (agree, disagree, inconclusive, unchecked_) = report.NumericTally;
        if (report.Points.Any(p => p.Exact is not null))
        {
            var (verified, refuted, unknown, vacuous, disagreement) = report.ExactTally;
            var version = report.Points.SelectMany(p => p.Exact!.Claims).Select(c => c.SolverVersion).FirstOrDefault() ?? "Z3";
            yield return Invariant($"Exact verification ({version}, every unsat corroborated with a second seed, every model re-checked exactly): {verified} verified, {refuted} refuted, {unknown} unknown, {vacuous} vacuous.");
            var claims = report.Points.SelectMany(p => p.Exact!.Claims).ToList();
            var asked = claims.Where(c => c.IndependentAnswer is not null).ToList();
            if (asked.Count > 0)
            {
                string name = asked[0].IndependentAnswer!.Split(':')[0];
                int corroborated = claims.Count(c => c.ProvedBy.Count > 1);
                yield return Invariant($"Independent solver ({name}): also proved {corroborated} of the {claims.Count(c => c.Status == Dmf.Verify.Verification.ClaimStatus.Proved)} proved claims; it was asked {asked.Count} decided queries.");
            }
            else
            {
                yield return "Independent solver: none asked (--second-solver none, or cvc5 is not on PATH).";
            }

            if (disagreement > 0)
            {
                yield return Invariant($"!! {disagreement} type(s) where the independent solver contradicts Z3 (DISAGREEMENT): a finding; save the queries with --smt-out and replay them with both.");
            }

            if (vacuous > 0)
            {
                yield return Invariant($"!! {vacuous} type(s) with a VACUOUS claim: its context is empty, so its proof says nothing (a bug in the claim); nothing is established for them.");
            }

            if (refuted > 0)
            {
                yield return Invariant($"!! {refuted} REFUTED classification(s): a counterexample to a rule or a bug; save the queries with --smt-out and replay them with dmf smt check (or z3).");
            }
        }

        if (unchecked_ == report.Points.Count)
        {
            yield return "Numeric check: skipped (--no-numeric).";
            yield break;
        }

        var first = report.Points.Select(p => p.Numeric).FirstOrDefault(n => n is not null);
        yield return Invariant($"Numeric check (generated kernels, {(first?.Method == SpectrumMethod.Lanczos ? "Lanczos on Hessian-vector products" : "dense Hessian spectrum")}): {agree} agree, {disagree} disagree, {inconclusive} inconclusive.");
        yield return "  Tolerances scale with the problem: |F - F_exact| <= c*eps*(||Y||^2 + prod||W_l||^2 + sum lambda_l||W_l||^2), |grad F| <= c*eps*(gradient scale),";
        yield return "  |eigenvalue| <= 4c*eps*||Hessian|| counts as zero, c = 64*L*max d_l; zeros are compared with the predicted orbit and threshold directions.";
        if (disagree > 0)
        {
            yield return Invariant($"!! {disagree} DISAGREEMENT(S) between the rules and the numerics: a finding, see the rows marked DISAGREES.");
        }
    }

    /// <summary>The minimizers' Hessian spectra (docs/analyze.md, "Sharpness"): one row per listed minimizer, numbered as in the table.</summary>
    private static IEnumerable<Block> Sharpness(LandscapeReport report, int digits)
    {
        var rows = report.Points.Select((p, i) => (Point: p, Row: i + 1)).Where(r => r.Point.Sharpness is not null).ToList();
        if (rows.Count == 0)
        {
            if (report.SharpnessSkipped is { } none)
            {
                yield return new Paragraph($"Sharpness of the minimizers: {none}.");
            }

            yield break;
        }

        yield return new Heading(2, "Sharpness of the minimizers (Hessian spectrum from its blocks, docs/theory.md 4c; values proved, shown rounded):");
        string stepHeading = report.Step is { } step ? "step " + step.ToExactString() : string.Empty;
        var cells = rows.Select(r => (IReadOnlyList<string>)new[]
        {
            Invariant($"{r.Row}"),
            SharpnessFormatting.Value(r.Point.Sharpness!.Largest, digits),
            SharpnessFormatting.Value(r.Point.Sharpness.Smallest, digits),
            SharpnessFormatting.Value(r.Point.Sharpness.Trace, digits),
            SharpnessFormatting.Counts(r.Point.Sharpness),
            SharpnessFormatting.StableStep(r.Point.Sharpness, digits),
            SharpnessFormatting.Block(r.Point.Sharpness),
            SharpnessFormatting.Stability(r.Point.Stability),
        }).ToList();
        var inexact = rows.Select(r => r.Point.Sharpness!).Where(s => s.Zero > 0 && !s.ZerosExact).ToList();
        var notes = new List<string>
        {
            "+/-/0: positive, negative and zero eigenvalues with multiplicity" + (inexact.Count == 0
                ? " (zeros exact)."
                : Invariant($"; a zero is an eigenvalue within {inexact.Max(s => s.ZeroBand).ToDouble():0.#E+0} of 0 (its block is known through irrational sigma).")),
        };
        if (report.SharpnessSkipped is { } partly)
        {
            notes.Add($"{partly}.");
        }

        if (SharpnessFormatting.SolverProof(rows.Select(r => (r.Point, r.Row))) is { } proved)
        {
            notes.Add($"lambda_max by the solvers (lmax claims): {proved}.");
        }

        if (report.Step is not null)
        {
            notes.Add("stable: lambda_max < 2/step, so gradient descent with that step stays near the minimizer; UNSTABLE: it cannot.");
        }

        yield return new Table(new[] { "#", "lambda_max", "lambda_min", "trace", "+/-/0", "2/lambda_max", "block", stepHeading }, cells, new[] { true, false, false, false, false, false, false, false })
        {
            MinimumWidths = new[] { 3, 0, 0, 0, 0, 0, 0, 0 },
            Notes = notes,
        };
    }

    /// <summary>"!!" marks a finding (a disagreement, a refuted or vacuous claim); "??" what is only not established (an inconclusive check, an unknown claim).</summary>
    private static string Marker(bool notEstablished) => notEstablished ? "??" : "!!";
}
