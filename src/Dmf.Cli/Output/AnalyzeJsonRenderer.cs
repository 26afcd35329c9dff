using Dmf.Verify.Analysis;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using static Dmf.Cli.Output.AnalyzeFormatting;

namespace Dmf.Cli.Output;

/// <summary>
/// JSON for <c>dmf analyze --json</c> (camelCase). Exact quantities are strings (λ, y as exact rationals; σ, y_crit,
/// y_glob as decimals with the requested digits); <c>totalTypes</c> and the counts are decimal strings (they can exceed
/// 64 bits); assignment holds the 1-based index of y per slot, or null for an empty slot.
/// </summary>
internal static class AnalyzeJsonRenderer
{
    /// <summary>Writes the report as one JSON document followed by a newline.</summary>
    public static void Render(LandscapeReport report, int digits, TextWriter output)
    {
        var instance = report.Instance;
        var counts = report.Counts;
        var document = new AnalyzeDocument(
            SchemaVersion,
            instance.Depth,
            instance.Widths.ToArray(),
            instance.Lambdas.Select(l => l.ToExactString()).ToArray(),
            instance.SingularValueTexts().ToArray(),
            instance.SingularValueSource,
            instance.SingularValuesExact,
            instance.Establishment,
            instance.CertifiedRadius?.ToDouble(),
            instance.AlgebraicSingularValues?.Select(v => v.IsKnownRational ? null : new AlgebraicDocument(v.DefiningPolynomial.ToString("t"), v.Interval.Lower.ToExactString(), v.Interval.Upper.ToExactString())).ToArray(),
            report.CriticalThreshold.ToDecimalString(digits),
            report.GlobalThreshold.ToDecimalString(digits),
            report.Verdicts.Benign,
            report.Verdicts.OffendingIndices.Select(j => j + 1).ToArray(),
            report.Verdicts.CollapsesToZero,
            counts.Total.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new CountsDocument(counts.GlobalMinimizers.ToString(System.Globalization.CultureInfo.InvariantCulture), counts.LocalMinimizers.ToString(System.Globalization.CultureInfo.InvariantCulture), counts.StrictSaddles.ToString(System.Globalization.CultureInfo.InvariantCulture), counts.NonStrictSaddles.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            report.Truncated,
            new CountsDocument(Text(report.LeftOut(PointClass.GlobalMinimizer)), Text(report.LeftOut(PointClass.LocalMinimizer)), Text(report.LeftOut(PointClass.StrictSaddle)), Text(report.LeftOut(PointClass.NonStrictSaddle))),
            report.Points.Select(p => new PointDocument(
                p.Slots.Select(s => Sigma(s, digits)).ToArray(),
                p.Slots.Select(s => s.Index is { } j ? (int?)(j + 1) : null).ToArray(),
                p.Type.ToString(),
                p.Loss,
                p.ExactLoss?.ToString(),
                ClassKey(p.Classification.Class),
                System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(p.Classification.Rule.ToString()),
                p.Classification.Reason,
                p.Numeric is null ? null : Numeric(p.Numeric),
                p.Exact is null ? null : Exact(p.Exact),
                p.Certified is null ? null : new CertifiedDocument(p.Certified.LossLower, p.Certified.LossUpper, p.Certified.SigmaRadius),
                p.Sharpness is null ? null : Sharpness(p.Sharpness, p.Stability, report.Step))).ToArray(),
            report.Step?.ToExactString(),
            report.SharpnessSkipped);
        JsonOutput.Write(document, output);
    }

    private static string Text(System.Numerics.BigInteger count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static NumericDocument Numeric(NumericEvidence n) => new(
        n.GradientNorm,
        n.MinHessianEigenvalue,
        n.ZeroEigenvalues,
        n.ExpectedZeroEigenvalues.Total,
        n.Verdict == NumericVerdict.Agrees,
        n.Verdict switch { NumericVerdict.Agrees => "agrees", NumericVerdict.Disagrees => "disagrees", _ => "inconclusive" },
        n.Method == SpectrumMethod.Dense ? "dense" : "lanczos",
        n.Loss,
        new ToleranceDocument(n.LossTolerance, n.GradientTolerance, n.ZeroTolerance),
        new FlatDocument(n.ExpectedZeroEigenvalues.HiddenRotations, n.ExpectedZeroEigenvalues.DataRotations, n.ExpectedZeroEigenvalues.ThresholdDirections),
        n.Descent is null ? null : new DescentDocument(n.Descent.Step, n.Descent.Measured, n.Descent.Predicted, n.Descent.Confirmed),
        n.Findings.ToArray());

    /// <summary>The version of the document's shape: 2 added schemaVersion and notListed, and spells rule in kebab-case; 3 added establishment and certifiedRadius; 4 added sharpness, step and sharpnessSkipped.</summary>
    public const int SchemaVersion = 4;

    private static SharpnessDocument Sharpness(HessianSharpness s, LinearStability? stability, Dmf.Symbolic.Exact.BigRational? step) => new(
        s.Dimension,
        Real(s.Largest),
        Real(s.Smallest),
        Real(s.Trace),
        s.Positive,
        s.Negative,
        s.Zero,
        s.ZerosExact,
        s.ZeroBand.ToDouble(),
        s.LargestBlock.ToArray(),
        s.LargestStableStep is { } largestStep ? Real(largestStep) : null,
        step?.ToExactString(),
        stability switch { LinearStability.Stable => "stable", LinearStability.Unstable => "unstable", LinearStability.Undecided => "undecided", _ => null });

    private static RealDocument Real(RealEnclosure value) => new(
        value.Lower == value.Upper ? value.Lower.ToExactString() : Outward(value.Lower, up: false),
        value.Lower == value.Upper ? value.Upper.ToExactString() : Outward(value.Upper, up: true),
        value.Approximation,
        value.Exact is { } exact && !exact.IsKnownRational ? new AlgebraicDocument(exact.DefiningPolynomial.ToString("t"), exact.Interval.Lower.ToExactString(), exact.Interval.Upper.ToExactString()) : null,
        value.Exact is not null);

    /// <summary>An enclosure's end as a decimal of 30 significant digits, rounded outward (down for a lower end, up for an upper), so the interval still holds the value.</summary>
    private static string Outward(Dmf.Symbolic.Exact.BigRational end, bool up)
    {
        if (end.IsZero)
        {
            return "0";
        }

        int exponent = (int)System.Math.Floor(System.Numerics.BigInteger.Log10(System.Numerics.BigInteger.Abs(end.Numerator)) - System.Numerics.BigInteger.Log10(end.Denominator));
        int decimals = System.Math.Max(0, 29 - exponent);
        var scale = new Dmf.Symbolic.Exact.BigRational(System.Numerics.BigInteger.Pow(10, decimals));
        var scaled = up ? Dmf.Symbolic.Exact.BigRational.Ceiling(end * scale) : Dmf.Symbolic.Exact.BigRational.Floor(end * scale);
        return (new Dmf.Symbolic.Exact.BigRational(scaled) / scale).ToExactString();
    }

    /// <summary>A minimizer's Hessian spectrum from its blocks (docs/analyze.md, "Sharpness").</summary>
    private sealed record SharpnessDocument(
        long Dimension, RealDocument LambdaMax, RealDocument LambdaMin, RealDocument Trace, long Positive, long Negative, long Zero, bool ZerosExact, double ZeroBand,
        int?[] LargestBlock, RealDocument? LargestStableStep, string? Step, string? Stability);

    /// <summary>A real number: an exact rational (lower = upper), an algebraic number (its polynomial and isolating interval), or a proved enclosure [lower, upper] (decimals of 30 significant digits rounded outward).</summary>
    private sealed record RealDocument(string Lower, string Upper, double Approximation, AlgebraicDocument? Algebraic, bool Exact);

    private sealed record AnalyzeDocument(
        int SchemaVersion,
        int Depth, int[] Widths, string[] Lambdas, string[] SingularValues, string SingularValueSource, bool SingularValuesExact, string Establishment, double? CertifiedRadius, AlgebraicDocument?[]? SingularValuesAlgebraic, string YCrit, string YGlob,
        bool Benign, int[] OffendingIndices, bool CollapsesToZero, string TotalTypes, CountsDocument Counts, bool Truncated, CountsDocument NotListed, PointDocument[] CriticalPoints,
        string? Step, string? SharpnessSkipped);

    /// <summary>An irrational singular value exactly: the root of <paramref name="Polynomial"/> (in t) in (Lower, Upper).</summary>
    private sealed record AlgebraicDocument(string Polynomial, string Lower, string Upper);

    private sealed record CountsDocument(string GlobalMinimizer, string LocalMinimizer, string StrictSaddle, string NonStrictSaddle);

    private sealed record PointDocument(string[] Sigma, int?[] Assignment, string Type, double Loss, string? LossExact, string Classification, string Rule, string Reason, NumericDocument? Numeric, ExactDocument? Exact, CertifiedDocument? Certified, SharpnessDocument? Sharpness);

    /// <summary>On the certified path: F of Y's critical point in [LossLower, LossUpper], each σ within SigmaRadius of the σ shown.</summary>
    private sealed record CertifiedDocument(double LossLower, double LossUpper, double SigmaRadius);

    private sealed record ExactDocument(string Status, ClaimDocument[] Claims);

    private sealed record ClaimDocument(string Claim, string Description, string Result, string Detail, long Millis, int Seed, long Rlimit, string Z3Version, string QueryHash, string[] ProvedBy, string? IndependentAnswer);

    private static ExactDocument Exact(Dmf.Verify.Verification.TypeVerification exact) => new(
        exact.Status.ToString().ToLowerInvariant(),
        exact.Claims.Select(c => new ClaimDocument(c.Claim, c.Description, c.Status.ToString().ToLowerInvariant(), c.Detail, c.Milliseconds, c.Seed, c.ResourceLimit, c.SolverVersion, c.QueryHash, c.ProvedBy.ToArray(), c.IndependentAnswer)).ToArray());

    private sealed record NumericDocument(
        double GradientNorm, double MinHessianEigenvalue, int? ZeroEigenvalues, int ExpectedZeroEigenvalues, bool Agrees, string Verdict, string Method,
        double Loss, ToleranceDocument Tolerances, FlatDocument ExpectedFlatDirections, DescentDocument? Descent, string[] Findings);

    private sealed record ToleranceDocument(double Loss, double Gradient, double ZeroEigenvalue);

    private sealed record FlatDocument(int HiddenRotations, int DataRotations, int ThresholdDirections);

    private sealed record DescentDocument(double Step, double Measured, double Predicted, bool Confirmed);
}
