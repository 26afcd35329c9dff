using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>
/// What the claims over a certified instance know of its values (docs/verification.md, "Certified values"): each group's
/// proved enclosure [a, b] of y, and for each root label a bracket [p, q] of σ that holds the root of f(·; y) for every y in
/// [a, b] — the certified σ bounds (<see cref="CertifiedEnclosures"/>), widened until our interval arithmetic shows
/// f(p; y)/p and f(q; y)/q of opposite signs and f' of one sign on the box. Nothing here is a floating-point number. One
/// per certified instance, shared by every type's claims (thread-safe).
/// </summary>
internal sealed class EnclosedValues
{
    private static readonly ConditionalWeakTable<CertifiedEnclosures, EnclosedValues> Shared = new();

    private readonly ConcurrentDictionary<(int Group, RootLabel Label), Lazy<Bracket?>> _brackets = new();

    private EnclosedValues(DmfInstance instance, CriticalPointTypes space, CertifiedEnclosures certified)
    {
        Instance = instance;
        Space = space;
        Certified = certified;
        Depth = instance.Depth;
        LambdaProduct = instance.Landscape.LambdaProduct;
        Substitution = new RootValueSubstitution(Depth, LambdaProduct);
        var s = instance.Landscape.SquareRootOfLambda;
        var narrow = s.Refine(BigRational.FromBinary(1, -160) * (BigRational.One + s.Interval.Upper)).Interval;
        SquareRoot = (narrow.Lower, narrow.Upper);
        FOverX = RootElimination.ReduceSquareRoot(ScalarTheory.FOverX(Depth), LambdaProduct);
        Slope = RootElimination.ReduceSquareRoot(ScalarTheory.FDerivative(Depth), LambdaProduct);
    }

    /// <summary>A bracket of σ: for every y in the group's enclosure, f(·; y) has exactly one root in (Lower, Upper).</summary>
    /// <param name="Lower">p &gt; 0.</param>
    /// <param name="Upper">q &gt; p.</param>
    /// <param name="LowSign">The sign of f(p; y)/p on the enclosure.</param>
    /// <param name="SlopeSign">The sign of f' on [p, q] × the enclosure (the label's).</param>
    public sealed record Bracket(BigRational Lower, BigRational Upper, int LowSign, int SlopeSign);

    /// <summary>The instance.</summary>
    public DmfInstance Instance { get; }

    /// <summary>The types whose groups the enclosures belong to.</summary>
    public CriticalPointTypes Space { get; }

    /// <summary>The certified enclosures.</summary>
    public CertifiedEnclosures Certified { get; }

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

    /// <summary>The enclosed values of <paramref name="instance"/> when <paramref name="space"/> is its certified types; null otherwise.</summary>
    public static EnclosedValues? Of(DmfInstance instance, CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        if (instance.Certified is not { } certified || !ReferenceEquals(space, instance.Types()))
        {
            return null;
        }

        return Shared.GetValue(certified, c => new EnclosedValues(instance, space, c));
    }

    /// <summary>The enclosure of y_{index+1} (its group's).</summary>
    public (BigRational Lower, BigRational Upper) Box(int index) => Certified.GroupBox(Space.GroupNumberOf(index));

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

        var (low, high) = Enclose(q, box);
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

        var (low, high) = Enclose(q, box);
        return condition switch
        {
            SignCondition.Negative => high.Sign < 0,
            SignCondition.NonPositive => high.Sign <= 0,
            SignCondition.NonNegative => low.Sign >= 0,
            _ => low.Sign > 0,
        };
    }

    /// <summary>√v (v &gt; 0) enclosed in a rational interval of relative width 2^−160.</summary>
    public static (BigRational Lower, BigRational Upper) SquareRootBox(BigRational v)
    {
        var root = AlgebraicNumber.Create(Polynomial.FromCoefficients(-v, BigRational.Zero, BigRational.One), BigRational.Zero, v + BigRational.One);
        var narrow = root.Refine(BigRational.FromBinary(1, -160) * (BigRational.One + root.Interval.Upper)).Interval;
        return (narrow.Lower, narrow.Upper);
    }

    /// <summary>The box of <see cref="ScalarTheory"/>'s variables: x, y as given, s = √λ's enclosure, λ its value.</summary>
    public (BigRational Lower, BigRational Upper)[] ScalarBox((BigRational Lower, BigRational Upper) x, (BigRational Lower, BigRational Upper) y) =>
        new[] { x, y, SquareRoot, (LambdaProduct, LambdaProduct) };

    /// <summary>
    /// [low, high] ⊇ q(box) for a box with every bound ≥ 0: each monomial is monotone there, so it contributes its value at
    /// the low or the high corner by the sign of its coefficient.
    /// </summary>
    private static (BigRational Low, BigRational High) Enclose(MultivariatePolynomial q, IReadOnlyList<(BigRational Lower, BigRational Upper)> box)
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
                    throw new ArgumentException("The box must be nonnegative and nonempty.", nameof(box));
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
    /// From the certified σ bounds, widened (each failing end moved out by the bracket's width, at most 16 times) until f/x
    /// has opposite strict signs at the ends and f' the label's sign throughout, for every y in the enclosure.
    /// </summary>
    private Bracket? Find(int group, RootLabel label)
    {
        int root = Space.Groups[group].Labels.ToList().IndexOf(label);
        if (root < 0)
        {
            return null;
        }

        var bounds = Certified.Root(group, root);
        var y = Certified.GroupBox(group);
        var (p, q) = (bounds.SigmaLower, bounds.SigmaUpper);
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
