using Dmf.Symbolic.Exact;
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
    private readonly Dictionary<string, SmtConstant> _byName = new(StringComparer.Ordinal);

    /// <summary>Declares s = √λ.</summary>
    public PinnedReals(BigRational lambda)
    {
        SquareRootOfLambda = SquareRoot("s", lambda);
    }

    /// <summary>s = √λ.</summary>
    public SmtConstant SquareRootOfLambda { get; }

    /// <summary>Every declared constant.</summary>
    public IReadOnlyList<SmtConstant> Constants => _constants;

    /// <summary>Every pinning assertion.</summary>
    public IReadOnlyList<SmtTerm> Context => _context;

    /// <summary>A positive square root of <paramref name="value"/>, declared once under <paramref name="name"/>.</summary>
    public SmtConstant SquareRoot(string name, BigRational value) => Declare(name, r => new[]
    {
        Terms.Greater(r, Terms.Number(BigRational.Zero)),
        Terms.Equal(Terms.Multiply(r, r), Terms.Number(value)),
    });

    /// <summary>An algebraic number, declared once under <paramref name="name"/>.</summary>
    public SmtConstant Algebraic(string name, AlgebraicNumber value) => Declare(name, r =>
    {
        if (value.TryGetRational(out var rational))
        {
            return new[] { Terms.Equal(r, Terms.Number(rational)) };
        }

        var interval = value.Interval;
        return new[]
        {
            Terms.Equal(PolynomialAt(value.DefiningPolynomial, r), Terms.Number(BigRational.Zero)),
            Terms.Less(Terms.Number(interval.Lower), r),
            Terms.Less(r, Terms.Number(interval.Upper)),
        };
    });

    /// <summary>p(v_0, …, v_{n−1}) as a term.</summary>
    public static SmtTerm PolynomialAt(MultivariatePolynomial p, IReadOnlyList<SmtTerm> variables) =>
        Terms.Add(p.Terms.Select(t => Terms.Multiply(
            new[] { Terms.Number(t.Coefficient) }.Concat(t.Exponents.SelectMany((e, k) => Enumerable.Repeat(variables[k], e))).ToArray())).ToArray());

    /// <summary>A free real (no pins), declared once.</summary>
    public SmtConstant Free(string name) => Declare(name, _ => Array.Empty<SmtTerm>());

    /// <summary>p(x) as a term.</summary>
    public static SmtTerm PolynomialAt(Polynomial p, SmtTerm x) =>
        Terms.Add(p.Terms.Select(t => Terms.Multiply(Terms.Number(t.Coefficient), Terms.Power(x, t.Exponent))).ToArray());

    private SmtConstant Declare(string name, Func<SmtConstant, IEnumerable<SmtTerm>> pins)
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var constant = Terms.Real(name);
        _byName[name] = constant;
        _constants.Add(constant);
        _context.AddRange(pins(constant));
        return constant;
    }
}
