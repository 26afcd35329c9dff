namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// An exact real algebraic number: the unique root of a square-free rational polynomial p inside an
    /// isolating interval with rational endpoints. Immutable; refinement returns a new instance.
    /// Invariant: either the interval is a point [r, r] with p(r) = 0 (the number is the rational r), or it
    /// is open, (a, b) with a &lt; b, p(a)·p(b) &lt; 0 and exactly one root of p inside.
    /// Equality and ordering are those of the real numbers, decided exactly (no floating point).
    /// </summary>
    public sealed partial class AlgebraicNumber : IEquatable<AlgebraicNumber>, IComparable<AlgebraicNumber>, IComparable
    {
        private readonly Bracket _bracket;
        private Polynomial? _derivative;

        private AlgebraicNumber(Polynomial definingPolynomial, Bracket bracket, Polynomial? derivative = null)
        {
            DefiningPolynomial = definingPolynomial;
            _bracket = bracket;
            _derivative = derivative;
        }

        /// <summary>p′, for Newton refinement (computed once per number; a race only computes it twice).</summary>
        private Polynomial Derivative => _derivative ??= DefiningPolynomial.Derivative();

        /// <summary>A square-free polynomial with rational coefficients that has this number as a root.</summary>
        public Polynomial DefiningPolynomial { get; }

        /// <summary>The current isolating interval.</summary>
        public IsolatingInterval Interval => new IsolatingInterval(_bracket.Lower, _bracket.Upper);

        /// <summary>True when the number is known to be rational (its interval is a single point).</summary>
        public bool IsKnownRational => _bracket.IsExact;

        /// <summary>−1, 0 or +1.</summary>
        public int Sign => CompareTo(BigRational.Zero);

        /// <summary>The rational r as an algebraic number (defining polynomial x − r).</summary>
        public static AlgebraicNumber FromRational(BigRational value)
        {
            var polynomial = Polynomial.X - Polynomial.Constant(value);
            return new AlgebraicNumber(polynomial, new Bracket { Lower = value, Upper = value, SignAtLower = 0 });
        }

        /// <summary>
        /// The unique root of <paramref name="polynomial"/> in the closed interval [lower, upper].
        /// The polynomial is replaced by its square-free part (same roots). Throws <see cref="ArgumentException"/>
        /// when the polynomial is zero, lower &gt; upper, or the interval does not hold exactly one root
        /// (checked exactly with a Sturm sequence).
        /// </summary>
        public static AlgebraicNumber Create(Polynomial polynomial, BigRational lower, BigRational upper)
        {
            if (polynomial is null)
            {
                throw new ArgumentNullException(nameof(polynomial));
            }

            if (polynomial.IsZero)
            {
                throw new ArgumentException("The zero polynomial does not define a number.", nameof(polynomial));
            }

            if (lower > upper)
            {
                throw new ArgumentException($"The interval [{lower}, {upper}] is empty.", nameof(lower));
            }

            var squareFree = polynomial.SquareFreePart();
            if (squareFree.Degree == 1)
            {
                var root = -squareFree[0] / squareFree[1];
                if (root < lower || root > upper)
                {
                    throw new ArgumentException($"The interval [{lower}, {upper}] holds 0 roots of {polynomial}, not exactly one.", nameof(lower));
                }

                return FromRationalRoot(squareFree, root);
            }

            int count = SturmSequence.Create(squareFree).CountRootsClosed(lower, upper);
            if (count != 1)
            {
                throw new ArgumentException(Invariant($"The interval [{lower}, {upper}] holds {count} roots of {polynomial}, not exactly one."), nameof(lower));
            }

            if (squareFree.SignAt(lower) == 0)
            {
                return FromRationalRoot(squareFree, lower);
            }

            if (squareFree.SignAt(upper) == 0)
            {
                return FromRationalRoot(squareFree, upper);
            }

            return new AlgebraicNumber(squareFree, new Bracket { Lower = lower, Upper = upper, SignAtLower = squareFree.SignAt(lower) });
        }

        /// <summary>
        /// Trusted construction for the isolators: <paramref name="squareFree"/> is square-free and has exactly
        /// one root in the open interval (lower, upper), or lower = upper is a root. The endpoints may be roots
        /// (of other branches); they are moved inward until they are not.
        /// </summary>
        internal static AlgebraicNumber FromIsolatingInterval(Polynomial squareFree, BigRational lower, BigRational upper)
        {
            if (lower == upper)
            {
                return FromRationalRoot(squareFree, lower);
            }

            if (squareFree.Degree == 1)
            {
                return FromRationalRoot(squareFree, -squareFree[0] / squareFree[1]);
            }

            int signAtLower = squareFree.SignAt(lower);
            int signAtUpper = squareFree.SignAt(upper);
            if (signAtLower == 0 || signAtUpper == 0)
            {
                // Just inside a simple root at an endpoint, p has the sign of ±p′ there.
                var derivative = squareFree.Derivative();
                int insideLower = signAtLower != 0 ? signAtLower : derivative.SignAt(lower);
                var bracket = new Bracket { Lower = lower, Upper = upper, SignAtLower = insideLower };
                while (!bracket.IsExact && (squareFree.SignAt(bracket.Lower) == 0 || squareFree.SignAt(bracket.Upper) == 0))
                {
                    bracket.Bisect(squareFree);
                }

                return bracket.IsExact
                    ? FromRationalRoot(squareFree, bracket.Lower)
                    : new AlgebraicNumber(squareFree, new Bracket { Lower = bracket.Lower, Upper = bracket.Upper, SignAtLower = squareFree.SignAt(bracket.Lower) });
            }

            return new AlgebraicNumber(squareFree, new Bracket { Lower = lower, Upper = upper, SignAtLower = signAtLower });
        }

        /// <summary>
        /// Trusted construction when the caller has proved, without evaluating <paramref name="squareFree"/> here, that
        /// (lower, upper) holds exactly one root, that neither end is a root, and that the sign at lower is
        /// <paramref name="signAtLower"/> (±1).
        /// </summary>
        internal static AlgebraicNumber FromProvedBracket(Polynomial squareFree, BigRational lower, BigRational upper, int signAtLower) =>
            new AlgebraicNumber(squareFree, new Bracket { Lower = lower, Upper = upper, SignAtLower = signAtLower });

        private static AlgebraicNumber FromRationalRoot(Polynomial polynomial, BigRational root) =>
            new AlgebraicNumber(polynomial, new Bracket { Lower = root, Upper = root, SignAtLower = 0 });

        /// <summary>The rational value when the number is known to be rational.</summary>
        public bool TryGetRational(out BigRational value)
        {
            value = _bracket.Lower;
            return _bracket.IsExact;
        }

        /// <summary>
        /// The same number with an isolating interval of width ≤ <paramref name="maxWidth"/> (by bisection).
        /// Throws <see cref="ArgumentOutOfRangeException"/> unless maxWidth &gt; 0.
        /// </summary>
        public AlgebraicNumber Refine(BigRational maxWidth)
        {
            if (maxWidth.Sign <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(maxWidth), maxWidth.ToString(), "The requested width must be positive.");
            }

            if (_bracket.IsExact || _bracket.Width <= maxWidth)
            {
                return this;
            }

            var bracket = _bracket;
            bracket.Narrow(DefiningPolynomial, Derivative, maxWidth);
            return new AlgebraicNumber(DefiningPolynomial, bracket, _derivative);
        }

        /// <summary>
        /// The same number with an interval whose endpoints are not roots of <paramref name="other"/> either
        /// (bisects while an endpoint is one; terminates because the number itself is never an endpoint).
        /// </summary>
        internal AlgebraicNumber WithEndpointsAvoidingRootsOf(Polynomial other)
        {
            var bracket = _bracket;
            while (!bracket.IsExact && (other.SignAt(bracket.Lower) == 0 || other.SignAt(bracket.Upper) == 0))
            {
                bracket.Bisect(DefiningPolynomial);
            }

            return bracket.Lower == _bracket.Lower && bracket.Upper == _bracket.Upper ? this : new AlgebraicNumber(DefiningPolynomial, bracket);
        }

        /// <summary>Exact comparison with a rational.</summary>
        public int CompareTo(BigRational other) => _bracket.CompareRootWith(DefiningPolynomial, other);

        /// <summary>Exact comparison with another algebraic number.</summary>
        public int CompareTo(AlgebraicNumber? other)
        {
            if (other is null)
            {
                return 1;
            }

            if (other._bracket.IsExact)
            {
                return CompareTo(other._bracket.Lower);
            }

            if (_bracket.IsExact)
            {
                return -other.CompareTo(_bracket.Lower);
            }

            var mine = _bracket;
            var theirs = other._bracket;
            bool equalityDecided = false;
            while (true)
            {
                if (mine.IsExact)
                {
                    return -theirs.CompareRootWith(other.DefiningPolynomial, mine.Lower);
                }

                if (theirs.IsExact)
                {
                    return mine.CompareRootWith(DefiningPolynomial, theirs.Lower);
                }

                if (mine.Upper <= theirs.Lower)
                {
                    return -1;
                }

                if (theirs.Upper <= mine.Lower)
                {
                    return 1;
                }

                if (!equalityDecided)
                {
                    if (IsSameRoot(mine, other.DefiningPolynomial, theirs))
                    {
                        return 0;
                    }

                    equalityDecided = true;
                }

                mine.Bisect(DefiningPolynomial);
                theirs.Bisect(other.DefiningPolynomial);
            }
        }

        /// <summary>
        /// Whether the root of p in <paramref name="mine"/> equals the root of q in <paramref name="theirs"/>:
        /// exactly when g = gcd(p, q) vanishes at the first (a sign change of g over its interval, whose
        /// endpoints are not roots of p, hence not of g) and that root also lies inside the second interval.
        /// </summary>
        private bool IsSameRoot(Bracket mine, Polynomial q, Bracket theirs)
        {
            var g = Polynomial.Gcd(DefiningPolynomial, q);
            if (g.IsConstant || g.SignAt(mine.Lower) == g.SignAt(mine.Upper))
            {
                return false;
            }

            return mine.CompareRootWith(DefiningPolynomial, theirs.Lower) > 0 && mine.CompareRootWith(DefiningPolynomial, theirs.Upper) < 0;
        }

        /// <summary>
        /// The exact sign of q at this number: 0 when q vanishes here (decided with gcd(p, q)), otherwise
        /// the sign of q on an interval refined until Descartes' rule proves q root-free on it.
        /// </summary>
        public int SignOf(Polynomial q)
        {
            if (q is null)
            {
                throw new ArgumentNullException(nameof(q));
            }

            if (_bracket.IsExact)
            {
                return q.SignAt(_bracket.Lower);
            }

            if (q.IsConstant)
            {
                return q.LeadingCoefficient.Sign;
            }

            // q without a root on the isolating interval has one sign there, σ's: decided without the gcd.
            var dense = q.IntegerForm.ToDense();
            int first = q.SignAt(_bracket.Lower);
            if (first != 0 && first == q.SignAt(_bracket.Upper) &&
                DescartesRuleOfSigns.VariationsInInterval(dense, _bracket.Lower, _bracket.Upper, cap: 1) == 0)
            {
                return first;
            }

            var g = Polynomial.Gcd(DefiningPolynomial, q);
            if (!g.IsConstant && g.SignAt(_bracket.Lower) != g.SignAt(_bracket.Upper))
            {
                return 0;
            }

            var bracket = _bracket;
            while (true)
            {
                if (bracket.IsExact)
                {
                    return q.SignAt(bracket.Lower);
                }

                int atLower = q.SignAt(bracket.Lower);
                if (atLower != 0 && atLower == q.SignAt(bracket.Upper) &&
                    DescartesRuleOfSigns.VariationsInInterval(dense, bracket.Lower, bracket.Upper, cap: 1) == 0)
                {
                    return atLower;
                }

                bracket.Bisect(DefiningPolynomial);
            }
        }

        /// <inheritdoc/>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            AlgebraicNumber other => CompareTo(other),
            BigRational rational => CompareTo(rational),
            _ => throw new ArgumentException("Object is not an AlgebraicNumber.", nameof(obj)),
        };

        /// <summary>Exact numeric equality.</summary>
        public bool Equals(AlgebraicNumber? other) => other is not null && CompareTo(other) == 0;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is AlgebraicNumber other && Equals(other);

        /// <summary>Consistent with numeric equality: the hash of ⌊x⌋, computed exactly.</summary>
        public override int GetHashCode() => Floor().GetHashCode();

        /// <summary>"root of p in (a, b)", or the rational itself.</summary>
        public override string ToString() =>
            _bracket.IsExact ? _bracket.Lower.ToString() : $"root of {DefiningPolynomial} in {Interval}";

        /// <summary>Exact equality.</summary>
        public static bool operator ==(AlgebraicNumber? a, AlgebraicNumber? b) => a is null ? b is null : a.Equals(b);

        /// <summary>Exact inequality.</summary>
        public static bool operator !=(AlgebraicNumber? a, AlgebraicNumber? b) => !(a == b);

        /// <summary>Exact order.</summary>
        public static bool operator <(AlgebraicNumber a, AlgebraicNumber b) => a.CompareTo(b) < 0;

        /// <summary>Exact order.</summary>
        public static bool operator >(AlgebraicNumber a, AlgebraicNumber b) => a.CompareTo(b) > 0;

        /// <summary>Exact order.</summary>
        public static bool operator <=(AlgebraicNumber a, AlgebraicNumber b) => a.CompareTo(b) <= 0;

        /// <summary>Exact order.</summary>
        public static bool operator >=(AlgebraicNumber a, AlgebraicNumber b) => a.CompareTo(b) >= 0;
    }
}
