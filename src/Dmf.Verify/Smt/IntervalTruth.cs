namespace Dmf.Verify.Smt;

/// <summary>
/// Decides a claim at a model in our own exact arithmetic: every variable is an algebraic number enclosed in a rational
/// interval, terms are evaluated in interval arithmetic, and the enclosures are refined until every comparison is
/// decided; a comparison the intervals cannot decide (an equality that holds at irrational values) goes to
/// <see cref="ExactSign"/>. Returns null when it cannot be decided either way: a Z3 model is then not taken as a
/// counterexample.
/// </summary>
internal static class IntervalTruth
{
    private const int MaxRefinements = 10;

    /// <summary>The truth value of <paramref name="term"/> (Bool) at <paramref name="model"/>, or null if undecided.</summary>
    public static bool? Evaluate(SmtTerm term, IReadOnlyDictionary<string, AlgebraicNumber> model)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(model);
        var width = BigRational.FromBinary(1, -32);
        for (int attempt = 0; attempt < MaxRefinements; attempt++)
        {
            var current = model.ToDictionary(p => p.Key, p => p.Value.Refine(width).Interval);
            var exact = model.Where(p => p.Value.TryGetRational(out _)).Select(p => p.Key).ToHashSet();
            var result = Truth(term, current, exact, model);
            if (result is not null)
            {
                return result;
            }

            width *= BigRational.FromBinary(1, -32);
        }

        return null;
    }

    private static bool? Truth(SmtTerm term, Dictionary<string, IsolatingInterval> values, HashSet<string> exact, IReadOnlyDictionary<string, AlgebraicNumber> model)
    {
        switch (term)
        {
            case SmtBoolean b:
                return b.Value;
            case SmtApplication { Operator: "and" } a:
                {
                    var parts = a.Arguments.Select(t => Truth(t, values, exact, model)).ToList();
                    return parts.Contains(false) ? false : parts.Contains(null) ? null : true;
                }

            case SmtApplication { Operator: "or" } a:
                {
                    var parts = a.Arguments.Select(t => Truth(t, values, exact, model)).ToList();
                    return parts.Contains(true) ? true : parts.Contains(null) ? null : false;
                }

            case SmtApplication { Operator: "not" } a:
                return Truth(a.Arguments[0], values, exact, model) is { } inner ? !inner : null;
            case SmtApplication { Operator: "=>" } a:
                return Truth(SmtOr(new SmtApplication("not", SmtSort.Bool, new[] { a.Arguments[0] }), a.Arguments[1]), values, exact, model);
            case SmtApplication { Operator: "<" or "<=" or ">" or ">=" or "=" } a:
                {
                    var difference = Terms.Subtract(a.Arguments[0], a.Arguments[1]);
                    var (low, high, isExact) = Value(difference, values, exact);
                    int? sign = isExact || low == high ? low.Sign
                        : low.Sign > 0 ? 1
                        : high.Sign < 0 ? -1
                        : ExactSign.Of(difference, model); // e.g. an equality that holds at irrational algebraic values
                    return sign is { } known
                        ? a.Operator switch { "<" => known < 0, "<=" => known <= 0, ">" => known > 0, ">=" => known >= 0, _ => known == 0 }
                        : null;
                }

            default:
                throw new ArgumentException($"Not a Bool term: {term}.");
        }
    }

    private static SmtTerm SmtOr(SmtTerm a, SmtTerm b) => new SmtApplication("or", SmtSort.Bool, new[] { a, b });

    /// <summary>An enclosure [low, high] of a Real term; isExact when no refinable variable took part.</summary>
    private static (BigRational Low, BigRational High, bool IsExact) Value(SmtTerm term, Dictionary<string, IsolatingInterval> values, HashSet<string> exact)
    {
        switch (term)
        {
            case SmtNumeral n:
                return (n.Value, n.Value, true);
            case SmtConstant c:
                {
                    var interval = values.TryGetValue(c.Name, out var v) ? v : throw new ArgumentException($"The model has no value for {c.Name}.");
                    return (interval.Lower, interval.Upper, exact.Contains(c.Name));
                }

            case SmtApplication { Operator: "+" } a:
                return a.Arguments.Select(t => Value(t, values, exact)).Aggregate((x, y) => (x.Low + y.Low, x.High + y.High, x.IsExact && y.IsExact));
            case SmtApplication { Operator: "-", Arguments.Count: 1 } a:
                {
                    var x = Value(a.Arguments[0], values, exact);
                    return (-x.High, -x.Low, x.IsExact);
                }

            case SmtApplication { Operator: "-" } a:
                {
                    var x = Value(a.Arguments[0], values, exact);
                    var y = Value(a.Arguments[1], values, exact);
                    return (x.Low - y.High, x.High - y.Low, x.IsExact && y.IsExact);
                }

            case SmtApplication { Operator: "*" } a:
                return a.Arguments.Select(t => Value(t, values, exact)).Aggregate((x, y) =>
                {
                    var products = new[] { x.Low * y.Low, x.Low * y.High, x.High * y.Low, x.High * y.High };
                    return (products.Min(), products.Max(), x.IsExact && y.IsExact);
                });
            default:
                throw new ArgumentException($"Not a Real term: {term}.");
        }
    }
}
