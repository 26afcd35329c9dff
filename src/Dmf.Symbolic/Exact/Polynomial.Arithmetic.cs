namespace Dmf.Symbolic.Exact
{
    public sealed partial class Polynomial
    {
        /// <summary>Sum.</summary>
        public static Polynomial operator +(Polynomial a, Polynomial b) => Combine(a, b, subtract: false);

        /// <summary>Difference.</summary>
        public static Polynomial operator -(Polynomial a, Polynomial b) => Combine(a, b, subtract: true);

        /// <summary>Negation.</summary>
        public static Polynomial operator -(Polynomial a) => a * BigRational.MinusOne;

        /// <summary>Scalar multiple.</summary>
        public static Polynomial operator *(Polynomial a, BigRational c)
        {
            if (c.IsZero || a.IsZero)
            {
                return Zero;
            }

            var coefficients = new BigRational[a._coefficients.Length];
            for (int k = 0; k < coefficients.Length; k++)
            {
                coefficients[k] = a._coefficients[k] * c;
            }

            return new Polynomial(a._exponents, coefficients);
        }

        /// <summary>Scalar multiple.</summary>
        public static Polynomial operator *(BigRational c, Polynomial a) => a * c;

        /// <summary>Product.</summary>
        public static Polynomial operator *(Polynomial a, Polynomial b)
        {
            if (a.IsZero || b.IsZero)
            {
                return Zero;
            }

            var accumulator = new Dictionary<int, BigRational>();
            for (int i = 0; i < a._exponents.Length; i++)
            {
                for (int j = 0; j < b._exponents.Length; j++)
                {
                    int e = a._exponents[i] + b._exponents[j];
                    accumulator.TryGetValue(e, out var existing);
                    accumulator[e] = existing + a._coefficients[i] * b._coefficients[j];
                }
            }

            var sorted = new List<KeyValuePair<int, BigRational>>(accumulator);
            sorted.Sort((x, y) => x.Key.CompareTo(y.Key));
            return FromSorted(sorted);
        }

        /// <summary>Quotient of <see cref="DivRem"/>.</summary>
        public static Polynomial operator /(Polynomial a, Polynomial b) => DivRem(a, b, out _);

        /// <summary>Remainder of <see cref="DivRem"/>.</summary>
        public static Polynomial operator %(Polynomial a, Polynomial b)
        {
            DivRem(a, b, out var remainder);
            return remainder;
        }

        /// <summary>p^k for k ≥ 0 (p^0 = 1).</summary>
        public static Polynomial Pow(Polynomial p, int exponent)
        {
            if (exponent < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "Polynomial powers must be nonnegative.");
            }

            var result = One;
            var power = p;
            while (exponent > 0)
            {
                if ((exponent & 1) == 1)
                {
                    result *= power;
                }

                exponent >>= 1;
                if (exponent > 0)
                {
                    power *= power;
                }
            }

            return result;
        }

        /// <summary>
        /// Euclidean division: a = q·b + r with deg r &lt; deg b.
        /// Throws <see cref="DivideByZeroException"/> when b is the zero polynomial.
        /// </summary>
        public static Polynomial DivRem(Polynomial a, Polynomial b, out Polynomial remainder)
        {
            if (b.IsZero)
            {
                throw new DivideByZeroException("Division by the zero polynomial.");
            }

            if (a.Degree < b.Degree)
            {
                remainder = a;
                return Zero;
            }

            var rest = a.ToDenseCoefficients();
            int degreeB = b.Degree;
            var inverseLead = b.LeadingCoefficient.Reciprocal();
            var quotient = new BigRational[a.Degree - degreeB + 1];
            for (int shift = a.Degree - degreeB; shift >= 0; shift--)
            {
                var factor = rest[shift + degreeB] * inverseLead;
                if (factor.IsZero)
                {
                    continue;
                }

                quotient[shift] = factor;
                for (int k = 0; k < b._exponents.Length; k++)
                {
                    int target = b._exponents[k] + shift;
                    rest[target] -= factor * b._coefficients[k];
                }
            }

            Array.Resize(ref rest, degreeB);
            remainder = FromCoefficients(rest);
            return FromCoefficients(quotient);
        }

        /// <summary>The same polynomial divided by its leading coefficient (zero stays zero).</summary>
        public Polynomial Monic() => IsZero || LeadingCoefficient == BigRational.One ? this : this * LeadingCoefficient.Reciprocal();

        /// <summary>The monic greatest common divisor; Gcd(0, 0) = 0.</summary>
        public static Polynomial Gcd(Polynomial a, Polynomial b)
        {
            a = a.Monic();
            b = b.Monic();
            while (!b.IsZero)
            {
                var remainder = (a % b).Monic();
                a = b;
                b = remainder;
            }

            return a;
        }

        /// <summary>The formal derivative.</summary>
        public Polynomial Derivative()
        {
            var exponents = new List<int>(_exponents.Length);
            var coefficients = new List<BigRational>(_exponents.Length);
            for (int k = 0; k < _exponents.Length; k++)
            {
                if (_exponents[k] > 0)
                {
                    exponents.Add(_exponents[k] - 1);
                    coefficients.Add(_coefficients[k] * _exponents[k]);
                }
            }

            return new Polynomial(exponents.ToArray(), coefficients.ToArray());
        }

        /// <summary>The composition p(q(x)).</summary>
        public Polynomial Compose(Polynomial inner)
        {
            if (IsZero)
            {
                return Zero;
            }

            // Horner over the gaps between exponents, highest first.
            int top = _exponents.Length - 1;
            var result = Constant(_coefficients[top]);
            for (int k = top - 1; k >= 0; k--)
            {
                result = result * Pow(inner, _exponents[k + 1] - _exponents[k]) + Constant(_coefficients[k]);
            }

            return result * Pow(inner, _exponents[0]);
        }

        /// <summary>
        /// The square-free part p / gcd(p, p′), made monic: the same distinct roots, each simple.
        /// The zero polynomial is returned unchanged.
        /// </summary>
        public Polynomial SquareFreePart()
        {
            if (IsConstant)
            {
                return IsZero ? this : One;
            }

            return (this / Gcd(this, Derivative())).Monic();
        }

        /// <summary>
        /// Yun's square-free decomposition: monic, pairwise coprime, square-free factors a_i with
        /// p = c · Π a_i^i. Returns the non-constant factors with their multiplicity i, in increasing i.
        /// Throws <see cref="ArgumentException"/> for the zero polynomial.
        /// </summary>
        public IReadOnlyList<(Polynomial Factor, int Multiplicity)> SquareFreeDecomposition()
        {
            if (IsZero)
            {
                throw new ArgumentException("The zero polynomial has no square-free decomposition.");
            }

            var factors = new List<(Polynomial, int)>();
            if (IsConstant)
            {
                return factors;
            }

            var derivative = Derivative();
            var a0 = Gcd(this, derivative);
            var b = this / a0;
            var c = derivative / a0;
            var d = c - b.Derivative();
            int multiplicity = 1;
            while (!b.IsConstant)
            {
                var a = Gcd(b, d);
                if (!a.IsConstant)
                {
                    factors.Add((a.Monic(), multiplicity));
                }

                b /= a;
                c = d / a;
                d = c - b.Derivative();
                multiplicity++;
            }

            return factors;
        }

        private static Polynomial Combine(Polynomial a, Polynomial b, bool subtract)
        {
            var exponents = new List<int>(a._exponents.Length + b._exponents.Length);
            var coefficients = new List<BigRational>(a._exponents.Length + b._exponents.Length);
            int i = 0;
            int j = 0;
            while (i < a._exponents.Length || j < b._exponents.Length)
            {
                int ea = i < a._exponents.Length ? a._exponents[i] : int.MaxValue;
                int eb = j < b._exponents.Length ? b._exponents[j] : int.MaxValue;
                BigRational value;
                int exponent;
                if (ea == eb)
                {
                    exponent = ea;
                    value = subtract ? a._coefficients[i++] - b._coefficients[j++] : a._coefficients[i++] + b._coefficients[j++];
                }
                else if (ea < eb)
                {
                    exponent = ea;
                    value = a._coefficients[i++];
                }
                else
                {
                    exponent = eb;
                    value = subtract ? -b._coefficients[j++] : b._coefficients[j++];
                }

                if (!value.IsZero)
                {
                    exponents.Add(exponent);
                    coefficients.Add(value);
                }
            }

            return new Polynomial(exponents.ToArray(), coefficients.ToArray());
        }
    }
}
