using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// The indices of Y that share one singular value y, with y's exact relation to both thresholds and the labels of the
/// positive roots of f(·; y). Indices in a group are interchangeable: a critical-point type only records how many of
/// them take each root. The labels follow from the threshold relation alone (docs/theory.md §2.1); the root values are
/// isolated only when first asked for, so counting and classifying never pays for root isolation.
/// </summary>
public sealed class SingularValueGroup
{
    private readonly Lazy<ScalarRootSet> _roots;
    private readonly Lazy<ScalarRootSet> _exactRoots;

    /// <summary>The group of value <paramref name="y"/> ≥ 0 at <paramref name="indices"/> (0-based, increasing).</summary>
    public SingularValueGroup(ScalarLandscape landscape, BigRational y, IReadOnlyList<int> indices)
        : this(landscape, SpectrumValue.Rational(y), indices)
    {
    }

    /// <summary>
    /// The group of a rational or a certified value (for a certified one the relations, labels and roots are those of its
    /// floating representative, which the enclosure shares: the certified path decides every relation over it).
    /// </summary>
    public SingularValueGroup(ScalarLandscape landscape, SpectrumValue value, IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(landscape);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(indices);
        if (value.Algebraic is not null)
        {
            throw new ArgumentException("An irrational value's group is built from the algebraic number.", nameof(value));
        }

        var y = value.Approximation;
        Value = value;
        Y = y;
        Indices = indices;
        RelationToCritical = landscape.CompareToCritical(y);
        RelationToGlobal = landscape.CompareToGlobal(y);
        Labels = LabelsFor(landscape.Depth, RelationToCritical);
        _roots = new Lazy<ScalarRootSet>(() => landscape.Roots(y), LazyThreadSafetyMode.ExecutionAndPublication);
        _exactRoots = _roots;
    }

    /// <summary>
    /// The group of an algebraic value <paramref name="exact"/> ≥ 0, shown and computed with as the rational
    /// <paramref name="approximation"/> (in the same order as every other group's): the threshold relations, labels and
    /// roots are those of the exact value (<see cref="AlgebraicValueRoots"/>).
    /// </summary>
    public SingularValueGroup(ScalarLandscape landscape, AlgebraicNumber exact, BigRational approximation, IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(landscape);
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(indices);
        Value = SpectrumValue.Irrational(exact, approximation);
        Y = approximation;
        Indices = indices;
        RelationToCritical = AlgebraicValueRoots.CompareToCritical(landscape, exact);
        RelationToGlobal = AlgebraicValueRoots.CompareToGlobal(landscape, exact);
        Labels = LabelsFor(landscape.Depth, RelationToCritical);
        _exactRoots = new Lazy<ScalarRootSet>(
            () => new ScalarRootSet(approximation, RelationToCritical, RelationToGlobal, AlgebraicValueRoots.Roots(landscape, exact).PositiveRoots),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _roots = new Lazy<ScalarRootSet>(() => RootsAtApproximation(landscape, exact, approximation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The value: its approximation, an interval around it, and its exact identity when known.</summary>
    public SpectrumValue Value { get; }

    /// <summary>The exact value when it is irrational (<see cref="Y"/> is then a rational approximation); null when Y is rational or certified.</summary>
    public AlgebraicNumber? Exact => Value.Algebraic;

    /// <summary>The shared singular value (a rational approximation when <see cref="Exact"/> is set).</summary>
    public BigRational Y { get; }

    /// <summary>The 0-based indices j with y_j = Y, increasing.</summary>
    public IReadOnlyList<int> Indices { get; }

    /// <summary>Y against y_crit (for L = 2, against √λ).</summary>
    public ThresholdRelation RelationToCritical { get; }

    /// <summary>Y against y_glob (for L = 2, y_glob = √λ).</summary>
    public ThresholdRelation RelationToGlobal { get; }

    /// <summary>The labels of the positive roots of f(·; Y), in increasing order of the roots.</summary>
    public IReadOnlyList<RootLabel> Labels { get; }

    /// <summary>
    /// The positive roots, isolated on first use: of f(·; <see cref="Y"/>) exactly. For an irrational value they are the
    /// roots at its rational approximation <see cref="Y"/> (labels and relations are the exact value's, which the
    /// approximation shares), so no resultant is built; <see cref="ExactRoots"/> has the roots of the exact value.
    /// </summary>
    public ScalarRootSet Roots => _roots.Value;

    /// <summary>
    /// The positive roots of f(·; y) at the exact value: <see cref="Roots"/> for a rational value; for an irrational one,
    /// algebraic numbers from the root resultant (<see cref="AlgebraicValueRoots"/>; degree about 4(L − 1) times the
    /// value's), built on first use — only proofs about σ itself need them.
    /// </summary>
    public ScalarRootSet ExactRoots => _exactRoots.Value;

    /// <summary>
    /// The roots at the approximation when it lies on the same side of y_crit as the exact value (it does unless the value
    /// is within 2^−64 of y_crit); at y = y_crit (L ≥ 3) the double root x_*, which does not depend on y; otherwise the
    /// exact roots.
    /// </summary>
    private ScalarRootSet RootsAtApproximation(ScalarLandscape landscape, AlgebraicNumber exact, BigRational approximation)
    {
        if (RelationToCritical == ThresholdRelation.Equal)
        {
            return new ScalarRootSet(approximation, RelationToCritical, RelationToGlobal, AlgebraicValueRoots.Roots(landscape, exact).PositiveRoots);
        }

        if (landscape.CompareToCritical(approximation) != RelationToCritical)
        {
            return ExactRoots;
        }

        return new ScalarRootSet(approximation, RelationToCritical, RelationToGlobal, landscape.Roots(approximation).PositiveRoots);
    }

    /// <summary>How many indices share the value.</summary>
    public int Multiplicity => Indices.Count;

    /// <summary>How many positive roots an index of this group can take (0, 1 or 2).</summary>
    public int RootCount => Labels.Count;

    /// <summary>docs/theory.md §2.1: L = 2 has one root above √λ; L ≥ 3 has x₋ &lt; x₊ above y_crit and x_* at it.</summary>
    private static IReadOnlyList<RootLabel> LabelsFor(int depth, ThresholdRelation relationToCritical) => (depth, relationToCritical) switch
    {
        (2, ThresholdRelation.Above) => new[] { RootLabel.SoftThresholdRoot },
        (2, _) => Array.Empty<RootLabel>(),
        (_, ThresholdRelation.Above) => new[] { RootLabel.SmallRoot, RootLabel.LargeRoot },
        (_, ThresholdRelation.Equal) => new[] { RootLabel.DoubleRoot },
        _ => Array.Empty<RootLabel>(),
    };
}
