using System.Globalization;
using System.Text;

namespace Dmf.Symbolic.Exact
{
    public readonly partial struct BigRational
    {
        /// <summary>
        /// The double nearest to this value (IEEE round to nearest, ties to even), for any size of
        /// numerator and denominator: values beyond double's range give ±∞, values below half the
        /// smallest subnormal give ±0, subnormals are rounded correctly. Never NaN.
        /// </summary>
        public double ToDouble()
        {
            if (IsZero)
            {
                return 0.0;
            }

            double magnitude = DoToDoubleMagnitude(BigInteger.Abs(_numerator), Denominator);
            return Sign < 0 ? -magnitude : magnitude;
        }

        private static double DoToDoubleMagnitude(BigInteger a, BigInteger b)
        {
            long bitsA = BitLength(a);
            long bitsB = BitLength(b);
            long estimate = bitsA - bitsB; // floor(log2(a/b)) is estimate or estimate − 1
            if (estimate > 1100)
            {
                return double.PositiveInfinity;
            }

            if (estimate < -1100)
            {
                return 0.0;
            }

            int e = (int)estimate;
            bool atLeast = e >= 0 ? a >= (b << e) : (a << -e) >= b;
            int floorLog2 = atLeast ? e : e - 1;
            if (floorLog2 > 1023)
            {
                return double.PositiveInfinity;
            }

            // Mantissa bits available: 53 for normal numbers, fewer for subnormals.
            int precision = floorLog2 >= -1022 ? 53 : 53 - (-1022 - floorLog2);
            if (precision < 0)
            {
                return 0.0;
            }

            int shift = precision - 1 - floorLog2;
            var numerator = shift >= 0 ? a << shift : a;
            var denominator = shift >= 0 ? b : b << -shift;
            var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
            int half = (remainder << 1).CompareTo(denominator);
            if (half > 0 || (half == 0 && !quotient.IsEven))
            {
                quotient += BigInteger.One;
            }

            long q = (long)quotient;
            if (floorLog2 < -1022)
            {
                // Subnormal: value = q · 2^-1074; q = 2^52 becomes the smallest normal number, as the bit layout intends.
                return BitConverter.Int64BitsToDouble(q);
            }

            int exponent = floorLog2;
            if (q == 1L << 53)
            {
                q >>= 1;
                exponent++;
            }

            if (exponent > 1023)
            {
                return double.PositiveInfinity;
            }

            long bits = ((long)(exponent + 1023) << 52) | (q & 0xFFFFFFFFFFFFFL);
            return BitConverter.Int64BitsToDouble(bits);
        }

        /// <summary>Number of bits in the binary representation of a nonnegative integer (0 for 0).</summary>
        internal static long BitLength(BigInteger value)
        {
            if (value.IsZero)
            {
                return 0;
            }

            byte[] bytes = value.ToByteArray();
            int top = bytes.Length - 1;
            while (top > 0 && bytes[top] == 0)
            {
                top--;
            }

            int bits = 0;
            for (int b = bytes[top]; b != 0; b >>= 1)
            {
                bits++;
            }

            return (long)top * 8 + bits;
        }

        /// <summary>
        /// Fixed-point decimal text with exactly <paramref name="digits"/> digits after the point,
        /// rounded to nearest with ties away from zero ("0.125" with 2 digits is "0.13"). A value that
        /// rounds to zero prints without a sign. Throws <see cref="ArgumentOutOfRangeException"/> for digits &lt; 0.
        /// </summary>
        public string ToDecimalString(int digits)
        {
            if (digits < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(digits), digits, "The number of digits must be nonnegative.");
            }

            var scaled = RoundHalfAwayFromZero(this * new BigRational(BigInteger.Pow(10, digits)));
            return FormatScaledDecimal(scaled, digits);
        }

        /// <summary>
        /// The exact value as text that <see cref="Parse"/> reads back to the same number: a finite decimal
        /// when the denominator is 2^a·5^b ("1.6", "-0.125", "3"), otherwise the fraction "n/d".
        /// </summary>
        public string ToExactString()
        {
            if (IsInteger)
            {
                return ToString();
            }

            var denominator = Denominator;
            int twos = 0;
            int fives = 0;
            while (denominator.IsEven)
            {
                denominator >>= 1;
                twos++;
            }

            var five = new BigInteger(5);
            while ((denominator % five).IsZero)
            {
                denominator /= five;
                fives++;
            }

            return denominator.IsOne ? ToDecimalString(Math.Max(twos, fives)) : ToString();
        }

        /// <summary>Formats the integer m as m · 10^-digits (invariant culture, ASCII '-').</summary>
        internal static string FormatScaledDecimal(BigInteger scaled, int digits)
        {
            string magnitude = BigInteger.Abs(scaled).ToString(CultureInfo.InvariantCulture);
            if (magnitude.Length <= digits)
            {
                magnitude = new string('0', digits - magnitude.Length + 1) + magnitude;
            }

            var builder = new StringBuilder(magnitude.Length + 2);
            if (scaled.Sign < 0)
            {
                builder.Append('-');
            }

            builder.Append(magnitude, 0, magnitude.Length - digits);
            if (digits > 0)
            {
                builder.Append('.');
                builder.Append(magnitude, magnitude.Length - digits, digits);
            }

            return builder.ToString();
        }
    }
}
