using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Expressions.Evaluation;

namespace Dmf.Symbolic.Tests.Support;

/// <summary>
/// A polynomial in variables x_0..x_{n-1} with exact rational coefficients, for the brute-force cross-check:
/// evaluating F with symbolic matrix entries expands it entry-wise into one of these.
/// </summary>
public sealed class MultivariatePolynomial
{
    private readonly Dictionary<string, (int[] Exponents, BigRational Coefficient)> _terms;

    private MultivariatePolynomial(int variables, Dictionary<string, (int[], BigRational)> terms)
    {
        Variables = variables;
        _terms = terms;
    }

    public int Variables { get; }

    public int TermCount => _terms.Count;

    public static MultivariatePolynomial Constant(int variables, BigRational c)
    {
        var terms = new Dictionary<string, (int[], BigRational)>();
        if (!c.IsZero)
        {
            var zero = new int[variables];
            terms[Key(zero)] = (zero, c);
        }

        return new MultivariatePolynomial(variables, terms);
    }

    public static MultivariatePolynomial Variable(int variables, int index)
    {
        var exponents = new int[variables];
        exponents[index] = 1;
        return new MultivariatePolynomial(variables, new Dictionary<string, (int[], BigRational)> { [Key(exponents)] = (exponents, BigRational.One) });
    }

    public MultivariatePolynomial Add(MultivariatePolynomial other)
    {
        var terms = new Dictionary<string, (int[], BigRational)>(_terms);
        foreach (var (key, (exponents, c)) in other._terms)
        {
            AddTerm(terms, key, exponents, c);
        }

        return new MultivariatePolynomial(Variables, terms);
    }

    public MultivariatePolynomial Multiply(MultivariatePolynomial other)
    {
        var terms = new Dictionary<string, (int[], BigRational)>();
        foreach (var (a, ca) in _terms.Values)
        {
            foreach (var (b, cb) in other._terms.Values)
            {
                var exponents = a.Zip(b, (x, y) => x + y).ToArray();
                AddTerm(terms, Key(exponents), exponents, ca * cb);
            }
        }

        return new MultivariatePolynomial(Variables, terms);
    }

    /// <summary>∂/∂x_index, term by term.</summary>
    public MultivariatePolynomial Derivative(int index)
    {
        var terms = new Dictionary<string, (int[], BigRational)>();
        foreach (var (exponents, c) in _terms.Values)
        {
            if (exponents[index] == 0)
            {
                continue;
            }

            var lowered = (int[])exponents.Clone();
            lowered[index]--;
            AddTerm(terms, Key(lowered), lowered, c * exponents[index]);
        }

        return new MultivariatePolynomial(Variables, terms);
    }

    public BigRational Evaluate(IReadOnlyList<BigRational> point)
    {
        var total = BigRational.Zero;
        foreach (var (exponents, c) in _terms.Values)
        {
            var term = c;
            for (int k = 0; k < exponents.Length; k++)
            {
                term *= BigRational.Pow(point[k], exponents[k]);
            }

            total += term;
        }

        return total;
    }

    private static void AddTerm(Dictionary<string, (int[], BigRational)> terms, string key, int[] exponents, BigRational c)
    {
        var sum = terms.TryGetValue(key, out var existing) ? existing.Item2 + c : c;
        if (sum.IsZero)
        {
            terms.Remove(key);
        }
        else
        {
            terms[key] = (exponents, sum);
        }
    }

    private static string Key(int[] exponents) => string.Join(",", exponents);
}

/// <summary>Polynomial arithmetic in a fixed number of variables.</summary>
public sealed class PolynomialArithmetic(int variables) : IArithmetic<MultivariatePolynomial>
{
    public MultivariatePolynomial Zero => MultivariatePolynomial.Constant(variables, BigRational.Zero);

    public MultivariatePolynomial Add(MultivariatePolynomial a, MultivariatePolynomial b) => a.Add(b);

    public MultivariatePolynomial Multiply(MultivariatePolynomial a, MultivariatePolynomial b) => a.Multiply(b);

    public MultivariatePolynomial FromRational(BigRational value) => MultivariatePolynomial.Constant(variables, value);
}
