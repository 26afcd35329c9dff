using Dmf.Symbolic.Landscape;

namespace Dmf.Cli.Output;

/// <summary>
/// JSON for <see cref="RootsReport"/>, camelCase: exact quantities are strings (parsable by
/// BigRational.Parse), decimals are strings with exactly the requested digits.
/// </summary>
internal static class RootsJsonRenderer
{
    /// <summary>Writes the report as one JSON document followed by a newline.</summary>
    public static void Render(RootsReport report, TextWriter output)
    {
        var document = new RootsDocument(
            2,
            report.Depth,
            report.Lambdas.Select(x => x.ToExactString()).ToArray(),
            report.LambdaProduct.ToExactString(),
            report.Digits,
            report.YCrit,
            report.YGlob,
            report.Values.Select(v => new ValueDocument(
                v.Y.ToExactString(),
                Relation(v.RelationToCrit),
                Relation(v.RelationToGlob),
                v.Roots.Select(r => new RootDocument(r.Label, r.Decimal, r.Polynomial, r.Interval)).ToArray())).ToArray());
        JsonOutput.Write(document, output);
    }

    private static string Relation(ThresholdRelation relation) => relation switch
    {
        ThresholdRelation.Below => "below",
        ThresholdRelation.Equal => "equal",
        _ => "above",
    };

    private sealed record RootsDocument(int SchemaVersion, int Depth, string[] Lambdas, string LambdaProduct, int Digits, string YCrit, string YGlob, ValueDocument[] Values);

    private sealed record ValueDocument(string Y, string RelationToCrit, string RelationToGlob, RootDocument[] Roots);

    private sealed record RootDocument(string Label, string Decimal, string Polynomial, string Interval);
}
