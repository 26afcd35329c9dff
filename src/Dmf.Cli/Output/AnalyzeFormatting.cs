using Dmf.Verify.Analysis;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Cli.Output;

/// <summary>Shared wording and number formats of the analyze renderers (text, JSON, Markdown).</summary>
internal static class AnalyzeFormatting
{
    /// <summary>"global-minimizer", "local-minimizer", "strict-saddle", "non-strict-saddle".</summary>
    public static string ClassKey(PointClass value) => value.Key();

    /// <summary>Readable class name.</summary>
    public static string ClassName(PointClass value) => value.Name();

    /// <summary>"agrees", "DISAGREES", "inconclusive".</summary>
    public static string VerdictText(NumericVerdict verdict) => verdict switch
    {
        NumericVerdict.Agrees => "agrees",
        NumericVerdict.Disagrees => "DISAGREES",
        _ => "inconclusive",
    };

    /// <summary>σ of a slot with the given digits after the point (exact rounding; "0" for an empty slot).</summary>
    public static string Sigma(Slot slot, int digits) => slot.Sigma is null ? "0" : SigmaTexts.GetOrCreateValue(slot.Sigma).GetOrAdd(digits, slot.Sigma.ToDecimalString);

    /// <summary>σ's decimals per root object and digit count: a root shared by many listed types is rounded once.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AlgebraicNumber, System.Collections.Concurrent.ConcurrentDictionary<int, string>> SigmaTexts = new();

    /// <summary>σ per slot with the 1-based index of Y it carries: "0.960434 -> y1, 0".</summary>
    public static string SigmaPerSlot(IReadOnlyList<Slot> slots, int digits) =>
        string.Join(", ", slots.Select(s => s.Index is { } j ? Invariant($"{Sigma(s, digits)} -> y{j + 1}") : "0"));

    /// <summary>
    /// A double with the given digits after the point, rounded from its exact value; from 10^15 on (where fixed digits
    /// only spell out the binary expansion) in scientific form with that many digits.
    /// </summary>
    public static string Fixed(double value, int digits) => double.IsFinite(value) && Math.Abs(value) >= 1e15
        ? value.ToString("0." + new string('0', digits) + "E+0", CultureInfo.InvariantCulture)
        : BigRational.FromDouble(value).ToDecimalString(digits);

    /// <summary>An eigenvalue with four decimals ("0.0000" rather than "-0.0000" for a rounding-level negative).</summary>
    public static string Eigenvalue(double value)
    {
        if (double.IsFinite(value) && Math.Abs(value) >= 1e9)
        {
            return value.ToString("0.0000E+0", CultureInfo.InvariantCulture);
        }

        string text = value.ToString("F4", CultureInfo.InvariantCulture);
        return text == "-0.0000" ? "0.0000" : text;
    }

    /// <summary>The exact verification's outcome: "verified (7 claims)", "REFUTED: label[2]", "unknown: spurious".</summary>
    public static string ExactSummary(Dmf.Verify.Verification.TypeVerification? exact) => exact?.Status switch
    {
        null => string.Empty,
        Dmf.Verify.Verification.VerificationStatus.Verified => Invariant($"verified ({exact.Claims.Count} claims)"),
        Dmf.Verify.Verification.VerificationStatus.Refuted => "REFUTED: " + string.Join(", ", exact.Claims.Where(c => c.Status == Dmf.Verify.Verification.ClaimStatus.Refuted).Select(c => c.Claim)),
        Dmf.Verify.Verification.VerificationStatus.Disagreement => "DISAGREEMENT: " + string.Join(", ", exact.Claims.Where(c => c.Status == Dmf.Verify.Verification.ClaimStatus.Disagreement).Select(c => c.Claim)),
        Dmf.Verify.Verification.VerificationStatus.Vacuous => "VACUOUS: " + string.Join(", ", exact.Claims.Where(c => c.Status == Dmf.Verify.Verification.ClaimStatus.Vacuous).Select(c => c.Claim)),
        _ => "unknown: " + string.Join(", ", exact.Claims.Where(c => c.Status != Dmf.Verify.Verification.ClaimStatus.Proved).Select(c => c.Claim)),
    };

    /// <summary>
    /// An exact count for reading: in full up to 15 digits, else its leading digits and size, "about 1.235e+999 (1000
    /// digits)". The JSON keeps the exact integer.
    /// </summary>
    public static string CountText(System.Numerics.BigInteger count)
    {
        string digits = count.ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= 15)
        {
            return digits;
        }

