namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// An immutable polynomial in variables x_0..x_{n−1} with exact rational coefficients. Evaluating a derived matrix
    /// expression over <c>PolynomialArithmetic</c> (Expressions.Evaluation) with symbolic matrix entries expands it entry-wise into one of
    /// these (the brute-force checks, and the curvature witnesses the exact verification sends to Z3).
    /// </summary>
    public sealed class MultivariatePolynomial
    {
        private readonly Dictionary<Monomial, (int[] Exponents, BigRational Coefficient)> _terms;

        private MultivariatePolynomial(int variables, Dictionary<Monomial, (int[], BigRational)> terms)
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
            _terms.OrderBy(p => p.Key, MonomialOrder.Instance).Select(p => ((IReadOnlyList<int>)p.Value.Exponents, p.Value.Coefficient));

        /// <summary>The constant c.</summary>
        public static MultivariatePolynomial Constant(int variables, BigRational c)
        {
            var terms = new Dictionary<Monomial, (int[], BigRational)>();
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
            return new MultivariatePolynomial(variables, new Dictionary<Monomial, (int[], BigRational)> { [Key(exponents)] = (exponents, BigRational.One) });
        }

        /// <summary>this + other.</summary>
        public MultivariatePolynomial Add(MultivariatePolynomial other)
        {
            var terms = new Dictionary<Monomial, (int[], BigRational)>(_terms);
            foreach (var pair in other._terms)
            {
                AddTerm(terms, pair.Key, pair.Value.Exponents, pair.Value.Coefficient);
            }

            return new MultivariatePolynomial(Variables, terms);
        }

        /// <summary>this · other.</summary>
        public MultivariatePolynomial Multiply(MultivariatePolynomial other)
        {
            var terms = new Dictionary<Monomial, (int[], BigRational)>();
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
            var terms = new Dictionary<Monomial, (int[], BigRational)>();
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
            var terms = new Dictionary<Monomial, (int[], BigRational)>();
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

        /// <summary>True for the zero polynomial.</summary>
        public bool IsZero => _terms.Count == 0;

        /// <summary>this − other.</summary>
        public MultivariatePolynomial Subtract(MultivariatePolynomial other) => Add(other.Scale(BigRational.MinusOne));

        /// <summary>c · this.</summary>
        public MultivariatePolynomial Scale(BigRational c)
        {
            var terms = new Dictionary<Monomial, (int[], BigRational)>();
            foreach (var pair in _terms)
            {
                AddTerm(terms, pair.Key, pair.Value.Exponents, pair.Value.Coefficient * c);
            }

            return new MultivariatePolynomial(Variables, terms);
        }

        /// <summary>this^exponent (exponent ≥ 0).</summary>
        public MultivariatePolynomial Power(int exponent)
        {
            if (exponent < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "The exponent must be nonnegative.");
            }

            var result = Constant(Variables, BigRational.One);
            for (int k = 0; k < exponent; k++)
            {
                result = result.Multiply(this);
            }

            return result;
        }

        /// <summary>The polynomial with x_index replaced by the rational <paramref name="value"/> (x_index no longer occurs).</summary>
        public MultivariatePolynomial Substitute(int index, BigRational value)
        {
            var terms = new Dictionary<Monomial, (int[], BigRational)>();
            foreach (var (exponents, c) in _terms.Values)
            {
                var lowered = (int[])exponents.Clone();
                lowered[index] = 0;
                AddTerm(terms, Key(lowered), lowered, c * BigRational.Pow(value, exponents[index]));
            }

            return new MultivariatePolynomial(Variables, terms);
        }

        /// <summary>The highest power of x_index that occurs (−1 for the zero polynomial).</summary>
        public int DegreeIn(int index) => _terms.Count == 0 ? -1 : _terms.Values.Max(t => t.Exponents[index]);

        /// <summary>
        /// The polynomial as a univariate one in x_index. Throws <see cref="InvalidOperationException"/> when another
        /// variable occurs.
        /// </summary>
        public Polynomial ToUnivariate(int index)
        {
            var terms = new List<Term>();
            foreach (var (exponents, c) in _terms.Values)
            {
                for (int k = 0; k < exponents.Length; k++)
                {
                    if (k != index && exponents[k] != 0)
                    {
                        throw new InvalidOperationException("The polynomial depends on another variable than x_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
                    }
                }

                terms.Add(new Term(exponents[index], c));
            }

            return Polynomial.FromTerms(terms);
        }

        /// <summary>p(x_index) as a polynomial in <paramref name="variables"/> variables.</summary>
        public static MultivariatePolynomial FromUnivariate(Polynomial p, int variables, int index)
        {
            if (p is null)
            {
                throw new ArgumentNullException(nameof(p));
            }

            var result = Constant(variables, BigRational.Zero);
            var x = Variable(variables, index);
            foreach (var term in p.Terms)
            {
                result = result.Add(x.Power(term.Exponent).Scale(term.Coefficient));
            }

            return result;
        }

        /// <summary>
        /// The distinct weighted degrees Σ_k e_k·w_k of the terms, ascending (one value iff the polynomial is
        /// weighted-homogeneous; none for the zero polynomial).
        /// </summary>
        public IReadOnlyList<int> WeightedDegrees(IReadOnlyList<int> weights)
        {
            if (weights is null)
            {
                throw new ArgumentNullException(nameof(weights));
            }

            if (weights.Count != Variables)
            {
                throw new ArgumentException("Give one weight per variable.", nameof(weights));
            }

            return _terms.Values.Select(t => t.Exponents.Select((e, k) => e * weights[k]).Sum()).Distinct().OrderBy(d => d).ToList();
        }

        /// <summary>
        /// p(v_0, …, v_{n−1}): every variable x_k replaced by the polynomial <paramref name="values"/>[k] (all in the same
        /// number of variables, which may differ from this one's).
        /// </summary>
        public MultivariatePolynomial Compose(IReadOnlyList<MultivariatePolynomial> values)
        {
            if (values is null)
            {
                throw new ArgumentNullException(nameof(values));
            }

            if (values.Count != Variables || values.Count == 0)
            {
                throw new ArgumentException("Give one polynomial per variable.", nameof(values));
            }

            int n = values[0].Variables;
            if (values.Any(v => v.Variables != n))
            {
                throw new ArgumentException("The values must have the same number of variables.", nameof(values));
            }

            var powers = values.Select(_ => new List<MultivariatePolynomial> { Constant(n, BigRational.One) }).ToList();
            MultivariatePolynomial PowerOf(int k, int e)
            {
                while (powers[k].Count <= e)
                {
                    powers[k].Add(powers[k][powers[k].Count - 1].Multiply(values[k]));
                }

                return powers[k][e];
            }

            var result = Constant(n, BigRational.Zero);
            foreach (var (exponents, c) in _terms.Values)
            {
                var term = Constant(n, c);
                for (int k = 0; k < exponents.Length; k++)
                {
                    if (exponents[k] != 0)
                    {
                        term = term.Multiply(PowerOf(k, exponents[k]));
                    }
                }

                result = result.Add(term);
            }

            return result;
        }

        /// <summary>
        /// The remainder of this divided by <paramref name="divisor"/> as polynomials in x_index with coefficients in the
        /// other variables: <paramref name="divisor"/> must be monic in x_index (leading coefficient 1), so the division is
        /// exact in the ring and the remainder has degree in x_index below the divisor's. Zero iff the divisor divides this.
        /// </summary>
        public MultivariatePolynomial RemainderByMonic(int index, MultivariatePolynomial divisor)
        {
            if (divisor is null)
            {
                throw new ArgumentNullException(nameof(divisor));
            }

            if (divisor.Variables != Variables)
            {
                throw new ArgumentException("The divisor must have the same number of variables.", nameof(divisor));
            }

            int degree = divisor.DegreeIn(index);
            var leading = divisor.CoefficientOf(index, degree);
            if (degree < 1 || leading.TermCount != 1 || leading._terms.Values.Single() is var (e, c) && (c != BigRational.One || e.Any(x => x != 0)))
            {
                throw new ArgumentException("The divisor must be monic of positive degree in x_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(divisor));
            }

            var x = Variable(Variables, index);
            var remainder = this;
            for (int top = remainder.DegreeIn(index); top >= degree; top = remainder.DegreeIn(index))
            {
                var quotientTerm = remainder.CoefficientOf(index, top).Multiply(x.Power(top - degree));
                remainder = remainder.Subtract(quotientTerm.Multiply(divisor));
            }

            return remainder;
        }

        private static void AddTerm(Dictionary<Monomial, (int[], BigRational)> terms, Monomial key, int[] exponents, BigRational c)
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

        private static Monomial Key(int[] exponents) => new Monomial(exponents);
    }
}
