using Dmf.Symbolic.Landscape;

namespace Dmf.Cli.Output;

/// <summary>What <c>dmf roots</c> reports: the instance, the thresholds and the labeled roots for each y.</summary>
internal sealed record RootsReport(
    int Depth,
    IReadOnlyList<BigRational> Lambdas,
    BigRational LambdaProduct,
    int Digits,
    string YCrit,
    string YGlob,
    IReadOnlyList<RootsAtValue> Values)
{
    /// <summary>Computes the report exactly; decimals carry <paramref name="digits"/> correct digits after the point.</summary>
    public static RootsReport Build(IReadOnlyList<BigRational> lambdas, IReadOnlyList<BigRational> ys, int digits)
    {
        var landscape = ScalarLandscape.FromLayerRegularizations(lambdas);
        var values = ys.Select(y => Describe(landscape.Roots(y), digits)).ToList();
        return new RootsReport(
            landscape.Depth,
            lambdas,
            landscape.LambdaProduct,
            digits,
            landscape.CriticalThreshold.ToDecimalString(digits),
            landscape.GlobalThreshold.ToDecimalString(digits),
            values);
    }

    private static RootsAtValue Describe(ScalarRootSet set, int digits) =>
        new(set.Y,
            set.RelationToCritical,
            set.RelationToGlobal,
            set.PositiveRoots.Select(root => new RootLine(
                root.Label.ToSymbol(),
                root.Value.ToDecimalString(digits),
                root.Value.DefiningPolynomial.ToString(),
                root.Value.Interval.ToString())).ToList());
}

/// <summary>The positive roots of f(·; y) for one y.</summary>
internal sealed record RootsAtValue(BigRational Y, ThresholdRelation RelationToCrit, ThresholdRelation RelationToGlob, IReadOnlyList<RootLine> Roots);

/// <summary>One root: its label, correctly rounded decimal, defining polynomial and isolating interval (exact text).</summary>
internal sealed record RootLine(string Label, string Decimal, string Polynomial, string Interval);
