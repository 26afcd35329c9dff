using System.Numerics;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using static System.FormattableString;

namespace Dmf.Verify.Landscape;

/// <summary>
/// All critical-point types of an instance: singular values y_1..y_{d_Y} grouped by equal value, each index taking 0
/// or a positive root of f(·; y_j), with at most d_min positive choices (the rank W_{L:1} can have).
/// <see cref="Count"/> is exact and never enumerates; <see cref="Enumerate"/> is lazy.
/// </summary>
public sealed class CriticalPointTypes
{
    private readonly SingularValueGroup[] _groupOfIndex;
    private readonly int[] _groupNumberOfIndex;
    private readonly int[] _rankOfIndex;
    private readonly Lazy<int> _aboveGlobal;

    private CriticalPointTypes(ScalarLandscape landscape, IReadOnlyList<BigRational> singularValues, IReadOnlyList<SingularValueGroup> groups, int maxActive)
    {
        Landscape = landscape;
        SingularValues = singularValues;
        Groups = groups;
        MaxActive = maxActive;
        _groupOfIndex = new SingularValueGroup[singularValues.Count];
        _rankOfIndex = new int[singularValues.Count];
        _groupNumberOfIndex = new int[singularValues.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (int j in groups[g].Indices)
            {
                _groupNumberOfIndex[j] = g;
            }
        }

        var ascending = groups.OrderBy(g => g.Y).ToList();
        for (int rank = 0; rank < ascending.Count; rank++)
        {
            foreach (int j in ascending[rank].Indices)
            {
                _groupOfIndex[j] = ascending[rank];
                _rankOfIndex[j] = rank;
            }
        }

        SlotLosses = new SlotLossEnclosures(this);

        // Read by parallel classification: computed once, thread-safely.
        _aboveGlobal = new Lazy<int>(() => Enumerable.Range(0, SingularValues.Count).Count(j => _groupOfIndex[j].RelationToGlobal == ThresholdRelation.Above), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The slot losses at the groups' roots, enclosed and memoized (what every type's loss is summed from).</summary>
    public SlotLossEnclosures SlotLosses { get; }

    /// <summary>y_1..y_{d_Y} in index order (index j is 0-based here, y_{j+1} in the text).</summary>
    public IReadOnlyList<BigRational> SingularValues { get; }

    /// <summary>How many indices have y_j &gt; y_glob.</summary>
    public int CountAboveGlobal => _aboveGlobal.Value;

    /// <summary>
    /// The rank of y_j among the distinct singular values, ascending (0 for the smallest): y_j &lt; y_k ⇔ rank(j) &lt; rank(k).
    /// Lets the classifier compare values as integers.
    /// </summary>
    public int RankOf(int index) => _rankOfIndex[index];

    /// <summary>The group index j (0-based) belongs to.</summary>
    public SingularValueGroup GroupOf(int index) => _groupOfIndex[index];

    /// <summary>The position in <see cref="Groups"/> of the group index j (0-based) belongs to.</summary>
    public int GroupNumberOf(int index) => _groupNumberOfIndex[index];

    /// <summary>The scalar facts (depth, λ).</summary>
    public ScalarLandscape Landscape { get; }

    /// <summary>Groups of equal singular values, in order of first index.</summary>
    public IReadOnlyList<SingularValueGroup> Groups { get; }

    /// <summary>d_min: at most this many indices take a positive root.</summary>
    public int MaxActive { get; }

    /// <summary>
    /// The types for singular values <paramref name="singularValues"/> (each ≥ 0) and at most
    /// <paramref name="maxActive"/> (= d_min ≥ 1) active indices. Throws <see cref="ArgumentException"/> naming the
    /// bad value.
    /// </summary>
    public static CriticalPointTypes Create(ScalarLandscape landscape, IReadOnlyList<BigRational> singularValues, int maxActive) =>
        Create(landscape, singularValues, maxActive, certified: null);

    /// <summary>
    /// The types for certified values (index order): each group's value is its floating representative, known to lie in the
    /// hull of its indices' enclosures (<see cref="SpectrumValue.Certified"/>); shown in shortest round-trip form.
    /// </summary>
    public static CriticalPointTypes Create(ScalarLandscape landscape, IReadOnlyList<Spectrum.ValueEnclosure> enclosures, int maxActive)
    {
        ArgumentNullException.ThrowIfNull(enclosures);
        var representatives = enclosures.Select(e => e.Representative).ToList();
        return Create(landscape, representatives, maxActive, indices => SpectrumValue.Certified(
            indices.Select(j => enclosures[j].Lower).Aggregate(BigRational.Min),
            enclosures[indices[0]].Representative,
            indices.Select(j => enclosures[j].Upper).Aggregate(BigRational.Max)));
    }

    private static CriticalPointTypes Create(ScalarLandscape landscape, IReadOnlyList<BigRational> singularValues, int maxActive, Func<IReadOnlyList<int>, SpectrumValue>? certified)
    {
        ArgumentNullException.ThrowIfNull(landscape);
        ArgumentNullException.ThrowIfNull(singularValues);
        if (maxActive < 1)
        {
            throw new ArgumentException(Invariant($"d_min must be at least 1, got {maxActive}."), nameof(maxActive));
        }

        for (int j = 0; j < singularValues.Count; j++)
        {
            if (singularValues[j].Sign < 0)
            {
                throw new ArgumentException(Invariant($"Singular value y_{j + 1} must be nonnegative, got {singularValues[j]}."), nameof(singularValues));
            }
        }

        var groups = singularValues
            .Select((y, j) => (y, j))
            .GroupBy(p => p.y)
            .Select(g => g.Select(p => p.j).ToList())
            .Select(indices => new SingularValueGroup(landscape, certified is null ? SpectrumValue.Rational(singularValues[indices[0]]) : certified(indices), indices))
            .OrderBy(g => g.Indices[0])
            .ToList();
        return new CriticalPointTypes(landscape, singularValues.ToArray(), groups, maxActive) { ValuesAreDoubles = certified is not null };
    }

    /// <summary>
    /// The types for exact singular values that may be irrational (algebraic numbers, each ≥ 0): groups by exact
    /// equality; each distinct irrational value is shown and computed with as a rational inside an isolating interval
    /// refined until it is disjoint from every other value's and narrower than 2^−64·(1 + y), so the approximations keep
    /// the exact order; relations, labels and roots come from the exact values.
    /// </summary>
    public static CriticalPointTypes Create(ScalarLandscape landscape, IReadOnlyList<AlgebraicNumber> values, int maxActive)
    {
        ArgumentNullException.ThrowIfNull(landscape);
        ArgumentNullException.ThrowIfNull(values);
        if (values.All(v => v.IsKnownRational))
        {
            return Create(landscape, values.Select(v => v.TryGetRational(out var r) ? r : BigRational.Zero).ToList(), maxActive);
        }

        if (maxActive < 1)
        {
            throw new ArgumentException(Invariant($"d_min must be at least 1, got {maxActive}."), nameof(maxActive));
        }

        var distinct = new List<(AlgebraicNumber Value, List<int> Indices)>();
        for (int j = 0; j < values.Count; j++)
        {
            if (values[j].Sign < 0)
            {
                throw new ArgumentException(Invariant($"Singular value y_{j + 1} must be nonnegative, got {values[j]}."), nameof(values));
            }

            int g = distinct.FindIndex(d => ReferenceEquals(d.Value, values[j]) || d.Value.CompareTo(values[j]) == 0);
            if (g < 0)
            {
                distinct.Add((values[j], new List<int> { j }));
            }
            else
            {
                distinct[g].Indices.Add(j);
            }
        }

        var (approximations, refined) = Approximations(distinct.Select(d => d.Value).ToList());
        var groups = distinct.Select((d, g) => d.Value.IsKnownRational
            ? new SingularValueGroup(landscape, approximations[g], d.Indices)
            : new SingularValueGroup(landscape, refined[g], approximations[g], d.Indices)).ToList();
        var shown = new BigRational[values.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (int j in distinct[g].Indices)
            {
                shown[j] = approximations[g];
            }
        }

        return new CriticalPointTypes(landscape, shown, groups, maxActive) { HasApproximatedValues = true };
    }

    /// <summary>y_{j+1} as text: the exact rational, or for an irrational value <see cref="Display"/>.</summary>
    public string ValueText(int index) => _groupOfIndex[index].Exact is { } exact ? Display(exact)
        : ValuesAreDoubles ? SingularValues[index].ToDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)
        : SingularValues[index].ToExactString();

