namespace Dmf.Verify.Numerics;

/// <summary>
/// The Hessian's spectrum at a critical-point type, from its blocks (docs/theory.md §4a, §4c): the largest and smallest
/// eigenvalue and the trace, each an exact algebraic number or a certified enclosure, and how many eigenvalues are
/// positive, negative and zero, counted with multiplicity. Derived exactly from σ — never from a dense Hessian.
/// </summary>
/// <param name="Dimension">The number of eigenvalues (the parameter count).</param>
/// <param name="Largest">λ_max (the sharpness).</param>
/// <param name="Smallest">λ_min.</param>
/// <param name="Trace">tr ∇²F (docs/theory.md §4b), enclosed from σ's enclosures.</param>
/// <param name="Positive">Eigenvalues certainly positive.</param>
/// <param name="Negative">Eigenvalues certainly negative.</param>
/// <param name="Zero">The rest: eigenvalues whose enclosure holds 0 — exactly zero when <paramref name="ZerosExact"/>.</param>
/// <param name="ZerosExact">True when every eigenvalue counted in <paramref name="Zero"/> is exactly 0 (its block is exact).</param>
/// <param name="ZeroBand">The widest enclosure radius among those counted in <paramref name="Zero"/> (0 when exact): each is within this of 0.</param>
/// <param name="LargestBlock">Where λ_max lives: the 1-based indices of Y (null for a hidden position) of the block's one or two positions.</param>
public sealed record HessianSharpness(
    long Dimension,
    RealEnclosure Largest,
    RealEnclosure Smallest,
    RealEnclosure Trace,
    long Positive,
    long Negative,
    long Zero,
    bool ZerosExact,
    BigRational ZeroBand,
    IReadOnlyList<int?> LargestBlock)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(HessianSharpness? other) =>
        other is not null &&
        Dimension == other.Dimension &&
        Equals(Largest, other.Largest) &&
        Equals(Smallest, other.Smallest) &&
        Equals(Trace, other.Trace) &&
        Positive == other.Positive &&
        Negative == other.Negative &&
        Zero == other.Zero &&
        ZerosExact == other.ZerosExact &&
        Equals(ZeroBand, other.ZeroBand) &&
        ValueLists.Equal(LargestBlock, other.LargestBlock);

    /// <summary>A hash consistent with <see cref="Equals(HessianSharpness?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Dimension);
        hash.Add(Largest);
        hash.Add(Smallest);
        hash.Add(Trace);
        hash.Add(Positive);
        hash.Add(Negative);
        hash.Add(Zero);
        hash.Add(ZerosExact);
        hash.Add(ZeroBand);
        hash.Add(ValueLists.Hash(LargestBlock));
        return hash.ToHashCode();
    }

    /// <summary>2/λ_max: the largest step for which the point is linearly stable (a supremum: at it, the sharpest mode oscillates). Null when λ_max ≤ 0 can't be excluded.</summary>
    public RealEnclosure? LargestStableStep =>
        Largest.Lower.Sign <= 0 ? null
        : Largest.Exact is { } exact && exact.TryGetRational(out var rational) ? RealEnclosure.Of(2 / rational)
        : new RealEnclosure(2 / Largest.Upper, 2 / Largest.Lower, null);

    /// <summary>Gradient descent with step <paramref name="step"/> &gt; 0 near this point: stable iff λ_max &lt; 2/η, decided exactly or from the enclosure.</summary>
    public LinearStability StabilityFor(BigRational step)
    {
        if (step.Sign <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step.ToExactString(), "The step must be positive.");
        }

        return Largest.CompareTo(2 / step) switch
        {
            < 0 => LinearStability.Stable,
            >= 0 => LinearStability.Unstable,
            null => LinearStability.Undecided,
        };
    }
}
