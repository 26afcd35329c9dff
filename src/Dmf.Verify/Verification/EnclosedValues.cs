using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>
/// A spectrum's values as the claims ask about them (docs/verification.md, "Values known by an interval"): each group's
/// value y by a rational interval [a, b] that contains it — a certified value's proved enclosure, an algebraic value's
/// isolating interval refined to 2^−100 relative width (a rational value among them: [y, y]) — and for each root label a
/// bracket [p, q] of σ that holds the root of f(·; y) for every y in [a, b]: the roots at a and b (σ is monotone in y on
/// each branch), widened until our interval arithmetic shows f(p; y)/p and f(q; y)/q of opposite signs and f' of one sign on
/// the box. How a value was obtained matters only here; the claims ask the box. Nothing here is a floating-point number.
/// One per instance's types, shared by every type's claims (thread-safe).
/// </summary>
internal sealed class EnclosedValues
{
    private static readonly ConditionalWeakTable<CriticalPointTypes, EnclosedValues> Shared = new();

    private static readonly BigRational AlgebraicWidth = BigRational.FromBinary(1, -100);

    private readonly (BigRational Lower, BigRational Upper)[] _boxes;

    private readonly ConcurrentDictionary<(int Group, RootLabel Label), Lazy<Bracket?>> _brackets = new();

    private EnclosedValues(CriticalPointTypes space, IReadOnlyList<(BigRational Lower, BigRational Upper)> boxes, bool certified)
    {
        Space = space;
        _boxes = boxes.ToArray();
        IsCertified = certified;
        BoxWords = certified ? "its certified enclosure" : "an isolating interval of its exact value";
        Depth = space.Landscape.Depth;
        LambdaProduct = space.Landscape.LambdaProduct;
        Substitution = new RootValueSubstitution(Depth, LambdaProduct);
        SquareRoot = Narrow(space.Landscape.SquareRootOfLambda);
        FOverX = RootElimination.ReduceSquareRoot(ScalarTheory.FOverX(Depth), LambdaProduct);
        Slope = RootElimination.ReduceSquareRoot(ScalarTheory.FDerivative(Depth), LambdaProduct);
    }

    /// <summary>A bracket of σ: for every y in the group's enclosure, f(·; y) has exactly one root in (Lower, Upper).</summary>
    /// <param name="Lower">p &gt; 0.</param>
    /// <param name="Upper">q &gt; p.</param>
    /// <param name="LowSign">The sign of f(p; y)/p on the enclosure.</param>
    /// <param name="SlopeSign">The sign of f' on [p, q] × the enclosure (the label's).</param>
    public sealed record Bracket(BigRational Lower, BigRational Upper, int LowSign, int SlopeSign);

    /// <summary>The types whose groups the enclosures belong to.</summary>
    public CriticalPointTypes Space { get; }

    /// <summary>True when the boxes are certified enclosures (the values are not known exactly); false for algebraic values' intervals.</summary>
    public bool IsCertified { get; }

    /// <summary>What a value's box is, in words for the claims ("its certified enclosure", …).</summary>
    public string BoxWords { get; }

    /// <summary>L.</summary>
    public int Depth { get; }

    /// <summary>λ = Π λ_l.</summary>
    public BigRational LambdaProduct { get; }

    /// <summary>y = N(σ)/(s·σ^{L−2}) at a root: how a claim at σ loses its own y.</summary>
    public RootValueSubstitution Substitution { get; }

    /// <summary>s = √λ enclosed in an interval of relative width 2^−160.</summary>
    public (BigRational Lower, BigRational Upper) SquareRoot { get; }

    /// <summary>f(x; y)/x with s² = λ reduced.</summary>
    public MultivariatePolynomial FOverX { get; }

    /// <summary>f'(x; y) with s² = λ reduced.</summary>
    public MultivariatePolynomial Slope { get; }

