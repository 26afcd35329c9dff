using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>The normalized lemmas stand for the general ones only by an identity our own algebra checks.</summary>
public class LemmaScalingTests
{
    public static TheoryData<int> Depths() => new() { 3, 4, 5, 8, 11, 16 };

    [Theory]
    [MemberData(nameof(Depths))]
    public void Every_lemma_is_weighted_homogeneous_and_its_normalized_form_is_it_at_s_equal_1(int depth)
    {
        var general = ScalarLemmas.For(depth);
        var normalized = ScalarLemmas.For(depth, normalized: true);
        Assert.Equal(general.Select(c => c.Name), normalized.Select(c => c.Name));
        Assert.All(general.Zip(normalized), pair => Assert.Null(ScalarLemmas.ScalingReductionFailure(pair.First, pair.Second, depth)));
    }

    [Fact]
    public void A_comparison_that_breaks_the_scaling_is_caught()
    {
        // s > 1 is not homogeneous (weights L − 1 and 0): normalizing would silently change the lemma.
        var general = ScalarLemmas.For(3)[0];
        var s = general.Constants.Single(c => c.Name == "s");
        var broken = general with { Context = general.Context.Append(Terms.Greater(s, Terms.Number(1))).ToList() };
        var normalized = ScalarLemmas.For(3, normalized: true)[0];
        var withOne = normalized with { Context = normalized.Context.Append(Terms.Greater(Terms.Number(1), Terms.Number(1))).ToList() };
        Assert.Contains("not weighted-homogeneous", ScalarLemmas.ScalingReductionFailure(broken, withOne, 3));

        // A normalized form that is not the general one at s = 1 (the depth constant changed).
        var other = ScalarLemmas.For(4, normalized: true)[2];
        Assert.NotNull(ScalarLemmas.ScalingReductionFailure(ScalarLemmas.For(3)[2], other, 3));
    }

    [Fact]
    public void Eliminating_y_at_x_equal_1_leaves_c2_in_s_alone_and_z3_proves_it_at_an_odd_depth()
    {
        var normalized = ScalarLemmas.For(13, "x").Single(c => c.Name == "c2");
        var univariate = ScalarLemmas.WithYEliminated(normalized);
        Assert.NotNull(univariate);
        Assert.Equal(new[] { "s" }, univariate!.Constants.Select(c => c.Name));
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default with { TimeoutMilliseconds = 5000, WallClockMilliseconds = 7500 }).Check(univariate, new[] { "y eliminated" });
        Assert.Equal(ClaimStatus.Proved, result.Status);

        // Without the root relation among the premises, y cannot be eliminated.
        var withoutRoot = normalized with { Context = normalized.Context.Where(t => !t.ToString().StartsWith("(= ", StringComparison.Ordinal)).ToList() };
        Assert.Null(ScalarLemmas.WithYEliminated(withoutRoot));
        Assert.Null(ScalarLemmas.WithYEliminated(ScalarLemmas.For(13).Single(c => c.Name == "c2")));
    }
}
