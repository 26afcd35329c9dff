using Dmf.Symbolic.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The claims of a type over values known by intervals (docs/verification.md, "Values known by an interval";
/// <see cref="EnclosedValues"/>): each y lies in a rational box [a, b] — a certified enclosure, or an algebraic value's
/// isolating interval — so each claim is stated and proved for every y there (y declared with a ≤ y ≤ b), which implies it
/// for Y's actual value. A root σ is known by a bracket (<see cref="Root"/>: f(·; y) has exactly one root in it
/// for every such y); a condition at σ loses its own y at the root (y = N(σ)/(s·σ^{L−2})) and is stated for every x in the
/// bracket. Before any query, our own interval arithmetic (exact rationals, corner enclosures) decides each claim on its
/// box — that is the claim's exact check; where it cannot (the box is too wide), the claim is unknown with that reason
/// and no solver is asked. So an enclosure never yields a refutation: a counterexample on a box says nothing about the
/// value inside it.
/// </summary>
internal static class EnclosedClaims
{
    private static readonly SmtTerm Zero = Terms.Number(BigRational.Zero);

    private static readonly (BigRational, BigRational) Nothing = (BigRational.Zero, BigRational.Zero);

    /// <summary>
    /// σ for index j is the only root of f(·; y) in its bracket (p, q), for every y in y_j's enclosure: f(p; y)/p and f(q; y)/q
    /// have opposite signs and f' has the label's sign on [p, q].
    /// </summary>
    public static Claim Root(EnclosedValues values, string name, string description, int j, RootLabel label, string yName)
    {
        if (values.BracketOf(j, label) is not { } bracket)
        {
            return Unencoded(name, description, values.BracketFailure(j, label));
        }

        var (a, b) = values.Box(j);
        var (p, q) = (bracket.Lower, bracket.Upper);
        var reals = new PinnedReals(values.LambdaProduct);
        var y = reals.Within(yName, a, b);
        var s = reals.SquareRootOfLambda;
        var x = reals.Free("x");
        var l = Terms.Number(values.LambdaProduct);
        SmtTerm Signed(int sign, SmtTerm t) => sign > 0 ? Terms.Greater(t, Zero) : Terms.Less(t, Zero);
        var statement = Terms.And(
            Signed(bracket.LowSign, ScalarForms.Print(values.FOverX, Terms.Number(p), y, s, l)),
            Signed(-bracket.LowSign, ScalarForms.Print(values.FOverX, Terms.Number(q), y, s, l)),
            Terms.Implies(Terms.And(Terms.LessOrEqual(Terms.Number(p), x), Terms.LessOrEqual(x, Terms.Number(q))), Signed(bracket.SlopeSign, ScalarForms.Print(values.Slope, x, y, s, l))));
        bool Exact() =>
            EnclosedValues.SignOnBox(values.FOverX, values.ScalarBox((p, p), (a, b))) == bracket.LowSign
            && EnclosedValues.SignOnBox(values.FOverX, values.ScalarBox((q, q), (a, b))) == -bracket.LowSign
            && EnclosedValues.SignOnBox(values.Slope, values.ScalarBox((p, q), (a, b))) == bracket.SlopeSign;
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, Exact)
        {
            Pins = reals.Pins.ToList(),
            Reduction = Invariant($"y_{j + 1} is known to lie in [{a.ToExactString()}, {b.ToExactString()}] ({values.BoxWords}); the query proves, for every {yName} there, that f(x; y)/x changes sign between p = {p.ToExactString()} and q = {q.ToExactString()} and that f' has one sign on [p, q]: f(.; y) has exactly one root in (p, q), with that sign of f', for y_{j + 1} itself"),
        };
    }

    /// <summary>
    /// c_k(σ, y_j, √λ) ⋈_k 0 at index j's root: each c with y_j eliminated at the root (<see cref="RootValueSubstitution"/>),
    /// for every x in σ's bracket; <paramref name="premise"/> proves the bracket.
    /// </summary>
    public static Claim AtRoot(EnclosedValues values, string name, string description, int j, RootLabel label, string sigmaName, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions, string premise)
    {
        var reduced = conditions.Select(c => (values.Substitution.Eliminate(c.Quantity), c.Condition)).ToList();
        return AtRootReduced(values, name, description, j, label, sigmaName, reduced, null, premise,
            "each quantity c of degree k in y_j, times (s*x^(L-2))^k > 0 with y_j = N(x)/(s*x^(L-2)) (true at the root), s^2 = lambda and a power of x divided out, is the polynomial of the query, with the sign of c");
    }

    /// <summary>
    /// Conditions C(σ, y_k, √λ) ⋈ 0 in index j's σ (its own y already eliminated) and another index's value y_k: for every x in
    /// σ's bracket and every y in y_k's enclosure.
    /// </summary>
    public static Claim AtRootWithValue(EnclosedValues values, string name, string description, int j, RootLabel label, string sigmaName, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions, int k, string valueName, string premise, string reduction) =>
        AtRootReduced(values, name, description, j, label, sigmaName, conditions.Select(c => (RootElimination.ReduceSquareRoot(c.Quantity, values.LambdaProduct), c.Condition)).ToList(), (k, valueName), premise, reduction);

    private static Claim AtRootReduced(EnclosedValues values, string name, string description, int j, RootLabel label, string sigmaName, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions, (int Index, string Name)? other, string premise, string reduction)
    {
        if (values.BracketOf(j, label) is not { } bracket)
        {
            return Unencoded(name, description, values.BracketFailure(j, label));
        }

        var sigmaBox = (bracket.Lower, bracket.Upper);
        var valueBox = other is { } o ? values.Box(o.Index) : Nothing;
        if (other is null && conditions.Any(c => c.Quantity.DegreeIn(ScalarTheory.Y) > 0))
        {
            throw new InvalidOperationException("A condition at a root must not hold y once y is eliminated.");
        }

        var box = values.ScalarBox(sigmaBox, valueBox);
        var failing = conditions.FirstOrDefault(c => !EnclosedValues.HoldsOnBox(c.Quantity, c.Condition, box));
        if (failing.Quantity is not null)
        {
            string where = Invariant($"sigma in [{bracket.Lower.ToDouble():R}, {bracket.Upper.ToDouble():R}]") + (other is { } w ? Invariant($" and y_{w.Index + 1} in [{valueBox.Item1.ToDouble():R}, {valueBox.Item2.ToDouble():R}]") : string.Empty);
            return Unencoded(name, description, Invariant($"the values' boxes are too wide to decide a condition ({failing.Condition.Symbol()} 0) for every {where}"));
        }

        var reals = new PinnedReals(values.LambdaProduct);
        var x = reals.Within(sigmaName, bracket.Lower, bracket.Upper);
        SmtTerm y = other is { } v ? reals.Within(v.Name, valueBox.Item1, valueBox.Item2) : Zero;
        var s = reals.SquareRootOfLambda;
        var lambda = Terms.Number(values.LambdaProduct);
        var statement = Terms.And(conditions.Select(c => c.Condition.Of(ScalarForms.Print(c.Quantity, x, y, s, lambda))).ToArray());
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, () => conditions.All(c => EnclosedValues.HoldsOnBox(c.Quantity, c.Condition, box)))
        {
            Pins = reals.Pins.ToList(),
            Premises = new[] { premise },
            Reduction = Invariant($"{premise} proves that {sigmaName}, the root of f(.; y_{j + 1}) the conditions are about, lies in [{bracket.Lower.ToExactString()}, {bracket.Upper.ToExactString()}]") + (other is { } u ? Invariant($" and y_{u.Index + 1} lies in [{valueBox.Item1.ToExactString()}, {valueBox.Item2.ToExactString()}] ({values.BoxWords})") : string.Empty) + "; the query proves the conditions on that box; " + reduction,
        };
    }

    /// <summary>
    /// Conditions c(x, y, √λ) ⋈ 0 without σ, each with the indices whose values its x and y stand for (null: 0): for every
    /// value in the enclosures.
    /// </summary>
    public static Claim AtValues(EnclosedValues values, string name, string description, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition, int? X, int? Y)> conditions, Func<int, string> yName)
    {
        (BigRational, BigRational) BoxOf(int? index) => index is { } k ? values.Box(k) : Nothing;
        var reduced = conditions.Select(c => (Quantity: RootElimination.ReduceSquareRoot(c.Quantity, values.LambdaProduct), c.Condition, Box: values.ScalarBox(BoxOf(c.X), BoxOf(c.Y)), c.X, c.Y)).ToList();
        var failing = reduced.FirstOrDefault(c => !EnclosedValues.HoldsOnBox(c.Quantity, c.Condition, c.Box));
        if (failing.Quantity is not null)
        {
            var indices = new[] { failing.X, failing.Y }.Where(k => k is not null).Select(k => Invariant($"y_{k + 1}")).ToList();
            return Unencoded(name, description, Invariant($"the boxes of {string.Join(" and ", indices)} are too wide to decide a condition ({failing.Condition.Symbol()} 0) for every value in them"));
        }

        var reals = new PinnedReals(values.LambdaProduct);
        SmtTerm Term(int? index)
        {
            if (index is not { } k)
            {
                return Zero;
            }

            var (a, b) = values.Box(k);
            return reals.Within(yName(k), a, b);
        }

        var s = reals.SquareRootOfLambda;
        var lambda = Terms.Number(values.LambdaProduct);
        var statement = Terms.And(reduced.Select(c => c.Condition.Of(ScalarForms.Print(c.Quantity, Term(c.X), Term(c.Y), s, lambda))).ToArray());
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, () => reduced.All(c => EnclosedValues.HoldsOnBox(c.Quantity, c.Condition, c.Box)))
        {
            Pins = reals.Pins.ToList(),
            Reduction = $"each value lies in its box ({values.BoxWords}); the query proves the statement for every value there",
        };
    }

    /// <summary>
    /// complete[y]: f(·; y) has no positive root besides the listed ones, for every y in the group's enclosure. The premises
    /// bracket each listed root; by Descartes' rule of signs on R(x; y) = (f/x)·(its conjugate in s), whose coefficients
    /// (polynomials in y) keep their signs on the enclosure — stated in the query too — there are at most as many.
    /// </summary>
    public static IEnumerable<Claim> Complete(EnclosedValues values, string name, string description, int j, IReadOnlyList<RootLabel> listed, string yName)
    {
        var premises = listed.Select(label => (Label: label, Name: Invariant($"{name}.{label.ToSymbol()}"))).ToList();
        foreach (var (label, premise) in premises)
        {
            yield return Root(values, premise, Invariant($"the listed {label.ToSymbol()} is the only root of f(.; y) in its bracket, for every y in the enclosure"), j, label, yName);
        }

        var (a, b) = values.Box(j);
        var r = RootElimination.ReduceSquareRoot(ScalarTheory.RootPolynomial(values.Depth), values.LambdaProduct);
        var coefficients = Enumerable.Range(0, r.DegreeIn(ScalarTheory.X) + 1).Reverse().Select(power => r.CoefficientOf(ScalarTheory.X, power)).Where(c => !c.IsZero).ToList();
        var box = values.ScalarBox(Nothing, (a, b));
        var signs = coefficients.Select(c => EnclosedValues.SignOnBox(c, box)).ToList();
        var brackets = listed.Select(label => values.BracketOf(j, label)).ToList();
        if (signs.Any(sign => sign is null) || brackets.Any(bracket => bracket is null))
        {
            yield return Unencoded(name, description, Invariant($"the enclosure [{a.ToDouble():R}, {b.ToDouble():R}] of y_{j + 1} is too wide to fix the signs of R's coefficients or to bracket every listed root"));
            yield break;
        }

        int variations = Enumerable.Range(1, Math.Max(0, signs.Count - 1)).Count(i => signs[i] != signs[i - 1]);
        bool disjoint = Enumerable.Range(1, Math.Max(0, brackets.Count - 1)).All(i => brackets[i - 1]!.Upper < brackets[i]!.Lower);
        if (variations != listed.Count || !disjoint)
        {
            yield return Unencoded(name, description, Invariant($"Descartes' rule allows {variations} positive roots of f(.; y) on y_{j + 1}'s enclosure, and {listed.Count} are listed in {(disjoint ? "disjoint" : "overlapping")} brackets"));
            yield break;
        }

        var reals = new PinnedReals(values.LambdaProduct);
        var y = reals.Within(yName, a, b);
        var places = brackets.Select((bracket, i) => (SmtTerm)reals.Within(Invariant($"root_{i + 1}"), bracket!.Lower, bracket.Upper)).ToList();
        var lambda = Terms.Number(values.LambdaProduct);
        var statement = Terms.And(
            Enumerable.Range(1, Math.Max(0, places.Count - 1)).Select(i => Terms.Less(places[i - 1], places[i]))
                .Concat(coefficients.Select((c, i) => SignConditions.FromSign(signs[i]!.Value).Of(ScalarForms.Print(c, Zero, y, Zero, lambda)))).ToArray());
        yield return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, () => disjoint && coefficients.Select(c => EnclosedValues.SignOnBox(c, box)).SequenceEqual(signs))
        {
            Pins = reals.Pins.ToList(),
            Premises = premises.Select(p => p.Name).ToList(),
            Reduction = Invariant($"for every {yName} in [{a.ToExactString()}, {b.ToExactString()}] (y_{j + 1}'s box: {values.BoxWords}), R(x; y) = {ScalarText.Of(ScalarTheory.RootPolynomial(values.Depth))} = (f(x; y)/x)*(its conjugate in s) has coefficients of the signs the query states, which change {variations} times, so by Descartes' rule of signs f(.; y) has at most {variations} positive roots; the premises prove one in each listed bracket, the query that the brackets are disjoint, so there is no other"),
        };
    }

    /// <summary>(O) over enclosures: every active y at least every unused y (the same group's value trivially).</summary>
    public static Claim Ordering(EnclosedValues values, IReadOnlyList<int> active, IReadOnlyList<int> unused, Func<int, string> yName)
    {
        var reals = new PinnedReals(values.LambdaProduct);
        SmtTerm Term(int j)
        {
            var (a, b) = values.Box(j);
            return reals.Within(yName(j), a, b);
        }

        var statement = Terms.And(active.SelectMany(j => unused.Select(k => Terms.GreaterOrEqual(Term(j), Term(k)))).ToArray());
        bool Exact() => active.All(j => unused.All(k => values.Space.GroupNumberOf(j) == values.Space.GroupNumberOf(k) || values.Box(j).Lower >= values.Box(k).Upper));
        return new Claim("ordering", "(O): every active y is at least every unused y", reals.Constants.ToList(), reals.Context.ToList(), statement, Exact)
        {
            Pins = reals.Pins.ToList(),
            Reduction = $"each y lies in its box ({values.BoxWords}); the query proves the order for every value in them",
        };
    }

    /// <summary>
    /// A polynomial in variables other than <see cref="ScalarTheory"/>'s (e.g. the free-slot witness in √λ_2, √λ_1, y_k),
    /// each bound to a term and a box: q ⋈ 0 for every point of the box.
    /// </summary>
    public static Claim OnBox(EnclosedValues values, string name, string description, MultivariatePolynomial q, SignCondition condition, IReadOnlyList<SmtTerm> variables, IReadOnlyList<(BigRational Lower, BigRational Upper)> box, PinnedReals reals)
    {
        if (!EnclosedValues.HoldsOnBox(q, condition, box))
        {
            return Unencoded(name, description, "the values' boxes are too wide to decide it for every value in them");
        }

        var statement = condition.Of(PinnedReals.PolynomialAt(q, variables));
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, () => EnclosedValues.HoldsOnBox(q, condition, box))
        {
            Pins = reals.Pins.ToList(),
            Reduction = $"each value lies in its box ({values.BoxWords}); the query proves the statement for every value there",
        };
    }

    /// <summary>A claim the enclosures cannot decide: unknown with the reason, no solver asked.</summary>
    public static Claim Unencoded(string name, string description, string reason) =>
        new(name, description, Array.Empty<SmtConstant>(), Array.Empty<SmtTerm>(), Terms.And(), null) { NotEncoded = reason };
}