    /// <summary>
    /// The values of the types <paramref name="space"/> by intervals, when their claims are stated
    /// on boxes: a certified instance (there is nothing else to state them on), or one with irrational values none of
    /// which — nor any rational one — sits exactly at y_crit or y_glob (an equality is not a property of a box; those
    /// instances keep each value pinned by its polynomial). Null otherwise: rational values are numerals in the claims.
    /// </summary>
    public static EnclosedValues? Of(CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(space);
        bool certified = space.Groups.Any(g => g.Value.IsCertified);
        if (!BoxedValues.Apply(space))
        {
            return null;
        }

        // One interval per value, whatever it is: a point, an isolating interval refined, or a certified enclosure.
        return Shared.GetValue(space, _ => new EnclosedValues(space, space.Groups.Select(g => g.Value.Enclosure(AlgebraicWidth)).ToList(), certified));
    }

    /// <summary>The box of y_{index+1} (its group's).</summary>
    public (BigRational Lower, BigRational Upper) Box(int index) => _boxes[Space.GroupNumberOf(index)];

    /// <summary>The bracket of the root labelled <paramref name="label"/> of y_{index+1}'s group, or null when none was certified (the reason is <see cref="BracketFailure"/>).</summary>
    public Bracket? BracketOf(int index, RootLabel label)
    {
        int group = Space.GroupNumberOf(index);
        return _brackets.GetOrAdd((group, label), key => new Lazy<Bracket?>(() => Find(key.Group, key.Label), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Why no bracket is certified for a root of y_{index+1}.</summary>
    public string BracketFailure(int index, RootLabel label)
    {
        var (a, b) = Box(index);
        return FormattableString.Invariant($"the enclosure [{a.ToDouble():R}, {b.ToDouble():R}] of y_{index + 1} is too wide to bracket its root {label.ToSymbol()} (f(.; y) changing sign with f' of one sign for every y in it)");
    }

    /// <summary>The sign q certainly has on the box (0 when q is identically zero), or null when the corner enclosure straddles 0.</summary>
    public static int? SignOnBox(MultivariatePolynomial q, IReadOnlyList<(BigRational Lower, BigRational Upper)> box)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(box);
        if (q.IsZero)
        {
            return 0;
        }

        if (Enclose(q, box) is not var (low, high))
        {
            return null;
        }

        return low.Sign > 0 ? 1 : high.Sign < 0 ? -1 : null;
    }

    /// <summary>Whether q ⋈ 0 holds on the whole box by its corner enclosure (an identically zero q satisfies ≤, = and ≥).</summary>
    public static bool HoldsOnBox(MultivariatePolynomial q, SignCondition condition, IReadOnlyList<(BigRational Lower, BigRational Upper)> box)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (q.IsZero)
        {
            return condition is SignCondition.Zero or SignCondition.NonNegative or SignCondition.NonPositive;
        }

        if (condition == SignCondition.Zero)
        {
            return false;
        }

        if (Enclose(q, box) is not var (low, high))
        {
            return false;
        }

        return condition switch
        {
            SignCondition.Negative => high.Sign < 0,
            SignCondition.NonPositive => high.Sign <= 0,
            SignCondition.NonNegative => low.Sign >= 0,
            _ => low.Sign > 0,
        };
    }

    /// <summary>√v (v &gt; 0) enclosed in a rational interval of relative width 2^−160.</summary>
    public static (BigRational Lower, BigRational Upper) SquareRootBox(BigRational v) =>
        Narrow(AlgebraicNumber.Create(Polynomial.FromCoefficients(-v, BigRational.Zero, BigRational.One), BigRational.Zero, v + BigRational.One));

    /// <summary>A square root's isolating interval refined to 2^−160·(1 + its upper end) wide.</summary>
    private static (BigRational Lower, BigRational Upper) Narrow(AlgebraicNumber root)
    {
        var narrow = root.Refine(BigRational.FromBinary(1, -160) * (BigRational.One + root.Interval.Upper)).Interval;
        return (narrow.Lower, narrow.Upper);
    }

    /// <summary>The box of <see cref="ScalarTheory"/>'s variables: x, y as given, s = √λ's enclosure, λ its value.</summary>
    public (BigRational Lower, BigRational Upper)[] ScalarBox((BigRational Lower, BigRational Upper) x, (BigRational Lower, BigRational Upper) y) =>
        new[] { x, y, SquareRoot, (LambdaProduct, LambdaProduct) };

    /// <summary>
    /// [low, high] ⊇ q(box) where every variable q holds has a nonnegative, nonempty interval: each monomial is monotone
    /// there, so it contributes its value at the low or the high corner by the sign of its coefficient. Null when some
    /// variable's interval reaches below 0 (or is empty): no corner enclosure then.
    /// </summary>
    private static (BigRational Low, BigRational High)? Enclose(MultivariatePolynomial q, IReadOnlyList<(BigRational Lower, BigRational Upper)> box)
    {
        var low = BigRational.Zero;
        var high = BigRational.Zero;
        foreach (var (exponents, coefficient) in q.Terms)
        {
            var atLow = coefficient;
            var atHigh = coefficient;
            for (int v = 0; v < exponents.Count; v++)
            {
                if (exponents[v] == 0)
                {
                    continue;
                }

                if (box[v].Lower.Sign < 0 || box[v].Upper < box[v].Lower)
                {
                    return null;
                }

                atLow *= BigRational.Pow(box[v].Lower, exponents[v]);
                atHigh *= BigRational.Pow(box[v].Upper, exponents[v]);
            }

            low += coefficient.Sign > 0 ? atLow : atHigh;
            high += coefficient.Sign > 0 ? atHigh : atLow;
        }

        return (low, high);
    }

    /// <summary>
    /// From the roots at the box's ends (x₊ and L = 2's root increase with y, x₋ decreases: docs/theory.md §2.1), widened
    /// (each failing end moved out by the bracket's width, at most 16 times) until f/x has opposite strict signs at the ends
    /// and f' the label's sign throughout, for every y in the box.
    /// </summary>
    private Bracket? Find(int group, RootLabel label)
    {
        int root = Space.Groups[group].Labels.ToList().IndexOf(label);
        if (root < 0)
        {
            return null;
        }

        var y = _boxes[group];
        var landscape = Space.Landscape;
        if (landscape.CompareToCritical(y.Lower) != Space.Groups[group].RelationToCritical || landscape.CompareToCritical(y.Upper) != Space.Groups[group].RelationToCritical)
        {
            return null;
        }

        var atLower = landscape.Roots(y.Lower).PositiveRoots.Single(r => r.Label == label).Value.Interval;
        var atUpper = landscape.Roots(y.Upper).PositiveRoots.Single(r => r.Label == label).Value.Interval;
        var (p, q) = (BigRational.Min(atLower.Lower, atUpper.Lower), BigRational.Max(atLower.Upper, atUpper.Upper));
        int expectedSlope = label == RootLabel.SmallRoot ? -1 : 1;
        for (int attempt = 0; attempt < 16 && p.Sign > 0; attempt++)
        {
            var width = BigRational.Max(q - p, BigRational.FromBinary(1, -64) * q);
            int? low = SignOnBox(FOverX, ScalarBox((p, p), y));
            int? high = SignOnBox(FOverX, ScalarBox((q, q), y));
            int? slope = SignOnBox(Slope, ScalarBox((p, q), y));
            if (low is -1 or 1 && high == -low && slope == expectedSlope && low == -expectedSlope)
            {
                return new Bracket(p, q, low.Value, slope.Value);
            }

            if (slope != expectedSlope)
            {
                return null;
            }

            if (low != -expectedSlope)
            {
                p -= width;
            }

            if (high != expectedSlope)
            {
                q += width;
            }
        }

        return null;
    }
}
