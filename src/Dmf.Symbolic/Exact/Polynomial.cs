namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// An immutable univariate polynomial with exact rational coefficients, stored sparsely
    /// (ascending exponents, nonzero coefficients only). The zero polynomial has degree −1.
    /// Equality is structural, which for a canonical sparse form is mathematical equality.
    /// </summary>
    public sealed partial class Polynomial : IEquatable<Polynomial>
    {
        private static readonly int[] NoExponents = new int[0];
        private static readonly BigRational[] NoCoefficients = new BigRational[0];

        private readonly int[] _exponents;
        private readonly BigRational[] _coefficients;
        private IntegerPolynomialForm? _integerForm;

        private Polynomial(int[] exponents, BigRational[] coefficients)
        {
            _exponents = exponents;
            _coefficients = coefficients;
        }

        /// <summary>The zero polynomial.</summary>
        public static Polynomial Zero { get; } = new Polynomial(NoExponents, NoCoefficients);

        /// <summary>The constant 1.</summary>
        public static Polynomial One { get; } = Constant(BigRational.One);

        /// <summary>The polynomial x.</summary>
        public static Polynomial X { get; } = Monomial(BigRational.One, 1);

        /// <summary>The degree; −1 for the zero polynomial.</summary>
        public int Degree => _exponents.Length == 0 ? -1 : _exponents[_exponents.Length - 1];

        /// <summary>True for the zero polynomial.</summary>
        public bool IsZero => _exponents.Length == 0;

        /// <summary>True for a constant (including zero).</summary>
        public bool IsConstant => Degree <= 0;

        /// <summary>The coefficient of the highest power; 0 for the zero polynomial.</summary>
        public BigRational LeadingCoefficient => IsZero ? BigRational.Zero : _coefficients[_coefficients.Length - 1];

        /// <summary>The number of nonzero terms.</summary>
        public int TermCount => _exponents.Length;

        /// <summary>The nonzero terms in ascending order of exponent.</summary>
        public IEnumerable<Term> Terms
        {
            get
            {
                for (int k = 0; k < _exponents.Length; k++)
                {
                    yield return new Term(_exponents[k], _coefficients[k]);
                }
            }
        }

        /// <summary>The coefficient of x^exponent (0 when absent or exponent &lt; 0).</summary>
        public BigRational this[int exponent]
        {
            get
            {
                int index = Array.BinarySearch(_exponents, exponent);
                return index >= 0 ? _coefficients[index] : BigRational.Zero;
            }
        }

        /// <summary>
        /// The sign changes of the coefficient sequence: by Descartes' rule of signs, the number of positive roots counted
        /// with multiplicity is at most this, and differs from it by an even number.
        /// </summary>
        public int CoefficientSignVariations() => DescartesRuleOfSigns.SignVariations(Terms.Select(t => t.Coefficient.Sign));

        /// <summary>c (the zero polynomial when c = 0).</summary>
        public static Polynomial Constant(BigRational c) => Monomial(c, 0);

        /// <summary>c·x^exponent. Throws <see cref="ArgumentOutOfRangeException"/> for a negative exponent.</summary>
        public static Polynomial Monomial(BigRational coefficient, int exponent)
        {
            if (exponent < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "Exponents must be nonnegative.");
            }

            return coefficient.IsZero ? Zero : new Polynomial(new[] { exponent }, new[] { coefficient });
        }

        /// <summary>Σ c_k x^k from coefficients in ascending order (c_0 first).</summary>
        public static Polynomial FromCoefficients(params BigRational[] ascending)
        {
            if (ascending == null)
            {
                throw new ArgumentNullException(nameof(ascending));
            }

            var exponents = new List<int>();
            var coefficients = new List<BigRational>();
            for (int k = 0; k < ascending.Length; k++)
            {
                if (!ascending[k].IsZero)
                {
                    exponents.Add(k);
                    coefficients.Add(ascending[k]);
                }
            }

            return new Polynomial(exponents.ToArray(), coefficients.ToArray());
        }

        /// <summary>The sum of the given terms; repeated exponents are added, zero results dropped.</summary>
        public static Polynomial FromTerms(IEnumerable<Term> terms)
        {
            if (terms == null)
            {
                throw new ArgumentNullException(nameof(terms));
            }

            var accumulator = new SortedDictionary<int, BigRational>();
            foreach (var term in terms)
            {
                if (term.Exponent < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(terms), term.Exponent, "Exponents must be nonnegative.");
                }

                accumulator.TryGetValue(term.Exponent, out var existing);
                accumulator[term.Exponent] = existing + term.Coefficient;
            }

            return FromSorted(accumulator);
        }

        private static Polynomial FromSorted(IEnumerable<KeyValuePair<int, BigRational>> sorted)
        {
            var exponents = new List<int>();
            var coefficients = new List<BigRational>();
            foreach (var pair in sorted)
            {
                if (!pair.Value.IsZero)
                {
                    exponents.Add(pair.Key);
                    coefficients.Add(pair.Value);
                }
            }

            return new Polynomial(exponents.ToArray(), coefficients.ToArray());
        }

        /// <summary>Dense coefficients c_0..c_n (empty for the zero polynomial).</summary>
        public BigRational[] ToDenseCoefficients()
        {
            var dense = new BigRational[Degree + 1];
            for (int k = 0; k < _exponents.Length; k++)
            {
                dense[_exponents[k]] = _coefficients[k];
            }

            return dense;
        }

        /// <summary>
        /// For a polynomial whose roots are all real (a symmetric matrix's characteristic polynomial): how many roots
        /// exceed the integer <paramref name="t"/>, with multiplicity — the sign variations of p(x + t), which Descartes'
        /// rule makes exact for real-rooted polynomials — or −1 when t itself is a root. Exact integer arithmetic, O(n²).
        /// </summary>
        public int RealRootsAbove(BigInteger t)
        {
            var shifted = IntegerForm.ToDense();
            DescartesRuleOfSigns.TaylorShift(shifted, t);
            return shifted.Length == 0 || shifted[0].IsZero ? -1 : DescartesRuleOfSigns.SignVariations(shifted);
        }

        /// <summary>The primitive integer polynomial with the same roots (cached).</summary>
        internal IntegerPolynomialForm IntegerForm => _integerForm ??= IntegerPolynomialForm.From(_exponents, _coefficients);

        /// <inheritdoc/>
        public bool Equals(Polynomial? other) =>
            other is not null && _exponents.SequenceEqual(other._exponents) && _coefficients.SequenceEqual(other._coefficients);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Polynomial other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                for (int k = 0; k < _exponents.Length; k++)
                {
                    hash = (hash * 31) + _exponents[k];
                    hash = (hash * 31) + _coefficients[k].GetHashCode();
                }

                return hash;
            }
        }

        /// <summary>Structural equality.</summary>
        public static bool operator ==(Polynomial? a, Polynomial? b) => a is null ? b is null : a.Equals(b);

        /// <summary>Structural inequality.</summary>
        public static bool operator !=(Polynomial? a, Polynomial? b) => !(a == b);
    }
}