    /// <summary>
    /// Whether y_{index+1} is known by more than its rational <see cref="SingularValues"/> entry — irrational (an algebraic
    /// number), or certified (an enclosure) — so that a statement about it keeps it a variable rather than a numeral.
    /// </summary>
    public bool IsSymbolic(int index) => !_groupOfIndex[index].Value.IsRational;

    /// <summary>True when the values are floating representatives of certified enclosures (shown as doubles).</summary>
    public bool ValuesAreDoubles { get; private init; }

    /// <summary>An irrational singular value as text: rounded to 12 decimals (every digit correct) and "...".</summary>
    public static string Display(AlgebraicNumber value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToDecimalString(12) + "...";
    }

    /// <summary>True when some singular value is irrational and <see cref="SingularValues"/> holds rational approximations of it.</summary>
    public bool HasApproximatedValues { get; private init; }

    /// <summary>One rational per distinct value — the value itself when rational, else the midpoint of an interval refined as described — and the refined values (their decimals then need no further refinement).</summary>
    private static (BigRational[] Approximations, AlgebraicNumber[] Refined) Approximations(IReadOnlyList<AlgebraicNumber> values)
    {
        var refined = values.ToArray();
        var precision = new BigRational(1, System.Numerics.BigInteger.One << 64);
        for (int i = 0; i < refined.Length; i++)
        {
            if (!refined[i].IsKnownRational)
            {
                refined[i] = refined[i].Refine(precision * (1 + BigRational.Abs(refined[i].Interval.Upper)));
            }
        }

        // Disjoint intervals: distinct values separate under refinement.
        bool overlapping = true;
        while (overlapping)
        {
            overlapping = false;
            for (int a = 0; a < refined.Length; a++)
            {
                for (int b = a + 1; b < refined.Length; b++)
                {
                    var ia = refined[a].Interval;
                    var ib = refined[b].Interval;
                    if (ia.Lower <= ib.Upper && ib.Lower <= ia.Upper)
                    {
                        overlapping = true;
                        refined[a] = refined[a].IsKnownRational ? refined[a] : refined[a].Refine((ia.Upper - ia.Lower) / 2);
                        refined[b] = refined[b].IsKnownRational ? refined[b] : refined[b].Refine((ib.Upper - ib.Lower) / 2);
                    }
                }
            }
        }

        return (refined.Select(v => v.TryGetRational(out var r) ? r : BigRational.Midpoint(v.Interval.Lower, v.Interval.Upper)).ToArray(), refined);
    }

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
