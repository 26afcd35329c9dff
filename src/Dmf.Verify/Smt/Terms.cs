namespace Dmf.Verify.Smt;

/// <summary>Builders for <see cref="SmtTerm"/>s: the only way queries are put together (no string concatenation).</summary>
internal static class Terms
{
    /// <summary>A Real constant.</summary>
    public static SmtConstant Real(string name) => new(Name(name), SmtSort.Real);

    /// <summary>An exact numeral.</summary>
    public static SmtTerm Number(BigRational value) => new SmtNumeral(value);

    /// <summary>A sum (0 for none).</summary>
    public static SmtTerm Add(params SmtTerm[] terms) => terms.Length switch
    {
        0 => Number(BigRational.Zero),
        1 => terms[0],
        _ => Apply("+", SmtSort.Real, terms),
    };

    /// <summary>A product (1 for none).</summary>
    public static SmtTerm Multiply(params SmtTerm[] terms) => terms.Length switch
    {
        0 => Number(BigRational.One),
        1 => terms[0],
        _ => Apply("*", SmtSort.Real, terms),
    };

    /// <summary>a − b.</summary>
    public static SmtTerm Subtract(SmtTerm a, SmtTerm b) => Apply("-", SmtSort.Real, a, b);

    /// <summary>−a.</summary>
    public static SmtTerm Negate(SmtTerm a) => Apply("-", SmtSort.Real, a);

    /// <summary>x^n (n ≥ 0) as a product of n factors — nonlinear arithmetic solvers take products, not exponentials.</summary>
    public static SmtTerm Power(SmtTerm x, int n)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "Powers must be nonnegative.");
        }

        return Multiply(Enumerable.Repeat(x, n).ToArray());
    }

    /// <summary>a &lt; b.</summary>
    public static SmtTerm Less(SmtTerm a, SmtTerm b) => Apply("<", SmtSort.Bool, a, b);

    /// <summary>a ≤ b.</summary>
    public static SmtTerm LessOrEqual(SmtTerm a, SmtTerm b) => Apply("<=", SmtSort.Bool, a, b);

    /// <summary>a &gt; b.</summary>
    public static SmtTerm Greater(SmtTerm a, SmtTerm b) => Apply(">", SmtSort.Bool, a, b);

    /// <summary>a ≥ b.</summary>
    public static SmtTerm GreaterOrEqual(SmtTerm a, SmtTerm b) => Apply(">=", SmtSort.Bool, a, b);

    /// <summary>a = b.</summary>
    public static SmtTerm Equal(SmtTerm a, SmtTerm b) => Apply("=", SmtSort.Bool, a, b);

    /// <summary>Conjunction (true for none).</summary>
    public static SmtTerm And(params SmtTerm[] terms) => RequireBool(terms).Length switch
    {
        0 => new SmtBoolean(true),
        1 => terms[0],
        _ => Apply("and", SmtSort.Bool, terms),
    };

    /// <summary>Disjunction (false for none).</summary>
    public static SmtTerm Or(params SmtTerm[] terms) => RequireBool(terms).Length switch
    {
        0 => new SmtBoolean(false),
        1 => terms[0],
        _ => Apply("or", SmtSort.Bool, terms),
    };

    /// <summary>¬a.</summary>
    public static SmtTerm Not(SmtTerm a) => Apply("not", SmtSort.Bool, a);

    /// <summary>a ⇒ b.</summary>
    public static SmtTerm Implies(SmtTerm a, SmtTerm b) => Apply("=>", SmtSort.Bool, a, b);

    private static SmtTerm[] RequireBool(SmtTerm[] terms)
    {
        foreach (var term in terms)
        {
            if (term.Sort != SmtSort.Bool)
            {
                throw new ArgumentException($"A connective takes Bool arguments, not {term.Sort}: {term}.");
            }
        }

        return terms;
    }

    private static SmtTerm Apply(string op, SmtSort sort, params SmtTerm[] arguments)
    {
        bool wantsBool = op is "and" or "or" or "not" or "=>";
        foreach (var argument in arguments)
        {
            if (wantsBool != (argument.Sort == SmtSort.Bool) && op != "=")
            {
                throw new ArgumentException($"'{op}' does not take a {argument.Sort} argument: {argument}.");
            }
        }

        return new SmtApplication(op, sort, arguments);
    }

    private static string Name(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(name[0]))
        {
            throw new ArgumentException($"'{name}' is not a plain SMT-LIB symbol (letters, digits, '_', not starting with a digit).", nameof(name));
        }

        return name;
    }
}
