using System.Numerics;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Tests;

public class CriticalPointTypesTests
{
    private static BigRational Q(string text) => BigRational.Parse(text);

    private static CriticalPointTypes Types(int depth, string lambda, string[] ys, int dMin) =>
        CriticalPointTypes.Create(ScalarLandscape.Create(depth, Q(lambda)), ys.Select(Q).ToList(), dMin);

    [Fact]
    public void The_L3_example_has_nine_types()
    {
        // y = (2, 1.6), λ = 0.48: both values have x− and x+; each index takes 0, x− or x+, d_min = 2.
        var types = Types(3, "0.48", new[] { "2", "1.6" }, 2);
        Assert.Equal(new BigInteger(9), types.Count());
        var all = types.Enumerate().Select(t => t.ToString()).ToList();
        Assert.Equal(9, all.Count);
        Assert.Contains("[x+, 0]", all);
        Assert.Contains("[x+, x-]", all);
        Assert.Contains("[0, 0]", all);
    }

    [Fact]
    public void Equal_values_count_as_a_multiset()
    {
        // y = (2, 2): two interchangeable indices with two roots each → multisets of size 0, 1, 2: 1 + 2 + 3.
        var types = Types(3, "0.48", new[] { "2", "2" }, 2);
        Assert.Equal(new BigInteger(6), types.Count());
        Assert.Equal(6, types.Enumerate().Count());
        Assert.Single(types.Groups);
    }

    [Fact]
    public void The_rank_bound_d_min_limits_active_indices()
    {
        var types = Types(3, "0.48", new[] { "2", "1.6" }, 1);
        Assert.Equal(new BigInteger(5), types.Count()); // none, or one of four (index, root) pairs
        Assert.All(types.Enumerate(), t => Assert.True(t.ActiveCount <= 1));
    }

    [Fact]
    public void Values_without_positive_roots_only_take_zero()
    {
        // L = 2, λ = 1: y = 0.5 and 0 are at most √λ (no positive root); y = 3 has one root.
        var types = Types(2, "1", new[] { "3", "0.5", "0" }, 3);
        Assert.Equal(new BigInteger(2), types.Count());
    }

    [Fact]
    public void Filter_and_limit()
    {
        var types = Types(3, "0.48", new[] { "2", "1.6", "1.6" }, 3);
        Assert.Equal(3, types.Enumerate(limit: 3).Count());
        Assert.All(types.Enumerate(t => t.ActiveCount == 3), t => Assert.Equal(3, t.ActiveCount));
    }

    [Fact]
    public void Bad_input_is_rejected_naming_the_value()
    {
        var landscape = ScalarLandscape.Create(3, 1);
        Assert.Contains("y_2 must be nonnegative, got -1", Assert.Throws<ArgumentException>(() => CriticalPointTypes.Create(landscape, new BigRational[] { 1, -1 }, 2)).Message);
        Assert.Contains("d_min must be at least 1, got 0", Assert.Throws<ArgumentException>(() => CriticalPointTypes.Create(landscape, new BigRational[] { 1 }, 0)).Message);
    }

    [Theory]
    [InlineData(2, 11)]
    [InlineData(3, 12)]
    [InlineData(4, 13)]
    [InlineData(5, 14)]
    public void Count_and_enumeration_match_brute_force(int depth, int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 15; trial++)
        {
            // Small values from a short list, so repeats, zeros and values below and above the thresholds all occur.
            string[] pool = { "0", "0.5", "1.2", "2", "2", "3", "4.5" };
            int size = random.Next(1, 6);
            var ys = Enumerable.Range(0, size).Select(_ => pool[random.Next(pool.Length)]).ToArray();
            int dMin = random.Next(1, size + 2);
            var landscape = ScalarLandscape.Create(depth, Q("0.7"));
            var types = CriticalPointTypes.Create(landscape, ys.Select(Q).ToList(), dMin);

            // Brute force: every per-index choice (0 or the r-th root), at most d_min nonzero, then identify
            // choices that differ only by permuting indices with equal y.
            var rootCounts = ys.Select(y => landscape.Roots(Q(y)).PositiveRoots.Count).ToArray();
            var distinct = new HashSet<string>();
            var choice = new int[size];
            void Visit(int j, int active)
            {
                if (j == size)
                {
                    distinct.Add(string.Join(";", ys.Select((y, k) => (y, c: choice[k])).GroupBy(p => p.y).OrderBy(g => g.Key)
                        .Select(g => g.Key + ":" + string.Join(",", g.Select(p => p.c).OrderBy(c => c)))));
                    return;
                }

                for (int c = 0; c <= rootCounts[j]; c++)
                {
                    if (c > 0 && active == dMin)
                    {
                        break;
                    }

                    choice[j] = c;
                    Visit(j + 1, active + (c > 0 ? 1 : 0));
                }
            }

            Visit(0, 0);
            Assert.Equal(new BigInteger(distinct.Count), types.Count());
            Assert.Equal(distinct.Count, types.Enumerate().Count());
        }
    }
}