        // Rounded to four significant digits from the exact integer (round half up on the fifth).
        var scale = System.Numerics.BigInteger.Pow(10, digits.Length - 4);
        var leading = (count + (scale / 2)) / scale;
        int exponent = digits.Length - 1;
        if (leading >= 10_000)
        {
            leading /= 10;
            exponent++;
        }

        string mantissa = leading.ToString(CultureInfo.InvariantCulture);
        return Invariant($"about {mantissa[0]}.{mantissa[1..]}e+{exponent} ({digits.Length} digits)");
    }

    /// <summary>
    /// What a listing leaves out, per class with a nonzero count: "12 strict saddles, 1 non-strict saddle"; empty when
    /// nothing is left out.
    /// </summary>
    public static string LeftOutText(LandscapeReport report)
    {
        var parts = new List<string>();
        foreach (var pointClass in new[] { PointClass.GlobalMinimizer, PointClass.LocalMinimizer, PointClass.StrictSaddle, PointClass.NonStrictSaddle })
        {
            var count = report.LeftOut(pointClass);
            if (!count.IsZero)
            {
                parts.Add(Invariant($"{CountText(count)} {pointClass.Name()}{(count.IsOne ? string.Empty : "s")}"));
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>The heading of a listing: "All 7 critical-point types" or "14 of 243 critical-point types ... (not listed: …)".</summary>
    public static string ListingHeading(LandscapeReport report)
    {
        string selection = report.Selection switch
        {
            TypeSelection.Minimizers => "minimizers",
            TypeSelection.Saddles => "saddles",
            _ => "critical-point types",
        };
        string order = report.Selection switch
        {
            TypeSelection.Minimizers => "global first, then by loss",
            TypeSelection.Saddles => "by loss",
            _ => "every minimizer (global first), then saddles by loss",
        };
        return report.Truncated
            ? Invariant($"{report.Points.Count} {selection}, {order}; not listed: {LeftOutText(report)} (--limit lists more)")
            : Invariant($"All {report.Points.Count} {selection}, {order}");
    }

    /// <summary>Short scientific form for tolerances and residuals.</summary>
    public static string Short(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>Compact numeric summary: verdict, ‖∇F‖, λ_min, zero eigenvalues against the prediction.</summary>
    public static string NumericSummary(NumericEvidence? numeric)
    {
        if (numeric is null)
        {
            return "not checked";
        }

        if (double.IsNaN(numeric.MinHessianEigenvalue))
        {
            return $"{VerdictText(numeric.Verdict)}: |grad| {Short(numeric.GradientNorm)}, spectrum not computed";
        }

        string zeros = numeric.ZeroEigenvalues is { } z
            ? Invariant($"zeros {z}/{numeric.ExpectedZeroEigenvalues.Total}")
            : Invariant($"zeros not counted (Lanczos)/{numeric.ExpectedZeroEigenvalues.Total}");
        return $"{VerdictText(numeric.Verdict)}: |grad| {Short(numeric.GradientNorm)}, min eig {Eigenvalue(numeric.MinHessianEigenvalue)}, {zeros}";
    }

    /// <summary>
    /// How the report's verdicts were established, in one line: "exact", or "certified" with the largest enclosure
    /// radius of a singular value and, over the listed points, how far σ and F of Y's critical points can be from the
    /// values shown (an undecided instance never reaches a report: it stops with exit code 4).
    /// </summary>
    public static string Establishment(LandscapeReport report)
    {
        var instance = report.Instance;
        if (instance.CertifiedRadius is not { } radius)
        {
            return "exact (singular values, thresholds, verdicts, counts and classes decided in exact arithmetic)";
        }

        var certified = report.Points.Where(p => p.Certified is not null).Select(p => (p.Loss, Bounds: p.Certified!)).ToList();
        string points = certified.Count == 0
            ? string.Empty
            : Invariant($"; sigma within {certified.Max(p => p.Bounds.SigmaRadius):G3} and F within {certified.Max(p => Math.Max(p.Loss - p.Bounds.LossLower, p.Bounds.LossUpper - p.Loss)):G3} of the values shown");
        return Invariant($"certified (every singular value of Y proved within {radius.ToDouble():G3} of the value shown; thresholds, verdicts, counts and classes hold for Y{points})");
    }
}
