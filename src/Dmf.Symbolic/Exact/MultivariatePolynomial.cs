using System;
using System.Collections.Generic;
using System.Linq;
using Dmf.Symbolic.Expressions.Evaluation;

namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// An immutable polynomial in variables x_0..x_{n−1} with exact rational coefficients. Evaluating a derived matrix
    /// expression over <see cref="PolynomialArithmetic"/> with symbolic matrix entries expands it entry-wise into one of
    /// these (the brute-force checks, and the curvature witnesses the exact verification sends to Z3).
    /// </summary>
    public sealed class MultivariatePolynomial
    {
        private readonly Dictionary<string, (int[] Exponents, BigRational Coefficient)> _terms;

        private MultivariatePolynomial(int variables, Dictionary<string, (int[], BigRational)> terms)
        {
            Variables = variables;
            _terms = terms;
        }

        /// <summary>n, the number of variables.</summary>
        public int Variables { get; }

        /// <summary>How many nonzero terms.</summary>
        public int TermCount => _terms.Count;

        /// <summary>The nonzero terms: exponent vector and coefficient, in a stable order (by exponent vector).</summary>
        public IEnumerable<(IReadOnlyList<int> Exponents, BigRational Coefficient)> Terms =>
            _terms.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ((IReadOnlyList<int>)p.Value.Exponents, p.Value.Coefficient));

        /// <summary>The constant c.</summary>
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

        /// <summary>The variable x_index.</summary>
        public static MultivariatePolynomial Variable(int variables, int index)
        {
            var exponents = new int[variables];
            exponents[index] = 1;
            return new MultivariatePolynomial(variables, new Dictionary<string, (int[], BigRational)> { [Key(exponents)] = (exponents, BigRational.One) });
        }

        /// <summary>this + other.</summary>
        public MultivariatePolynomial Add(MultivariatePolynomial other)
        {
            var terms = new Dictionary<string, (int[], BigRational)>(_terms);
            foreach (var pair in other._terms)
            {
                AddTerm(terms, pair.Key, pair.Value.Exponents, pair.Value.Coefficient);
            }

            return new MultivariatePolynomial(Variables, terms);
        }

        /// <summary>this · other.</summary>
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

        /// <summary>The coefficient polynomial of x_index^power (the terms with exactly that power, with x_index removed).</summary>
        public MultivariatePolynomial CoefficientOf(int index, int power)
        {
            var terms = new Dictionary<string, (int[], BigRational)>();
            foreach (var (exponents, c) in _terms.Values)
            {
                if (exponents[index] == power)
                {
                    var lowered = (int[])exponents.Clone();
                    lowered[index] = 0;
                    AddTerm(terms, Key(lowered), lowered, c);
                }
            }

            return new MultivariatePolynomial(Variables, terms);
        }

        /// <summary>The value at a rational point.</summary>
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

        private static string Key(int[] exponents) => string.Join(",", exponents.Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Polynomial arithmetic in a fixed number of variables, for <see cref="ExpressionEvaluator{T}"/>.</summary>
    public sealed class PolynomialArithmetic : IArithmetic<MultivariatePolynomial>
    {
        private readonly int _variables;

        /// <summary>Arithmetic for polynomials in <paramref name="variables"/> variables.</summary>
        public PolynomialArithmetic(int variables) => _variables = variables;

        /// <inheritdoc/>
        public MultivariatePolynomial Zero => MultivariatePolynomial.Constant(_variables, BigRational.Zero);

        /// <inheritdoc/>
        public MultivariatePolynomial Add(MultivariatePolynomial a, MultivariatePolynomial b) => a.Add(b);

        /// <inheritdoc/>
        public MultivariatePolynomial Multiply(MultivariatePolynomial a, MultivariatePolynomial b) => a.Multiply(b);

        /// <inheritdoc/>
        public MultivariatePolynomial FromRational(BigRational value) => MultivariatePolynomial.Constant(_variables, value);
    }
}
