using Dmf.Verify.Numerics;

namespace Dmf.Cli.Output;

/// <summary>How the renderers write a minimizer's Hessian spectrum summary (<see cref="HessianSharpness"/>).</summary>
internal static class SharpnessFormatting
{
    /// <summary>
    /// A value known by an enclosure, with <paramref name="digits"/> decimals: exact values rounded correctly; an enclosure
    /// holding 0 as "0 (+-r)"; one whose ends round alike as that decimal; otherwise "[lower, upper]" — in scientific
    /// notation with as many significant digits from 10^15 on and below 10^−digits.
    /// </summary>
    public static string Value(RealEnclosure value, int digits)
    {
        if (value.Lower.Sign <= 0 && value.Upper.Sign >= 0 && value.Exact is null)
        {
            var bound = BigRational.Max(-value.Lower, value.Upper).ToDouble();
            return "0 (+-" + bound.ToString("0.#E+0", CultureInfo.InvariantCulture) + ")";
        }

        // Beyond fixed notation's reach (as analyze prints F): scientific with as many significant digits, ends rounded outward.
        double magnitude = Math.Max(Math.Abs(value.Lower.ToDouble()), Math.Abs(value.Upper.ToDouble()));
        if (magnitude >= 1e15 || (magnitude > 0 && magnitude < Math.Pow(10, -digits)))
        {
            string format = "0." + new string('0', digits) + "E+0";
            string low = Math.BitDecrement(value.Lower.ToDouble()).ToString(format, CultureInfo.InvariantCulture);
            string high = Math.BitIncrement(value.Upper.ToDouble()).ToString(format, CultureInfo.InvariantCulture);
            return low == high || value.Exact is not null ? value.Approximation.ToString(format, CultureInfo.InvariantCulture) : $"[{low}, {high}]";
        }

        if (value.Exact is { } exact)
        {
            return Clean(exact.ToDecimalString(digits));
        }

        string lower = Clean(value.Lower.ToDecimalString(digits));
        string upper = Clean(value.Upper.ToDecimalString(digits));
        return lower == upper ? lower : $"[{lower}, {upper}]";
    }

    /// <summary>"282/0/18": positive, negative and zero eigenvalues, counted with multiplicity.</summary>
    public static string Counts(HessianSharpness s) => Invariant($"{s.Positive}/{s.Negative}/{s.Zero}");

    /// <summary>2/λ_max as a value, or "-" when λ_max may be 0.</summary>
    public static string StableStep(HessianSharpness s, int digits) => s.LargestStableStep is { } step ? Value(step, digits) : "-";

    /// <summary>"stable", "UNSTABLE" or "undecided".</summary>
    public static string Stability(LinearStability? stability) => stability switch
    {
        LinearStability.Stable => "stable",
        LinearStability.Unstable => "UNSTABLE",
        LinearStability.Undecided => "undecided",
        _ => string.Empty,
    };

    /// <summary>The block λ_max lives in: "(y1, y1)" for one position, "(y1, y2)" for a pair, "h" for a hidden position.</summary>
    public static string Block(HessianSharpness s) =>
        "(" + string.Join(", ", (s.LargestBlock.Count == 1 ? new[] { s.LargestBlock[0], s.LargestBlock[0] } : s.LargestBlock).Select(i => i is { } j ? Invariant($"y{j}") : "h")) + ")";

    /// <summary>What a zero count means: exactly zero, or within the band.</summary>
    public static string ZeroWords(HessianSharpness s) =>
        s.Zero == 0 || s.ZerosExact ? "exact" : "|.| < " + s.ZeroBand.ToDouble().ToString("0.#E+0", CultureInfo.InvariantCulture);

    private static string Clean(string text) => text.StartsWith('-') && text.Trim('-', '0', '.').Length == 0 ? text.Substring(1) : text;

    /// <summary>
    /// What the solvers established about λ_max (the lmax claims of <c>--exact --sharpness</c>), per listed row:
    /// "#1 proved in (a, b), #2 unknown (lmax-above: not encoded)"; null when no row has such claims.
    /// </summary>
    public static string? SolverProof(IEnumerable<(Dmf.Verify.Analysis.AnalyzedPoint Point, int Row)> rows)
    {
        var parts = new List<string>();
        foreach (var (point, row) in rows)
        {
            var claims = point.Exact?.Claims.Where(c => c.Claim.StartsWith("lmax", StringComparison.Ordinal)).ToList();
            if (claims is null || claims.Count == 0)
            {
                continue;
            }

            var open = claims.FirstOrDefault(c => c.Status != Dmf.Verify.Verification.ClaimStatus.Proved);
            var bound = claims.FirstOrDefault(c => c.Claim.StartsWith("lmax-below", StringComparison.Ordinal))?.Description;
            string b = bound is not null && bound.LastIndexOf("b = ", StringComparison.Ordinal) is int k and >= 0 ? bound[(k + 4)..].Split(' ')[0] : "?";
            var above = claims.FirstOrDefault(c => c.Claim.StartsWith("lmax-above", StringComparison.Ordinal))?.Description;
            string a = above is not null && above.IndexOf("a = ", StringComparison.Ordinal) is int m and >= 0 ? above[(m + 4)..].Split(' ', ':')[0] : "?";
            parts.Add(open is null
                ? Invariant($"#{row} proved in ({a}, {b}){(claims.Any(c => c.Claim == "lmax") ? " and a root of its polynomial" : string.Empty)}")
                : Invariant($"#{row} {open.Status.ToString().ToLowerInvariant()} ({open.Claim})"));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
