using Dmf.Symbolic.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// Claims about two algebraic numbers beside s — index j's σ and another index's irrational y_k — stated on a box: the
/// conditions c(σ, y_k, s) ⋈ 0 hold for every σ in an isolating interval of σ, every y in one of y_k and every s in one
/// of √λ, which implies them at the point itself. Z3's nlsat decides such a box query fast where the pinned one (two or
/// three algebraic numbers, of high degree) times out — a box without any algebraic number is the easiest form of all. The box is chosen by our own interval arithmetic: the intervals are halved
/// until a corner enclosure of every quantity over the box has the claimed sign (an identically zero quantity satisfies
/// ≤, = and ≥ anywhere); when no box is found within the refinements, there is no box claim (null) and the caller keeps the
/// pinned one.
/// </summary>
internal static class BoxClaims
{
    private const int MaxRefinements = 40;

    /// <summary>The box claim, or null when no box certifies every condition.</summary>
    public static Claim? Try(
        string name,
        string description,
        IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions,
        string sigmaName,
        AlgebraicNumber sigma,
        string? valueName,
        AlgebraicNumber? value,
        ScalarLandscape landscape,
        string premise,
        string? valuePremise = null)
    {
        var lambda = landscape.LambdaProduct;
        var s = landscape.SquareRootOfLambda;
        var reduced = conditions.Select(c => (Q: RootElimination.ReduceSquareRoot(c.Quantity, lambda), c.Condition)).ToList();
        if (sigma.Sign <= 0 || (value is not null && value.Sign <= 0) || (value is null && reduced.Any(c => c.Q.DegreeIn(ScalarTheory.Y) > 0)))
        {
            return null;
        }

        var none = AlgebraicNumber.FromRational(BigRational.Zero);
        var (x, y, r) = (sigma, value ?? none, s);
        var fine = BigRational.FromBinary(1, -20);
        for (int attempt = 0; attempt < MaxRefinements; attempt++)
        {
            // The value and s narrower than σ's interval, so that σ's spread decides the enclosure.
            y = value is null ? y : y.Refine(x.Interval.Width * fine);
            r = r.Refine(x.Interval.Width * fine);
            if (reduced.All(c => HoldsOnBox(c.Q, c.Condition, x.Interval, y.Interval, r.Interval)))
            {
                return Make(name, description, reduced, sigmaName, sigma, x.Interval, valueName, value, y.Interval, r.Interval, landscape, premise, valuePremise);
            }

            x = x.Refine(x.Interval.Width / 2);
        }

        return null;
    }

    private static Claim Make(string name, string description, IReadOnlyList<(MultivariatePolynomial Q, SignCondition Condition)> conditions, string sigmaName, AlgebraicNumber sigma, IsolatingInterval sigmaBox, string? valueName, AlgebraicNumber? value, IsolatingInterval valueBox, IsolatingInterval rootBox, ScalarLandscape landscape, string premise, string? valuePremise)
    {
        var reals = new PinnedReals(landscape.LambdaProduct);
        // A rational value's box is the value itself: its numeral (an open interval (v, v) would be empty).
        SmtTerm Within(string constant, IsolatingInterval box) => box.Lower == box.Upper ? Terms.Number(box.Lower) : reals.Between(constant, box.Lower, box.Upper);
        var x = Within(sigmaName, sigmaBox);
        SmtTerm y = valueName is null ? Terms.Number(BigRational.Zero) : Within(valueName, valueBox);
        var s = Within("s", rootBox);
        var lambda = Terms.Number(landscape.LambdaProduct);
        var statement = Terms.And(conditions.Select(c => c.Condition.Of(ScalarForms.Print(c.Q, x, y, s, lambda))).ToArray());
        var values = new Dictionary<string, AlgebraicNumber>(StringComparer.Ordinal) { [sigmaName] = sigma, ["s"] = landscape.SquareRootOfLambda };
        if (valueName is not null)
        {
            values[valueName] = value!;
        }

        static string Range(string constant, IsolatingInterval box) => box.Lower == box.Upper
            ? Invariant($"{constant} = {box.Lower.ToExactString()}")
            : Invariant($"every {constant} in ({box.Lower.ToExactString()}, {box.Upper.ToExactString()})");
        string where = Range(sigmaName, sigmaBox) + (valueName is null ? string.Empty : " and " + Range(valueName, valueBox)) + " and " + Range("s", rootBox);
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, () => IntervalTruth.Evaluate(statement, values) != false)
        {
            Pins = reals.Pins.ToList(),
            Premises = valuePremise is null ? new[] { premise } : new[] { premise, valuePremise },
            Reduction = Invariant($"the query proves the conditions for {where}, a box on which our interval arithmetic found them to hold; {premise} proves that {sigmaName}, the root the conditions are about, lies in the first interval")
                + (valueName is null ? string.Empty : valuePremise is null ? Invariant($", and {valueName} is the only root of its polynomial in the second") : Invariant($", and {valuePremise} that {valueName} lies in the second")) + ", and s = sqrt(lambda) lies in its isolating interval (the last), so they hold there",
        };
    }

    /// <summary>
    /// Whether a corner enclosure of q (in x, y, s, λ already substituted) over the box has the sign, or q is identically
    /// zero (<see cref="EnclosedValues.HoldsOnBox"/>, the one corner enclosure).
    /// </summary>
    internal static bool HoldsOnBox(MultivariatePolynomial q, SignCondition condition, IsolatingInterval x, IsolatingInterval y, IsolatingInterval s) =>
        EnclosedValues.HoldsOnBox(q, condition, new[] { (x.Lower, x.Upper), (y.Lower, y.Upper), (s.Lower, s.Upper), (BigRational.Zero, BigRational.Zero) });
}
