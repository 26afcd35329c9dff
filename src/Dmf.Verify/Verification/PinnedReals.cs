using Dmf.Symbolic.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The reals a claim talks about, declared and pinned: s = √λ (s &gt; 0, s² = λ), s_l = √λ_l where needed, and each σ
/// by its defining polynomial and rational isolating interval from the exact core (or its value when rational).
/// </summary>
internal sealed class PinnedReals
{
    private readonly List<SmtConstant> _constants = new();
    private readonly List<SmtTerm> _context = new();
    private readonly List<Pin> _pins = new();
    private readonly Dictionary<string, SmtConstant> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlgebraicNumber> _values = new(StringComparer.Ordinal);
    private readonly BigRational _lambda;

    /// <summary>The reals of a claim about an instance with λ = Π λ_l (s = √λ is declared when first used).</summary>
    public PinnedReals(BigRational lambda)
    {
        _lambda = lambda;
    }

    /// <summary>s = √λ, declared (s &gt; 0, s² = λ) on first use.</summary>
    public SmtConstant SquareRootOfLambda => SquareRoot("s", _lambda);

    /// <summary>Every declared constant.</summary>
    public IReadOnlyList<SmtConstant> Constants => _constants;

    /// <summary>Every pinning assertion.</summary>
    public IReadOnlyList<SmtTerm> Context => _context;

    /// <summary>The pins, one per constant, for our own exact check of the context.</summary>
    public IReadOnlyList<Pin> Pins => _pins;

    /// <summary>The exact value of every constant pinned to one number (square roots, algebraic numbers, rationals).</summary>
    public IReadOnlyDictionary<string, AlgebraicNumber> Values => _values;

    /// <summary>Whether every declared constant is pinned to one number, so that a statement over them is a truth our arithmetic can decide.</summary>
    public bool AllValuesKnown => _values.Count == _constants.Count;

    /// <summary>A positive square root of <paramref name="value"/>, declared once under <paramref name="name"/>.</summary>
    public SmtConstant SquareRoot(string name, BigRational value)
    {
        if (value.Sign > 0 && !_values.ContainsKey(name))
        {
            _values[name] = AlgebraicNumber.Create(Polynomial.FromCoefficients(-value, BigRational.Zero, BigRational.One), BigRational.Zero, value + BigRational.One);
        }

        return SquareRootConstant(name, value);
    }

    private SmtConstant SquareRootConstant(string name, BigRational value) => Declare(name, new SquareRootPin(name, value), r => new[]
    {
        Terms.Greater(r, Terms.Number(BigRational.Zero)),
        Terms.Equal(Terms.Multiply(r, r), Terms.Number(value)),
    });

    /// <summary>An algebraic number, declared once under <paramref name="name"/>.</summary>
    public SmtConstant Algebraic(string name, AlgebraicNumber value)
    {
        if (!_byName.ContainsKey(name))
        {
            _values[name] = value;
        }

        if (value.TryGetRational(out var rational))
        {
            return Declare(name, new RationalPin(name, rational), r => new[] { Terms.Equal(r, Terms.Number(rational)) });
        }

        var interval = value.Interval;
        return Declare(name, new AlgebraicPin(name, value.DefiningPolynomial, interval.Lower, interval.Upper), r => new[]
        {
            Terms.Equal(PolynomialAt(value.DefiningPolynomial, r), Terms.Number(BigRational.Zero)),
            Terms.Less(Terms.Number(interval.Lower), r),
            Terms.Less(r, Terms.Number(interval.Upper)),
        });
    }

    /// <summary>p(v_0, …, v_{n−1}) as a term.</summary>
    public static SmtTerm PolynomialAt(MultivariatePolynomial p, IReadOnlyList<SmtTerm> variables) =>
        Terms.Add(p.Terms.Select(t => Terms.Multiply(
            (t.Coefficient == BigRational.One ? Array.Empty<SmtTerm>() : new[] { Terms.Number(t.Coefficient) })
                .Concat(t.Exponents.SelectMany((e, k) => Enumerable.Repeat(variables[k], e))).ToArray())).ToArray());

    /// <summary>A real known only by its sign (proved elsewhere), declared once.</summary>
    public SmtConstant Signed(string name, SignCondition condition) => Declare(name, new SignPin(name, condition), r => new[] { condition.Of(r) });

    /// <summary>A real known only to lie in (a, b), declared once.</summary>
    public SmtConstant Between(string name, BigRational lower, BigRational upper) => Declare(name, new IntervalPin(name, lower, upper), r => new[]
    {
        Terms.Less(Terms.Number(lower), r),
        Terms.Less(r, Terms.Number(upper)),
    });

    /// <summary>A real known only to lie in the closed [a, b] (a proved enclosure, e.g. a certified singular value), declared once.</summary>
    public SmtConstant Within(string name, BigRational lower, BigRational upper) => Declare(name, new ClosedIntervalPin(name, lower, upper), r => new[]
    {
        Terms.LessOrEqual(Terms.Number(lower), r),
        Terms.LessOrEqual(r, Terms.Number(upper)),
    });

    /// <summary>
    /// An algebraic number stated to the solvers by its isolating interval alone, a &lt; r &lt; b (linear), while our own
    /// check keeps its exact value: for comparisons that the intervals decide — distinct values with disjoint intervals —
    /// the weaker premise proves the claim for every number in the intervals, the true ones included, without
    /// nonlinear reasoning about the defining polynomials. Declared once.
    /// </summary>
    public SmtConstant Bracketed(string name, AlgebraicNumber value)
    {
        if (!_byName.ContainsKey(name))
        {
            _values[name] = value;
        }

        if (value.TryGetRational(out var rational))
        {
            return Declare(name, new RationalPin(name, rational), r => new[] { Terms.Equal(r, Terms.Number(rational)) });
        }

        var interval = value.Interval;
        return Between(name, interval.Lower, interval.Upper);
    }

    /// <summary>A free real (no pins), declared once.</summary>
    public SmtConstant Free(string name) => Declare(name, new FreePin(name), _ => Array.Empty<SmtTerm>());

    /// <summary>p(x) as a term.</summary>
    public static SmtTerm PolynomialAt(Polynomial p, SmtTerm x) =>
        Terms.Add(p.Terms.Select(t => t.Exponent == 0 ? Terms.Number(t.Coefficient)
            : t.Coefficient == BigRational.One ? Terms.Power(x, t.Exponent)
            : Terms.Multiply(Terms.Number(t.Coefficient), Terms.Power(x, t.Exponent))).ToArray());

    private SmtConstant Declare(string name, Pin pin, Func<SmtConstant, IEnumerable<SmtTerm>> pins)
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var constant = Terms.Real(name);
        _byName[name] = constant;
        _constants.Add(constant);
        _pins.Add(pin);
        _context.AddRange(pins(constant));
        return constant;
    }
}
