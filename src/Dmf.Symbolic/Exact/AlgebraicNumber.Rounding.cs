namespace Dmf.Symbolic.Exact
{
    public sealed partial class AlgebraicNumber
    {
        // The rounding boundary between double.MaxValue and +∞: 2^1024 − 2^970.
        private static readonly BigRational OverflowBoundary = BigRational.FromBinary((BigInteger.One << 54) - BigInteger.One, 970);

        /// <summary>
        /// The double nearest to this number (round to nearest, ties to even), decided exactly: the interval
        /// is refined until both ends round alike, and a rounding boundary inside it is tested as a root.
        /// </summary>
        public double ToDouble()
        {
            var bracket = _bracket;
            var magnitude = BigRational.Abs(bracket.Lower) > BigRational.Abs(bracket.Upper) ? BigRational.Abs(bracket.Lower) : BigRational.Abs(bracket.Upper);
            if (!bracket.IsExact && bracket.Lower.Sign == bracket.Upper.Sign && magnitude.Sign > 0)
            {
                // Newton-refined to 2^-60 relative first (the root's sign is known, so its magnitude is bounded below by
                // the nearer end); the loop below then usually decides at once.
                var nearer = BigRational.Abs(bracket.Lower) < BigRational.Abs(bracket.Upper) ? BigRational.Abs(bracket.Lower) : BigRational.Abs(bracket.Upper);
                if (nearer.Sign > 0)
                {
                    bracket.Narrow(DefiningPolynomial, Derivative, nearer * BigRational.FromBinary(1, -60));
                }
            }

            while (true)
            {
                if (bracket.IsExact)
                {
                    return bracket.Lower.ToDouble();
                }

                double low = bracket.Lower.ToDouble();
                double high = bracket.Upper.ToDouble();
                if (low.Equals(high))
                {
                    return low;
                }

                if (high.Equals(NextUp(low)))
                {
                    // One rounding boundary lies between: the midpoint of the two doubles.
                    var boundary = double.IsInfinity(high) ? OverflowBoundary
                        : double.IsInfinity(low) ? -OverflowBoundary
                        : BigRational.Midpoint(BigRational.FromDouble(low), BigRational.FromDouble(high));
                    int side = bracket.CompareRootWith(DefiningPolynomial, boundary);
                    return side == 0 ? boundary.ToDouble() : side < 0 ? low : high;
                }

                bracket.Bisect(DefiningPolynomial);
            }
        }

        /// <summary>
        /// Fixed-point decimal text with exactly <paramref name="digits"/> digits after the point, every digit
        /// correct: the exact value rounded to nearest, ties away from zero (as
        /// <see cref="BigRational.ToDecimalString"/>). Throws <see cref="ArgumentOutOfRangeException"/> for digits &lt; 0.
        /// </summary>
        public string ToDecimalString(int digits)
        {
            if (digits < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(digits), digits, "The number of digits must be nonnegative.");
            }

            var scale = new BigRational(BigInteger.Pow(10, digits));
            var bracket = _bracket;

            // Newton-refined to a tenth of the last digit first; the loop below then usually decides at once.
            bracket.Narrow(DefiningPolynomial, Derivative, BigRational.One / (scale * 10));
            while (true)
            {
                if (bracket.IsExact)
                {
                    return bracket.Lower.ToDecimalString(digits);
                }

                var low = BigRational.RoundHalfAwayFromZero(bracket.Lower * scale);
                var high = BigRational.RoundHalfAwayFromZero(bracket.Upper * scale);
                if (low == high)
                {
                    return BigRational.FormatScaledDecimal(low, digits);
                }

                if (high == low + BigInteger.One)
                {
                    // The single boundary (low + ½)·10^-digits decides; the number itself may sit on it.
                    var boundary = new BigRational((low << 1) + BigInteger.One, BigInteger.Pow(10, digits) << 1);
                    int side = bracket.CompareRootWith(DefiningPolynomial, boundary);
                    return side == 0 ? boundary.ToDecimalString(digits) : BigRational.FormatScaledDecimal(side < 0 ? low : high, digits);
                }

                bracket.Bisect(DefiningPolynomial);
            }
        }

        /// <summary>The largest integer ≤ this number, exactly.</summary>
        public BigInteger Floor() => FloorCore(out _);

        /// <summary>The smallest integer ≥ this number, exactly.</summary>
        public BigInteger Ceiling()
        {
            var floor = FloorCore(out bool isInteger);
            return isInteger ? floor : floor + BigInteger.One;
        }

        private BigInteger FloorCore(out bool isInteger)
        {
            var bracket = _bracket;
            while (true)
            {
                if (bracket.IsExact)
                {
                    isInteger = bracket.Lower.IsInteger;
                    return BigRational.Floor(bracket.Lower);
                }

                var floorLow = BigRational.Floor(bracket.Lower);
                var next = new BigRational(floorLow + BigInteger.One);
                if (next >= bracket.Upper)
                {
                    isInteger = false;
                    return floorLow;
                }

                if (bracket.Width <= BigRational.One)
                {
                    // Exactly one integer lies strictly inside: it decides.
                    int side = bracket.CompareRootWith(DefiningPolynomial, next);
                    isInteger = side == 0;
                    return side < 0 ? floorLow : floorLow + BigInteger.One;
                }

                bracket.Bisect(DefiningPolynomial);
            }
        }

        private static double NextUp(double value)
        {
            if (double.IsNaN(value) || double.IsPositiveInfinity(value))
            {
                return value;
            }

            if (value == 0.0)
            {
                return double.Epsilon;
            }

            long bits = BitConverter.DoubleToInt64Bits(value);
            bits += value > 0 ? 1 : -1;
            return BitConverter.Int64BitsToDouble(bits);
        }
    }
}
