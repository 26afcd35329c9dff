using System.Numerics;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Tests;

/// <summary>The loss-ordered enumeration against brute force: every type once, in nondecreasing loss, whatever the multiplicities.</summary>
public class LossOrderedTypesTests
{
    private static BigRational Q(string text) => BigRational.Parse(text);

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-12 * (1 + Math.Abs(a) + Math.Abs(b));

    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_type_comes_once_in_order_of_loss(int seed)
    {
        var random = new Random(seed);
        int depth = 2 + (seed % 3);
        string[] lambdas = { "0.48", "1/3", "0.5", "2" };
        string[] pool = { "0", "0.3", "1", "1.6", "2", "2.5", "3", "4.25" };
        int size = 2 + random.Next(5);
        var ys = Enumerable.Range(0, size).Select(_ => pool[random.Next(pool.Length)]).ToList();
        int dMin = 1 + random.Next(size);
        var space = CriticalPointTypes.Create(ScalarLandscape.Create(depth, Q(lambdas[random.Next(lambdas.Length)])), ys.Select(Q).ToList(), dMin);

        AssertOrderedAndComplete(space);
    }

    [Fact]
    public void Double_roots_at_y_crit_and_repeated_values()
    {
        // λ = 0.533935546875 puts y = 1.5 exactly at y_crit for L = 3 (the example): x* and groups of size 3.
        var space = CriticalPointTypes.Create(ScalarLandscape.Create(3, Q("0.533935546875")), new[] { "1.5", "1.5", "1.5", "2", "2", "0.5" }.Select(Q).ToList(), 4);
        Assert.Contains(space.Groups, g => g.RootCount == 1 && g.Labels[0] == RootLabel.DoubleRoot);
        AssertOrderedAndComplete(space);
    }

    [Fact]
    public void The_lowest_types_of_a_huge_space_come_first_without_enumerating_it()
    {
        // 300 distinct values, each with x− and x+: 3^300 types. The first comes from the short ordered chain's best.
        var ys = Enumerable.Range(1, 300).Select(k => new BigRational(1000 + k, 500)).ToList();
        var space = CriticalPointTypes.Create(ScalarLandscape.Create(3, Q("0.48")), ys, 300);
        Assert.True(space.Count() > BigInteger.Pow(10, 100));

        var first = LossOrderedTypes.Enumerate(space).Take(25).ToList();
        var losses = first.Select(t => CriticalPointLoss.Evaluate(space, t)).ToList();
        double best = space.EnumerateOrdered().Min(t => CriticalPointLoss.Evaluate(space, t));
        Assert.True(Close(best, losses[0]), $"{best} vs {losses[0]}");
        for (int i = 1; i < losses.Count; i++)
        {
            Assert.True(losses[i] >= losses[i - 1] - (1e-12 * losses[i]), $"row {i}: {losses[i]} after {losses[i - 1]}");
        }

        Assert.Equal(25, first.Select(t => t.ToString()).Distinct().Count());
    }

    [Fact]
    public void A_space_without_roots_has_only_the_zero_type()
    {
        var space = CriticalPointTypes.Create(ScalarLandscape.Create(2, Q("4")), new[] { "1", "0.5" }.Select(Q).ToList(), 2);
        Assert.Equal("[0, 0]", Assert.Single(LossOrderedTypes.Enumerate(space)).ToString());
    }

    private static void AssertOrderedAndComplete(CriticalPointTypes space)
    {
        var ordered = LossOrderedTypes.Enumerate(space).ToList();
        Assert.Equal(space.Count(), new BigInteger(ordered.Count));
        Assert.Equal(space.Enumerate().Select(t => t.ToString()).OrderBy(s => s, StringComparer.Ordinal), ordered.Select(t => t.ToString()).OrderBy(s => s, StringComparer.Ordinal));

        var losses = ordered.Select(t => CriticalPointLoss.Evaluate(space, t)).ToList();
        var sorted = space.Enumerate().Select(t => CriticalPointLoss.Evaluate(space, t)).OrderBy(f => f).ToList();
        for (int i = 0; i < losses.Count; i++)
        {
            Assert.True(Close(losses[i], sorted[i]), $"row {i}: {losses[i]} where the sorted losses have {sorted[i]}");
        }
    }
}
