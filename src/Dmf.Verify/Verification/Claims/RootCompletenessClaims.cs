using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>
/// Roots and completeness (docs/theory.md §2): for every active index its σ is a positive root of f(·; y), the only one in
/// its isolating interval, labelled by the sign of f'(σ); per distinct y, the listed roots are all of them.
/// </summary>
internal static class RootCompletenessClaims
{
    /// <summary>
    /// root[j], unique[j] and label[j]: index j's σ is a positive root of f(·; y_j), the only one in its interval, with the
    /// sign of f' its label says. A rational y_j eliminates √λ (<see cref="RootClaims"/>), an irrational one is pinned
    /// and eliminated at the root (<see cref="AlgebraicRootClaims"/>).
    /// </summary>
    internal static IEnumerable<Claim> RootIdentity(ClaimContext context, int j, ScalarRoot root)
    {
        int depth = context.Instance.Depth;
        string value = context.Space.ValueText(j);
        string name = context.SigmaName(j, root.Label);
        var (condition, words) = root.Label switch
        {
            RootLabel.SmallRoot => (SignCondition.Negative, "f' < 0: it is the small root x-"),
            RootLabel.DoubleRoot => (SignCondition.Zero, "f' = 0: it is the double root x*"),
            _ => (SignCondition.Positive, "f' > 0: it is the large root x+"),
        };
        string rootWords = Invariant($"sigma for index {j + 1} is a positive root of f(.; {value})");
        string labelWords = Invariant($"at sigma for index {j + 1}, {words}");
        if (context.Enclosed is { } enclosed)
        {
            yield return EnclosedClaims.Root(enclosed, Invariant($"root[{j + 1}]"), rootWords + " (the only one in its bracket, for every y in its interval)", j, root.Label, context.YName(j));
            yield return EnclosedClaims.AtRoot(enclosed, Invariant($"label[{j + 1}]"), labelWords, j, root.Label, name, new[] { (ScalarTheory.FDerivative(depth), condition) }, Invariant($"root[{j + 1}]"));
            yield break;
        }

        if (context.Space.GroupOf(j).Exact is { } irrational)
        {
            var elimination = context.AlgebraicElimination(irrational);
            var sigma = AlgebraicRootClaims.Separated(root.Value, elimination);
            string yName = context.YName(j);
            yield return AlgebraicRootClaims.Root(Invariant($"root[{j + 1}]"), rootWords, elimination, name, sigma, yName);
            if (!sigma.TryGetRational(out _))
            {
                yield return AlgebraicRootClaims.Unique(Invariant($"unique[{j + 1}]"), $"f(.; {value}) has no other root in ({sigma.Interval.Lower.ToExactString()}, {sigma.Interval.Upper.ToExactString()})", elimination, name, sigma);
            }

            yield return AlgebraicRootClaims.Signs(Invariant($"label[{j + 1}]"), labelWords, elimination, name, sigma, yName, new[] { (ScalarTheory.FDerivative(depth), condition) }, Invariant($"root[{j + 1}]"));
            yield break;
        }

        var y = context.Space.SingularValues[j];
        var rational = context.Elimination(y);
        var separated = ClaimContext.Separated(root, rational);
        yield return RootClaims.Root(Invariant($"root[{j + 1}]"), rootWords, rational, name, separated.Value);
        if (!separated.Value.TryGetRational(out _))
        {
            var interval = separated.Value.Interval;
            yield return RootClaims.Unique(Invariant($"unique[{j + 1}]"), $"f(.; {y.ToExactString()}) has no other root in ({interval.Lower.ToExactString()}, {interval.Upper.ToExactString()})", rational, name, separated.Value);
        }

        yield return RootClaims.Sign(Invariant($"label[{j + 1}]"), labelWords, rational, name, separated.Value, ScalarTheory.FDerivative(depth), condition);
    }

    /// <summary>complete[y] for the distinct value of <paramref name="group"/>, with the premises its form needs.</summary>
    internal static IEnumerable<Claim> Complete(ClaimContext context, SingularValueGroup group)
    {
        if (context.Enclosed is { } enclosed)
        {
            int first = group.Indices[0];
            string value = context.Space.ValueText(first);
            return EnclosedClaims.Complete(enclosed, $"complete[y={value}]", Invariant($"f(.; y) has no positive root besides the {group.Labels.Count} listed ({string.Join(", ", group.Labels.Select(l => l.ToSymbol()))}), for every y in the interval of {value}"), first, group.Labels, context.YName(first));
        }

        if (group.Exact is { } irrational)
        {
            return AlgebraicCompletenessClaims(context, group, irrational);
        }

        return CompletenessPremises(context, group.Y).Append(CompletenessClaim(context, group.Y));
    }

    /// <summary>complete[y] for an irrational y: every positive root of f(·; y) is one of the group's (<see cref="AlgebraicRootClaims.Complete"/>).</summary>
    internal static IEnumerable<Claim> AlgebraicCompletenessClaims(ClaimContext context, SingularValueGroup group, AlgebraicNumber y)
    {
        var elimination = context.AlgebraicElimination(y);
        var listed = group.ExactRoots.PositiveRoots.Select(root => new ScalarRoot(root.Label, AlgebraicRootClaims.Separated(root.Value, elimination))).ToList();
        string value = context.Space.ValueText(group.Indices[0]);
        string name = $"complete[y={value}]";
        foreach (var premise in AlgebraicRootClaims.ListedRoots(name, elimination, context.YName(group.Indices[0]), listed))
        {
            yield return premise;
        }

        yield return AlgebraicRootClaims.Complete(
            name,
            Invariant($"f(.; {value}) has no positive root besides the {listed.Count} listed ({string.Join(", ", listed.Select(r => r.Label.ToSymbol()))})"),
            elimination,
            context.YName(group.Indices[0]),
            listed);
    }

    /// <summary>The listed roots of y as claims, when the completeness claim takes them as premises.</summary>
    internal static IReadOnlyList<Claim> CompletenessPremises(ClaimContext context, BigRational y)
    {
        var (elimination, listed) = Listed(context, y, null);
        return RootClaims.ListedRoots($"complete[y={y.ToExactString()}]", elimination, listed);
    }

    /// <summary>
    /// complete[y]: every positive root of f(·; y) is one of the listed roots (lies in its isolating interval, or equals
    /// it when rational), so the type's σ for this y were chosen among all of them. <paramref name="listedRoots"/> replaces
    /// the exact core's list (mutation tests).
    /// </summary>
    internal static Claim CompletenessClaim(ClaimContext context, BigRational y, IReadOnlyList<ScalarRoot>? listedRoots = null)
    {
        var (elimination, listed) = Listed(context, y, listedRoots);
        return RootClaims.Complete(
            $"complete[y={y.ToExactString()}]",
            Invariant($"f(.; {y.ToExactString()}) has no positive root besides the {listed.Count} listed ({string.Join(", ", listed.Select(r => r.Label.ToSymbol()))})"),
            elimination,
            listed);
    }

    /// <summary>y's elimination and its listed positive roots (the exact core's, unless given), with the claims' intervals.</summary>
    private static (RootElimination Elimination, List<ScalarRoot> Listed) Listed(ClaimContext context, BigRational y, IReadOnlyList<ScalarRoot>? listedRoots)
    {
        var elimination = context.Elimination(y);
        return (elimination, (listedRoots ?? context.Instance.Landscape.Roots(y).PositiveRoots).Select(root => ClaimContext.Separated(root, elimination)).ToList());
    }
}
