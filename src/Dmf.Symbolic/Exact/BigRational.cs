namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// An exact rational number n/d with <see cref="BigInteger"/> numerator and denominator.
    /// Always normalized: gcd(n, d) = 1 and d &gt; 0, so equal values have equal representations.
    /// <c>default(BigRational)</c> is zero.
    /// </summary>
    public readonly partial struct BigRational : IEquatable<BigRational>, IComparable<BigRational>, IComparable
    {
        private readonly BigInteger _numerator;

        // Stored as d − 1 so that default(BigRational) is 0/1 rather than an invalid 0/0.
        private readonly BigInteger _denominatorMinusOne;

        /// <summary>Creates n/d, normalized. Throws <see cref="DivideByZeroException"/> when d = 0.</summary>
        public BigRational(BigInteger numerator, BigInteger denominator)
        {
            if (denominator.IsZero)
            {
                throw new DivideByZeroException("The denominator of a rational number cannot be zero.");
            }

            if (denominator.Sign < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }

            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!gcd.IsOne && !gcd.IsZero)
            {
                numerator /= gcd;
                denominator /= gcd;
            }

            if (numerator.IsZero)
            {
                denominator = BigInteger.One;
            }

            _numerator = numerator;
            _denominatorMinusOne = denominator - BigInteger.One;
        }

        /// <summary>Creates the integer n/1.</summary>
        public BigRational(BigInteger integer)
        {
            _numerator = integer;
            _denominatorMinusOne = BigInteger.Zero;
        }

        /// <summary>Wraps an already normalized pair without checking it (internal fast path).</summary>
        private BigRational(BigInteger numerator, BigInteger denominator, bool normalized)
        {
            _ = normalized;
            _numerator = numerator;
            _denominatorMinusOne = denominator - BigInteger.One;
        }

        /// <summary>0.</summary>
        public static BigRational Zero => default;

        /// <summary>1.</summary>
        public static BigRational One => new BigRational(BigInteger.One);

        /// <summary>−1.</summary>
        public static BigRational MinusOne => new BigRational(BigInteger.MinusOne);

        /// <summary>The numerator; carries the sign.</summary>
        public BigInteger Numerator => _numerator;

        /// <summary>The denominator; always positive.</summary>
        public BigInteger Denominator => _denominatorMinusOne + BigInteger.One;

        /// <summary>−1, 0 or +1.</summary>
        public int Sign => _numerator.Sign;

        /// <summary>True when the value is 0.</summary>
        public bool IsZero => _numerator.IsZero;

        /// <summary>True when the denominator is 1.</summary>
        public bool IsInteger => _denominatorMinusOne.IsZero;

        /// <summary>Creates a/b from two integers (b ≠ 0).</summary>
        public static BigRational Create(BigInteger numerator, BigInteger denominator) => new BigRational(numerator, denominator);

        /// <summary>n · 2^exponent, exactly.</summary>
        public static BigRational FromBinary(BigInteger mantissa, int exponent) =>
            exponent >= 0
                ? new BigRational(mantissa << exponent)
                : new BigRational(mantissa, BigInteger.One << -exponent);

        /// <summary>The exact value of a finite double. Throws <see cref="ArgumentException"/> for NaN or ±∞.</summary>
        public static BigRational FromDouble(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentException(Invariant($"Cannot convert {value} to an exact rational: it is not finite."), nameof(value));
            }

            long bits = BitConverter.DoubleToInt64Bits(value);
            bool negative = bits < 0;
            int exponent = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (exponent == 0)
            {
                exponent = 1;
            }
            else
            {
                mantissa |= 1L << 52;
            }

            var result = FromBinary(new BigInteger(mantissa), exponent - 1075);
            return negative ? -result : result;
        }

        /// <summary>Implicit conversion from an integer.</summary>
        public static implicit operator BigRational(int value) => new BigRational(new BigInteger(value));

        /// <summary>Implicit conversion from an integer.</summary>
        public static implicit operator BigRational(long value) => new BigRational(new BigInteger(value));

        /// <summary>Implicit conversion from an integer.</summary>
        public static implicit operator BigRational(BigInteger value) => new BigRational(value);

        /// <summary>Correctly rounded conversion (round to nearest, ties to even); see <see cref="ToDouble"/>.</summary>
        public static explicit operator double(BigRational value) => value.ToDouble();

        /// <inheritdoc/>
        public static BigRational operator +(BigRational a, BigRational b)
        {
            if (a.IsInteger && b.IsInteger)
            {
                return new BigRational(a._numerator + b._numerator);
            }

            return new BigRational(a._numerator * b.Denominator + b._numerator * a.Denominator, a.Denominator * b.Denominator);
        }

        /// <inheritdoc/>
        public static BigRational operator -(BigRational a, BigRational b)
        {
            if (a.IsInteger && b.IsInteger)
            {
                return new BigRational(a._numerator - b._numerator);
            }

            return new BigRational(a._numerator * b.Denominator - b._numerator * a.Denominator, a.Denominator * b.Denominator);
        }

        /// <inheritdoc/>
        public static BigRational operator -(BigRational a) => new BigRational(-a._numerator, a.Denominator, normalized: true);

        /// <inheritdoc/>
        public static BigRational operator *(BigRational a, BigRational b)
        {
            if (a.IsInteger && b.IsInteger)
            {
                return new BigRational(a._numerator * b._numerator);
            }

            // Cross-cancel first: keeps intermediate products small.
            var g1 = BigInteger.GreatestCommonDivisor(a._numerator, b.Denominator);
            var g2 = BigInteger.GreatestCommonDivisor(b._numerator, a.Denominator);
            if (g1.IsZero || g2.IsZero)
            {
                return Zero;
            }

            return new BigRational((a._numerator / g1) * (b._numerator / g2), (a.Denominator / g2) * (b.Denominator / g1), normalized: true);
        }

        /// <summary>Exact quotient. Throws <see cref="DivideByZeroException"/> when b = 0.</summary>
        public static BigRational operator /(BigRational a, BigRational b)
        {
            if (b.IsZero)
            {
                throw new DivideByZeroException("Division of a rational number by zero.");
            }

            return a * b.Reciprocal();
        }

        /// <summary>1/a. Throws <see cref="DivideByZeroException"/> when a = 0.</summary>
        public BigRational Reciprocal()
        {
            if (IsZero)
            {
                throw new DivideByZeroException("Zero has no reciprocal.");
            }

            return _numerator.Sign > 0
                ? new BigRational(Denominator, _numerator, normalized: true)
                : new BigRational(-Denominator, -_numerator, normalized: true);
        }

        /// <summary>|a|.</summary>
        public static BigRational Abs(BigRational a) => a.Sign < 0 ? -a : a;

        /// <summary>The smaller of two values.</summary>
        public static BigRational Min(BigRational a, BigRational b) => a.CompareTo(b) <= 0 ? a : b;

        /// <summary>The larger of two values.</summary>
        public static BigRational Max(BigRational a, BigRational b) => a.CompareTo(b) >= 0 ? a : b;

        /// <summary>
        /// a^k for any integer k; a negative k gives (1/a)^|k|. 0^0 = 1.
        /// Throws <see cref="DivideByZeroException"/> for 0 raised to a negative power.
        /// </summary>
        public static BigRational Pow(BigRational a, int exponent)
        {
            if (exponent == 0)
            {
                return One;
            }

            if (exponent < 0)
            {
                if (a.IsZero)
                {
                    throw new DivideByZeroException("Zero cannot be raised to a negative power.");
                }

                a = a.Reciprocal();
                exponent = -exponent;
            }

            return new BigRational(BigInteger.Pow(a._numerator, exponent), BigInteger.Pow(a.Denominator, exponent), normalized: true);
        }

        /// <summary>The largest integer ≤ a.</summary>
        public static BigInteger Floor(BigRational a)
        {
            var quotient = BigInteger.DivRem(a._numerator, a.Denominator, out var remainder);
            return remainder.Sign < 0 ? quotient - BigInteger.One : quotient;
        }

        /// <summary>The smallest integer ≥ a.</summary>
        public static BigInteger Ceiling(BigRational a)
        {
            var quotient = BigInteger.DivRem(a._numerator, a.Denominator, out var remainder);
            return remainder.Sign > 0 ? quotient + BigInteger.One : quotient;
        }

        /// <summary>The integer nearest to a; ties are rounded away from zero.</summary>
        public static BigInteger RoundHalfAwayFromZero(BigRational a)
        {
            var doubled = Floor(Abs(a) * 2 + One);
            var magnitude = doubled >> 1;
            return a.Sign < 0 ? -magnitude : magnitude;
        }

        /// <summary>(a + b)/2.</summary>
        public static BigRational Midpoint(BigRational a, BigRational b) =>
            (a + b) * new BigRational(BigInteger.One, new BigInteger(2), normalized: true);

        /// <inheritdoc/>
        public static bool operator ==(BigRational a, BigRational b) => a.Equals(b);

        /// <inheritdoc/>
        public static bool operator !=(BigRational a, BigRational b) => !a.Equals(b);

        /// <inheritdoc/>
        public static bool operator <(BigRational a, BigRational b) => a.CompareTo(b) < 0;

        /// <inheritdoc/>
        public static bool operator >(BigRational a, BigRational b) => a.CompareTo(b) > 0;

        /// <inheritdoc/>
        public static bool operator <=(BigRational a, BigRational b) => a.CompareTo(b) <= 0;

        /// <inheritdoc/>
        public static bool operator >=(BigRational a, BigRational b) => a.CompareTo(b) >= 0;

        /// <inheritdoc/>
        public bool Equals(BigRational other) =>
            _numerator.Equals(other._numerator) && _denominatorMinusOne.Equals(other._denominatorMinusOne);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is BigRational other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((_numerator.GetHashCode() * 397) ^ _denominatorMinusOne.GetHashCode());

        /// <inheritdoc/>
        public int CompareTo(BigRational other)
        {
            if (IsInteger && other.IsInteger)
            {
                return _numerator.CompareTo(other._numerator);
            }

            int signs = Sign.CompareTo(other.Sign);
            if (signs != 0)
            {
                return signs;
            }

            return (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);
        }

        /// <inheritdoc/>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            BigRational other => CompareTo(other),
            _ => throw new ArgumentException("Object is not a BigRational.", nameof(obj)),
        };

        /// <summary>Exact text: "n" for integers, otherwise "n/d" (invariant, ASCII minus sign).</summary>
        public override string ToString() =>
            IsInteger
                ? _numerator.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : _numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + Denominator.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
