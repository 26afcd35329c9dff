using Dmf.Symbolic.Landscape;

namespace Dmf.Cli.Output;

/// <summary>Human-readable text for <see cref="RootsReport"/>.</summary>
internal static class RootsTextRenderer
{
    /// <summary>Writes the report.</summary>
    public static void Render(RootsReport report, TextWriter output)
    {
        int l = report.Depth;
        output.WriteLine(Invariant($"f(x; y) = {ScalarText.Of(ScalarTheory.F(l))}, depth L = {l}"));
        string factors = string.Join(" * ", report.Lambdas.Select(x => x.ToExactString()));
        output.WriteLine($"lambda = {factors} = {report.LambdaProduct.ToExactString()}");
        output.WriteLine($"y_crit = {report.YCrit}   (f has a positive root iff y >= y_crit)");
        output.WriteLine(l == 2
            ? $"y_glob = {report.YGlob}   (L = 2: y_glob = y_crit = sqrt(lambda))"
            : $"y_glob = {report.YGlob}   (x+ has lower loss than 0 iff y > y_glob)");
        output.WriteLine(Invariant($"roots to {report.Digits} digits after the point, every digit correct"));
        foreach (var value in report.Values)
        {
            output.WriteLine();
            string count = value.Roots.Count switch
            {
                0 => "no positive root (only x = 0)",
                1 => "1 positive root",
                _ => Invariant($"{value.Roots.Count} positive roots"),
            };
            output.WriteLine($"y = {value.Y.ToExactString()}: {Describe(value.RelationToCrit)} y_crit, {Describe(value.RelationToGlob)} y_glob; {count}");
            foreach (var root in value.Roots)
            {
                string note = root.Label == "x*" ? "   (double root)" : string.Empty;
                output.WriteLine($"  {root.Label} = {root.Decimal}{note}");
            }
        }
    }

    private static string Describe(ThresholdRelation relation) => relation switch
    {
        ThresholdRelation.Below => "below",
        ThresholdRelation.Equal => "equal to",
        _ => "above",
    };
}
