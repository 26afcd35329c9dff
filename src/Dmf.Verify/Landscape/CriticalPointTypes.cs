using System.Numerics;
using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// All critical-point types of an instance: singular values y_1..y_{d_Y} grouped by equal value, each index taking 0
/// or a positive root of f(·; y_j), with at most d_min positive choices (the rank W_{L:1} can have).
/// <see cref="Count"/> is exact and never enumerates; <see cref="Enumerate"/> is lazy.
/// </summary>
public sealed partial class CriticalPointTypes
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
}
