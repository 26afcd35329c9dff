namespace Dmf.Verify.Smt;

/// <summary>
/// The exact sign of a polynomial term at a model, for what interval refinement cannot decide — an equality that holds
/// at irrational algebraic values (p(σ) = 0, f(σ; y, √λ) = 0). Decided when, apart from rational values, the term involves
/// at most one square root r = ±√c (a value whose defining polynomial is x² − c) and at most one other algebraic
/// number v: the term reduces (r² = c) to A(v) + r·B(v), whose sign follows from the signs of A(v), r·B(v) and
/// A(v)² − c·B(v)², each a sign of a univariate rational polynomial at v, decided exactly by
/// <see cref="AlgebraicNumber.SignOf"/>. Returns null otherwise.
/// </summary>
internal static class ExactSign
{
    /// <summary>The sign (−1, 0, 1) of <paramref name="term"/> at <paramref name="model"/>, or null when it cannot be decided here.</summary>
    public static int? Of(SmtTerm term, IReadOnlyDictionary<string, AlgebraicNumber> model)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(term, names);
        string? root = null, other = null;
        BigRational radicand = BigRational.Zero;
        var rationals = new Dictionary<string, BigRational>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!model.TryGetValue(name, out var value))
            {
                return null;
            }

            if (value.TryGetRational(out var q))
            {
                rationals[name] = q;
            }
            else if (root is null && IsSquareRoot(value.DefiningPolynomial, out radicand))
            {
                root = name;
            }
            else if (other is null)
            {
                other = name;
            }
            else
            {
                return IdenticallyZero(term, names.ToList(), model) ? 0 : null;
            }
        }

        // The term as Σ c·v^i·r^k with k reduced to 0 or 1: A(v) + r·B(v).
        var expanded = Expand(term, rationals, root, other);
        if (expanded is null)
        {
            return null;
        }

        var a = Reduce(expanded, radicand, 0);
        var b = Reduce(expanded, radicand, 1);
        int SignAt(Polynomial p) => other is null ? p.Evaluate(BigRational.Zero).Sign : model[other].SignOf(p);
        int signA = SignAt(a);
        int signB = root is null ? 0 : model[root].Sign * SignAt(b);
        if (signA == 0 || signB == 0 || signA == signB)
        {
            return signA != 0 ? signA : signB;
        }

        // Opposite signs: the larger magnitude wins; A² − c·B² says which (0: they cancel).
        int difference = SignAt((a * a) - (radicand * (b * b)));
        return difference == 0 ? 0 : difference > 0 ? signA : signB;
    }

    /// <summary>
    /// Whether the term is the zero polynomial once rational values are put in and every square root r = √c is reduced by
    /// r² = c — then it is 0 at the model whatever the other values are (an identity, e.g. a structural zero eigenvalue).
    /// </summary>
    private static bool IdenticallyZero(SmtTerm term, IReadOnlyList<string> names, IReadOnlyDictionary<string, AlgebraicNumber> model)
    {
        MultivariatePolynomial polynomial;
        try
        {
            polynomial = SmtPolynomial.From(term, names);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var reduced = new Dictionary<string, BigRational>(StringComparer.Ordinal);
        foreach (var (exponents, coefficient) in polynomial.Terms)
        {
            var factor = coefficient;
            var key = new int[names.Count];
            for (int k = 0; k < names.Count; k++)
            {
                var value = model[names[k]];
                if (value.TryGetRational(out var q))
                {
                    factor *= BigRational.Pow(q, exponents[k]);
                }
                else if (IsSquareRoot(value.DefiningPolynomial, out var c))
                {
                    factor *= BigRational.Pow(c, exponents[k] / 2);
                    key[k] = exponents[k] % 2;
                }
                else
                {
                    key[k] = exponents[k];
                }
            }

            string monomial = string.Join(",", key.Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            reduced[monomial] = reduced.TryGetValue(monomial, out var existing) ? existing + factor : factor;
        }

        return reduced.Values.All(c => c.IsZero);
    }

    private static bool IsSquareRoot(Polynomial p, out BigRational radicand)
    {
        radicand = BigRational.Zero;
        if (p.Degree != 2 || !p[1].IsZero)
        {
            return false;
        }

        radicand = -p[0] / p[2];
        return radicand.Sign > 0;
    }

    private static void Collect(SmtTerm term, ISet<string> names)
    {
        switch (term)
        {
            case SmtConstant c:
                names.Add(c.Name);
                break;
            case SmtApplication a:
                foreach (var argument in a.Arguments)
                {
                    Collect(argument, names);
                }

                break;
        }
    }

    /// <summary>Coefficients keyed by (power of v, power of r); null for an operator that is not polynomial.</summary>
    private static Dictionary<(int V, int R), BigRational>? Expand(SmtTerm term, IReadOnlyDictionary<string, BigRational> rationals, string? root, string? other)
    {
        switch (term)
        {
            case SmtNumeral n:
                return Constant(n.Value);
            case SmtConstant c when rationals.TryGetValue(c.Name, out var q):
                return Constant(q);
            case SmtConstant c when c.Name == root:
                return new() { [(0, 1)] = BigRational.One };
            case SmtConstant c when c.Name == other:
                return new() { [(1, 0)] = BigRational.One };
            case SmtApplication { Operator: "+" } a:
                return Combine(a.Arguments, rationals, root, other, Add);
            case SmtApplication { Operator: "*" } a:
                return Combine(a.Arguments, rationals, root, other, Multiply);
            case SmtApplication { Operator: "-", Arguments.Count: 1 } a:
                return Expand(a.Arguments[0], rationals, root, other) is { } inner ? Scale(inner, BigRational.MinusOne) : null;
            case SmtApplication { Operator: "-", Arguments.Count: 2 } a:
                var left = Expand(a.Arguments[0], rationals, root, other);
                var right = Expand(a.Arguments[1], rationals, root, other);
                return left is null || right is null ? null : Add(left, Scale(right, BigRational.MinusOne));
            default:
                return null;
        }
    }

    private static Dictionary<(int V, int R), BigRational> Constant(BigRational value) => new() { [(0, 0)] = value };

    private static Dictionary<(int V, int R), BigRational>? Combine(
        IReadOnlyList<SmtTerm> arguments,
        IReadOnlyDictionary<string, BigRational> rationals,
        string? root,
        string? other,
        Func<Dictionary<(int V, int R), BigRational>, Dictionary<(int V, int R), BigRational>, Dictionary<(int V, int R), BigRational>> combine)
    {
        Dictionary<(int V, int R), BigRational>? result = null;
        foreach (var argument in arguments)
        {
            var part = Expand(argument, rationals, root, other);
            if (part is null)
            {
                return null;
            }

            result = result is null ? part : combine(result, part);
        }

        return result;
    }

    private static Dictionary<(int V, int R), BigRational> Add(Dictionary<(int V, int R), BigRational> x, Dictionary<(int V, int R), BigRational> y)
    {
        var sum = new Dictionary<(int V, int R), BigRational>(x);
        foreach (var (key, value) in y)
        {
            sum[key] = sum.TryGetValue(key, out var existing) ? existing + value : value;
        }

        return sum;
    }

    private static Dictionary<(int V, int R), BigRational> Multiply(Dictionary<(int V, int R), BigRational> x, Dictionary<(int V, int R), BigRational> y)
    {
        var product = new Dictionary<(int V, int R), BigRational>();
        foreach (var ((vx, rx), cx) in x)
        {
            foreach (var ((vy, ry), cy) in y)
            {
                var key = (vx + vy, rx + ry);
                product[key] = product.TryGetValue(key, out var existing) ? existing + (cx * cy) : cx * cy;
            }
        }

        return product;
    }

    private static Dictionary<(int V, int R), BigRational> Scale(Dictionary<(int V, int R), BigRational> x, BigRational factor) =>
        x.ToDictionary(p => p.Key, p => p.Value * factor);

    /// <summary>The part of r's parity <paramref name="parity"/> as a polynomial in v, with r^(2m + parity) = c^m · r^parity.</summary>
    private static Polynomial Reduce(Dictionary<(int V, int R), BigRational> expanded, BigRational radicand, int parity) =>
        Polynomial.FromTerms(expanded
            .Where(p => p.Key.R % 2 == parity && !p.Value.IsZero)
            .GroupBy(p => p.Key.V)
            .Select(g => new Term(g.Key, g.Aggregate(BigRational.Zero, (sum, p) => sum + (p.Value * BigRational.Pow(radicand, p.Key.R / 2))))));
}
