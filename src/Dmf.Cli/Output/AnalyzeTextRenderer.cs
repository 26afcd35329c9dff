using Dmf.Verify.Analysis;
using Dmf.Verify.Numerics;
using static Dmf.Cli.Output.AnalyzeFormatting;

namespace Dmf.Cli.Output;

/// <summary>The readable report of <c>dmf analyze</c>: instance, thresholds, verdicts, counts, the critical-point table.</summary>
internal static class AnalyzeTextRenderer
{
    /// <summary>Writes the report.</summary>
    public static void Render(LandscapeReport report, int digits, TextWriter output)
    {
        var instance = report.Instance;
        output.WriteLine(Invariant($"Instance: L = {instance.Depth}, widths {InstanceText.Widths(instance)}, lambda = {InstanceText.Lambdas(instance)} (product {InstanceText.Product(instance)})"));
        output.WriteLine($"Y: singular values {string.Join(", ", instance.SingularValueTexts())} ({instance.SingularValueSource})");
        output.WriteLine($"Established: {Establishment(report)}");
        output.WriteLine(instance.Depth == 2
            ? $"Thresholds: y_crit = y_glob = sqrt(lambda) = {report.CriticalThreshold.ToDecimalString(digits)}"
            : $"Thresholds: y_crit = {report.CriticalThreshold.ToDecimalString(digits)}, y_glob = {report.GlobalThreshold.ToDecimalString(digits)}");
        var verdicts = report.Verdicts;
        output.WriteLine(verdicts.Benign
            ? "Benign landscape: yes (every critical point is a local minimizer or a strict saddle)"
            : $"Benign landscape: NO (y = y_crit at index {InvariantText.Join(", ", verdicts.OffendingIndices.Select(j => j + 1))}: non-strict saddles exist)");
        output.WriteLine($"Collapse to zero: {(verdicts.CollapsesToZero ? "yes (W = 0 is the global minimizer)" : "no")}");
        var counts = report.Counts;
        output.WriteLine(Invariant($"Critical-point types: {CountText(counts.Total)} (global minimizers {CountText(counts.GlobalMinimizers)}, local minimizers incl. global {CountText(counts.LocalMinimizers)}, strict saddles {CountText(counts.StrictSaddles)}, non-strict saddles {CountText(counts.NonStrictSaddles)})"));
        output.WriteLine();

        output.WriteLine(ListingHeading(report) + ":");
        int sigmaWidth = report.Points.Select(p => SigmaPerSlot(p.Slots, digits).Length).DefaultIfEmpty(5).Max();
        sigmaWidth = System.Math.Max(sigmaWidth, "sigma per slot -> y".Length);
        output.WriteLine($"  {"#",3}  {"sigma per slot -> y".PadRight(sigmaWidth)}  {"F",12}  {"class",-17}  numeric check");
        int row = 0;
        foreach (var point in report.Points)
        {
            row++;
            output.WriteLine(Invariant($"  {row,3}  {SigmaPerSlot(point.Slots, digits).PadRight(sigmaWidth)}  {Fixed(point.Loss, digits),12}  {ClassName(point.Classification.Class),-17}  {NumericSummary(point.Numeric)}"));
            output.WriteLine($"       type {point.Type}; reason: {point.Classification.Reason}");
            if (point.Exact is { } exact)
            {
                output.WriteLine($"       exact (Z3): {ExactSummary(exact)}");
                foreach (var claim in exact.Claims.Where(c => c.Status != Dmf.Verify.Verification.ClaimStatus.Proved))
                {
                    output.WriteLine($"       {Marker(claim.Status == Dmf.Verify.Verification.ClaimStatus.Unknown)} {claim.Claim} {claim.Status.ToString().ToLowerInvariant()}: {claim.Description}; {claim.Detail}");
                }
            }

            if (point.Numeric is { Verdict: not NumericVerdict.Agrees } numeric)
            {
                foreach (var finding in numeric.Findings)
                {
                    output.WriteLine($"       {Marker(numeric.Verdict == NumericVerdict.Inconclusive)} {finding}");
                }
            }
        }

        RenderSharpness(report, digits, output);
        var (agree, disagree, inconclusive, unchecked_) = report.NumericTally;
        output.WriteLine();
        if (report.Points.Any(p => p.Exact is not null))
        {
            var (verified, refuted, unknown, vacuous, disagreement) = report.ExactTally;
            var version = report.Points.SelectMany(p => p.Exact!.Claims).Select(c => c.SolverVersion).FirstOrDefault() ?? "Z3";
            output.WriteLine(Invariant($"Exact verification ({version}, every unsat corroborated with a second seed, every model re-checked exactly): {verified} verified, {refuted} refuted, {unknown} unknown, {vacuous} vacuous."));
            var claims = report.Points.SelectMany(p => p.Exact!.Claims).ToList();
            var asked = claims.Where(c => c.IndependentAnswer is not null).ToList();
            if (asked.Count > 0)
            {
                string name = asked[0].IndependentAnswer!.Split(':')[0];
                int corroborated = claims.Count(c => c.ProvedBy.Count > 1);
                output.WriteLine(Invariant($"Independent solver ({name}): also proved {corroborated} of the {claims.Count(c => c.Status == Dmf.Verify.Verification.ClaimStatus.Proved)} proved claims; it was asked {asked.Count} decided queries."));
            }
            else
            {
                output.WriteLine("Independent solver: none asked (--second-solver none, or cvc5 is not on PATH).");
            }

            if (disagreement > 0)
            {
                output.WriteLine(Invariant($"!! {disagreement} type(s) where the independent solver contradicts Z3 (DISAGREEMENT): a finding; save the queries with --smt-out and replay them with both."));
            }

            if (vacuous > 0)
            {
                output.WriteLine(Invariant($"!! {vacuous} type(s) with a VACUOUS claim: its context is empty, so its proof says nothing (a bug in the claim); nothing is established for them."));
            }

            if (refuted > 0)
            {
                output.WriteLine(Invariant($"!! {refuted} REFUTED classification(s): a counterexample to a rule or a bug; save the queries with --smt-out and replay them with dmf smt check (or z3)."));
            }
        }

        if (unchecked_ == report.Points.Count)
        {
            output.WriteLine("Numeric check: skipped (--no-numeric).");
            return;
        }

        var first = report.Points.Select(p => p.Numeric).FirstOrDefault(n => n is not null);
        output.WriteLine(Invariant($"Numeric check (generated kernels, {(first?.Method == SpectrumMethod.Lanczos ? "Lanczos on Hessian-vector products" : "dense Hessian spectrum")}): {agree} agree, {disagree} disagree, {inconclusive} inconclusive."));
        output.WriteLine("  Tolerances scale with the problem: |F - F_exact| <= c*eps*(||Y||^2 + prod||W_l||^2 + sum lambda_l||W_l||^2), |grad F| <= c*eps*(gradient scale),");
        output.WriteLine("  |eigenvalue| <= 4c*eps*||Hessian|| counts as zero, c = 64*L*max d_l; zeros are compared with the predicted orbit and threshold directions.");
        if (disagree > 0)
        {
            output.WriteLine(Invariant($"!! {disagree} DISAGREEMENT(S) between the rules and the numerics: a finding, see the rows marked DISAGREES."));
        }
    }

    /// <summary>The minimizers' Hessian spectra (docs/analyze.md, "Sharpness"): one row per listed minimizer, numbered as in the table.</summary>
    private static void RenderSharpness(LandscapeReport report, int digits, TextWriter output)
    {
        var rows = report.Points.Select((p, i) => (Point: p, Row: i + 1)).Where(r => r.Point.Sharpness is not null).ToList();
        if (rows.Count == 0)
        {
            if (report.SharpnessSkipped is { } none)
            {
                output.WriteLine();
                output.WriteLine($"Sharpness of the minimizers: {none}.");
            }

            return;
        }

        output.WriteLine();
        output.WriteLine("Sharpness of the minimizers (Hessian spectrum from its blocks, docs/theory.md 4c; values proved, shown rounded):");
        string stepHeading = report.Step is { } step ? "  step " + step.ToExactString() : string.Empty;
        var cells = rows.Select(r => (r.Row, S: r.Point.Sharpness!, r.Point.Stability)).Select(r => new[]
        {
            Invariant($"{r.Row}"),
            SharpnessFormatting.Value(r.S.Largest, digits),
            SharpnessFormatting.Value(r.S.Smallest, digits),
            SharpnessFormatting.Value(r.S.Trace, digits),
            SharpnessFormatting.Counts(r.S),
            SharpnessFormatting.StableStep(r.S, digits),
            SharpnessFormatting.Block(r.S),
            SharpnessFormatting.Stability(r.Stability),
        }).ToList();
        string[] headings = { "#", "lambda_max", "lambda_min", "trace", "+/-/0", "2/lambda_max", "block", stepHeading.Trim() };
        var widths = Enumerable.Range(0, headings.Length).Select(c => cells.Select(row => row[c].Length).Append(headings[c].Length).Max()).ToArray();
        string Line(string[] row) => "  " + string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadLeft(System.Math.Max(3, widths[0])) : cell.PadRight(widths[c]))).TrimEnd();
        output.WriteLine(Line(headings));
        foreach (var row in cells)
        {
            output.WriteLine(Line(row));
        }

        var inexact = rows.Select(r => r.Point.Sharpness!).Where(s => s.Zero > 0 && !s.ZerosExact).ToList();
        output.WriteLine("  +/-/0: positive, negative and zero eigenvalues with multiplicity" + (inexact.Count == 0
            ? " (zeros exact)."
            : Invariant($"; a zero is an eigenvalue within {inexact.Max(s => s.ZeroBand).ToDouble():0.#E+0} of 0 (its block is known through irrational sigma).")));
        if (report.SharpnessSkipped is { } partly)
        {
            output.WriteLine($"  {partly}.");
        }

        if (SharpnessFormatting.SolverProof(rows.Select(r => (r.Point, r.Row))) is { } proved)
        {
            output.WriteLine($"  lambda_max by the solvers (lmax claims): {proved}.");
        }

        if (report.Step is not null)
        {
            output.WriteLine("  stable: lambda_max < 2/step, so gradient descent with that step stays near the minimizer; UNSTABLE: it cannot.");
        }
    }

    /// <summary>"!!" marks a finding (a disagreement, a refuted or vacuous claim); "??" what is only not established (an inconclusive check, an unknown claim).</summary>
    private static string Marker(bool notEstablished) => notEstablished ? "??" : "!!";
}
