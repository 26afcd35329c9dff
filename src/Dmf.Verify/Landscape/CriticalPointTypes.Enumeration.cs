using System.Numerics;

namespace Dmf.Verify.Landscape;

/// <summary>Counting the types exactly and enumerating them, lazily or in order of loss.</summary>
public sealed partial class CriticalPointTypes
{
    /// <summary>
    /// The exact number of types: the sum of the coefficients up to degree d_min of Π_g P_g(z), where
    /// P_g(z) = Σ_{s ≤ m_g} C(s + k_g − 1, k_g − 1) z^s counts the multisets of s positive roots from the k_g roots of
    /// group g (m_g its multiplicity). Groups with the same (m_g, k_g) share one factor P^c, expanded by J. C. P. Miller's
    /// power recurrence in O(d_min·m) exact operations; the few distinct factors are then multiplied, truncated at d_min.
    /// Nothing is enumerated.
    /// </summary>
    public BigInteger Count()
    {
        var product = new BigInteger[MaxActive + 1];
        product[0] = BigInteger.One;
        var signatures = Groups.Where(g => g.RootCount > 0).GroupBy(g => (g.Multiplicity, g.RootCount));
        foreach (var signature in signatures)
        {
            var (multiplicity, roots) = signature.Key;
            var factor = new BigInteger[Math.Min(multiplicity, MaxActive) + 1];
            for (int s = 0; s < factor.Length; s++)
            {
                factor[s] = Multisets(s, roots);
            }

            product = TruncatedProduct(product, TruncatedPower(factor, signature.Count(), MaxActive), MaxActive);
        }

        var total = BigInteger.Zero;
        foreach (var w in product)
        {
            total += w;
        }

        return total;
    }

    /// <summary>P(z)^c mod z^{max+1} for P(0) = 1: Q_0 = 1, n·Q_n = Σ_{i=1}^{min(n, deg P)} ((c + 1)·i − n)·P_i·Q_{n−i} (exact division).</summary>
    private static BigInteger[] TruncatedPower(BigInteger[] p, int c, int max)
    {
        var q = new BigInteger[max + 1];
        q[0] = BigInteger.One;
        for (int n = 1; n <= max; n++)
        {
            var sum = BigInteger.Zero;
            for (int i = 1; i <= Math.Min(n, p.Length - 1); i++)
            {
                if (!q[n - i].IsZero)
                {
                    sum += (((long)(c + 1) * i) - n) * p[i] * q[n - i];
                }
            }

            q[n] = sum / n;
        }

        return q;
    }

    private static BigInteger[] TruncatedProduct(BigInteger[] a, BigInteger[] b, int max)
    {
        var result = new BigInteger[max + 1];
        for (int i = 0; i <= max; i++)
        {
            if (a[i].IsZero)
            {
                continue;
            }

            for (int j = 0; i + j <= max; j++)
            {
                if (!b[j].IsZero)
                {
                    result[i + j] += a[i] * b[j];
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Every type, lazily, in a fixed order (groups in index order; within a group, counts in lexicographic order).
    /// <paramref name="filter"/> keeps only matching types; <paramref name="limit"/> stops after that many.
    /// </summary>
    public IEnumerable<CriticalPointType> Enumerate(Func<CriticalPointType, bool>? filter = null, long limit = long.MaxValue)
    {
        long produced = 0;
        foreach (var counts in Choices(0, MaxActive))
        {
            var type = new CriticalPointType(Groups, counts.Select(c => (IReadOnlyList<int>)c).ToList());
            if (filter != null && !filter(type))
            {
                continue;
            }

            yield return type;
            if (++produced >= limit)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The types whose active indices form a top set (ordering (O) of docs/theory.md §3 holds) and take the largest root of
    /// their value (x₊, x_* or L = 2's root; never x₋): at most d_min + 1 of them, from W = 0 upward. Every local
    /// minimizer and every non-strict saddle is among them, so classes other than strict saddles are counted from this
    /// short list instead of from all types.
    /// </summary>
    public IEnumerable<CriticalPointType> EnumerateOrdered()
    {
        var order = Enumerable.Range(0, Groups.Count).OrderByDescending(g => Groups[g].Y).ToList();
        var counts = Groups.Select(g => new int[g.RootCount]).ToArray();
        var previous = (IReadOnlyList<int>[])Snapshot(counts, null, -1).Counts;
        yield return new CriticalPointType(Groups, previous);
        int active = 0;
        foreach (int g in order)
        {
            var group = Groups[g];
            if (group.RootCount == 0)
            {
                yield break;
            }

            for (int s = 1; s <= group.Multiplicity; s++)
            {
                if (active == MaxActive)
                {
                    yield break;
                }

                counts[g][group.RootCount - 1] = s;
                active++;
                var type = Snapshot(counts, previous, g);
                previous = (IReadOnlyList<int>[])type.Counts;
                yield return type;
            }
        }
    }

    /// <summary>
    /// An immutable copy of <paramref name="counts"/>. Along the ordered chain only one group changes per step, so the
    /// previous snapshot's arrays are shared for every group whose counts are unchanged (O(#groups) references, not
    /// O(#groups) new arrays).
    /// </summary>
    private CriticalPointType Snapshot(int[][] counts, IReadOnlyList<int>[]? previous, int changed)
    {
        var copy = new IReadOnlyList<int>[counts.Length];
        for (int g = 0; g < counts.Length; g++)
        {
            copy[g] = previous is not null && g != changed ? previous[g] : (int[])counts[g].Clone();
        }

        return new CriticalPointType(Groups, copy);
    }

    /// <summary>Count vectors for groups g.. with at most <paramref name="budget"/> active indices, as a list per group.</summary>
    private IEnumerable<List<int[]>> Choices(int g, int budget)
    {
        if (g == Groups.Count)
        {
            yield return new List<int[]>();
            yield break;
        }

        foreach (var counts in GroupChoices(Groups[g].RootCount, Math.Min(budget, Groups[g].Multiplicity)))
        {
            foreach (var rest in Choices(g + 1, budget - counts.Sum()))
            {
                rest.Insert(0, counts);
                yield return rest;
            }
        }
    }

    /// <summary>All count vectors of length k with sum ≤ max, in lexicographic order.</summary>
    private static IEnumerable<int[]> GroupChoices(int k, int max)
    {
        if (k == 0)
        {
            yield return Array.Empty<int>();
            yield break;
        }

        for (int first = 0; first <= max; first++)
        {
            foreach (var rest in GroupChoices(k - 1, max - first))
            {
                var counts = new int[k];
                counts[0] = first;
                Array.Copy(rest, 0, counts, 1, k - 1);
                yield return counts;
            }
        }
    }

    /// <summary>The number of multisets of size s from k kinds: C(s + k − 1, k − 1).</summary>
    private static BigInteger Multisets(int s, int k)
    {
        var result = BigInteger.One;
        for (int i = 1; i < k; i++)
        {
            result = result * (s + i) / i;
        }

        return result;
    }
}
