namespace Dmf.Verify.Verification;

/// <summary>
/// How one declared real of a claim is pinned in its context — checked in our own exact arithmetic, never by the
/// solver alone: that some real satisfies the pin (<see cref="Emptiness"/>), and whether a model's value does
/// (<see cref="Admits"/>). The pins of a claim constrain one constant each, so its context is satisfiable exactly when
/// every pin is.
/// </summary>
internal abstract record Pin(string Name)
{
    /// <summary>Null when some real satisfies the pin; otherwise why none does.</summary>
    public abstract string? Emptiness();

    /// <summary>Whether <paramref name="value"/> satisfies the pin (exactly).</summary>
    public abstract bool Admits(AlgebraicNumber value);
}

/// <summary>r &gt; 0 ∧ r² = v: nonempty iff v &gt; 0.</summary>
internal sealed record SquareRootPin(string Name, BigRational Value) : Pin(Name)
{
    /// <inheritdoc/>
    public override string? Emptiness() => Value.Sign > 0 ? null : $"{Name} > 0 with {Name}^2 = {Value.ToExactString()} has no solution";

    /// <inheritdoc/>
    public override bool Admits(AlgebraicNumber value) =>
        value.Sign > 0 && value.SignOf(Polynomial.FromCoefficients(-Value, BigRational.Zero, BigRational.One)) == 0;
}

/// <summary>p(r) = 0 ∧ a &lt; r &lt; b: nonempty iff p has a root in the open interval (exactly one, for a pin to name a number).</summary>
internal sealed record AlgebraicPin(string Name, Polynomial Polynomial, BigRational Lower, BigRational Upper) : Pin(Name)
{
    /// <inheritdoc/>
    public override string? Emptiness()
    {
        // Distinct roots in (a, b): the Sturm count on (a, b] less a root at b itself.
        int count = SturmSequence.Create(Polynomial).CountRoots(Lower, Upper) - (Polynomial.Evaluate(Upper).IsZero ? 1 : 0);
        return count == 1 ? null : FormattableString.Invariant($"{Name}'s polynomial has {count} roots in ({Lower.ToExactString()}, {Upper.ToExactString()}), not 1");
    }

    /// <inheritdoc/>
    public override bool Admits(AlgebraicNumber value) =>
        value.SignOf(Polynomial) == 0 && value.CompareTo(Lower) > 0 && value.CompareTo(Upper) < 0;
}

/// <summary>r = c.</summary>
internal sealed record RationalPin(string Name, BigRational Value) : Pin(Name)
{
    /// <inheritdoc/>
    public override string? Emptiness() => null;

    /// <inheritdoc/>
    public override bool Admits(AlgebraicNumber value) => value.CompareTo(Value) == 0;
}

/// <summary>No constraint (a free real, e.g. the other root a uniqueness claim quantifies over).</summary>
internal sealed record FreePin(string Name) : Pin(Name)
{
    /// <inheritdoc/>
    public override string? Emptiness() => null;

    /// <inheritdoc/>
    public override bool Admits(AlgebraicNumber value) => true;
}

/// <summary>r ⋈ 0 (a named quantity whose sign another claim proved, e.g. a slot's gain): always nonempty.</summary>
internal sealed record SignPin(string Name, SignCondition Condition) : Pin(Name)
{
    /// <inheritdoc/>
    public override string? Emptiness() => null;

    /// <inheritdoc/>
    public override bool Admits(AlgebraicNumber value) => Condition.Holds(value.Sign);
}

/// <summary>a &lt; r &lt; b (a number known by another claim, here only by where it lies): nonempty iff a &lt; b.</summary>
internal sealed record IntervalPin(string Name, BigRational Lower, BigRational Upper) : Pin(Name)
{
    /// <inheritdoc/>
    public override string? Emptiness() => Lower < Upper ? null : FormattableString.Invariant($"({Lower.ToExactString()}, {Upper.ToExactString()}) is empty");

    /// <inheritdoc/>
    public override bool Admits(AlgebraicNumber value) => value.CompareTo(Lower) > 0 && value.CompareTo(Upper) < 0;
}

/// <summary>a ≤ r ≤ b (a number known to lie in a proved closed enclosure, e.g. a certified singular value): nonempty iff a ≤ b.</summary>
internal sealed record ClosedIntervalPin(string Name, BigRational Lower, BigRational Upper) : Pin(Name)
{
    /// <inheritdoc/>
    public override string? Emptiness() => Lower <= Upper ? null : FormattableString.Invariant($"[{Lower.ToExactString()}, {Upper.ToExactString()}] is empty");

    /// <inheritdoc/>
    public override bool Admits(AlgebraicNumber value) => value.CompareTo(Lower) >= 0 && value.CompareTo(Upper) <= 0;
}
