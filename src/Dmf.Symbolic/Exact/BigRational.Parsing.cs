using System.Globalization;

namespace Dmf.Symbolic.Exact
{
    public readonly partial struct BigRational
    {
        /// <summary>Largest decimal exponent accepted by <see cref="Parse"/>; beyond it the value would need megabytes.</summary>
        public const int MaxDecimalExponent = 100_000;

        /// <summary>
        /// Parses an exact rational from invariant text: an integer ("-2"), a fraction ("3/4", "-6/8"),
        /// or a decimal with optional exponent ("0.125", "1.5e-3", ".5", "2E+4"). A decimal string is read
        /// digit by digit into an exact rational, never through a double. Surrounding whitespace is ignored.
        /// Throws <see cref="FormatException"/> naming the text when it is not a finite rational
        /// ("NaN", "inf", "1/0", "1e999999" are all rejected).
        /// </summary>
        public static BigRational Parse(string text)
        {
            if (TryParse(text, out var value, out var error))
            {
                return value;
            }

            throw new FormatException(error);
        }

        /// <summary>Like <see cref="Parse"/>, returning false instead of throwing.</summary>
        public static bool TryParse(string? text, out BigRational value) => TryParse(text, out value, out _);

        /// <summary>Like <see cref="Parse"/>, returning false and a one-line reason instead of throwing.</summary>
        public static bool TryParse(string? text, out BigRational value, out string error)
        {
            value = Zero;
            if (text == null)
            {
                error = "expected a rational number, got nothing";
                return false;
            }

            string s = text.Trim();
            if (s.Length == 0)
            {
                error = "expected a rational number, got an empty string";
                return false;
            }

            int slash = s.IndexOf('/');
            if (slash >= 0)
            {
                if (!TryParseInteger(s.Substring(0, slash), allowSign: true, out var numerator) ||
                    !TryParseInteger(s.Substring(slash + 1), allowSign: true, out var denominator))
                {
                    error = $"'{text}' is not a rational number (expected n/d with integers n and d)";
                    return false;
                }

                if (denominator.IsZero)
                {
                    error = $"'{text}' has a zero denominator";
                    return false;
                }

                value = new BigRational(numerator, denominator);
                error = string.Empty;
                return true;
            }

            return TryParseDecimal(s, text, out value, out error);
        }

        private static bool TryParseDecimal(string s, string original, out BigRational value, out string error)
        {
            value = Zero;
            error = $"'{original}' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)";
            int i = 0;
            bool negative = false;
            if (s[i] == '+' || s[i] == '-')
            {
                negative = s[i] == '-';
                i++;
            }

            int integerStart = i;
            while (i < s.Length && IsAsciiDigit(s[i]))
            {
                i++;
            }

            string integerDigits = s.Substring(integerStart, i - integerStart);
            string fractionDigits = string.Empty;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                int fractionStart = i;
                while (i < s.Length && IsAsciiDigit(s[i]))
                {
                    i++;
                }

                fractionDigits = s.Substring(fractionStart, i - fractionStart);
            }

            if (integerDigits.Length == 0 && fractionDigits.Length == 0)
            {
                return false;
            }

            long exponent = 0;
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                int exponentStart = i;
                if (i < s.Length && (s[i] == '+' || s[i] == '-'))
                {
                    i++;
                }

                int digitsStart = i;
                while (i < s.Length && IsAsciiDigit(s[i]))
                {
                    i++;
                }

                if (i == digitsStart)
                {
                    return false;
                }

                string exponentText = s.Substring(exponentStart, i - exponentStart);
                if (!long.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) ||
                    Math.Abs(exponent) > MaxDecimalExponent)
                {
                    error = Invariant($"'{original}' has an exponent outside ±{MaxDecimalExponent}");
                    return false;
                }
            }

            if (i != s.Length)
            {
                return false;
            }

            var mantissa = BigInteger.Parse("0" + integerDigits + fractionDigits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (mantissa.IsZero)
            {
                // 0e-99999 is 0, whatever the exponent: no power of ten is needed.
                value = Zero;
                error = string.Empty;
                return true;
            }

            long scale = exponent - fractionDigits.Length;
            if (Math.Abs(scale) > MaxDecimalExponent)
            {
                error = Invariant($"'{original}' needs a power of ten beyond 10^±{MaxDecimalExponent}");
                return false;
            }

            var power = BigInteger.Pow(10, (int)Math.Abs(scale));
            value = scale >= 0 ? new BigRational(mantissa * power) : new BigRational(mantissa, power);
            if (negative)
            {
                value = -value;
            }

            error = string.Empty;
            return true;
        }

        private static bool TryParseInteger(string text, bool allowSign, out BigInteger value)
        {
            value = BigInteger.Zero;
            string s = text.Trim();
            int start = 0;
            if (allowSign && s.Length > 0 && (s[0] == '+' || s[0] == '-'))
            {
                start = 1;
            }

            if (s.Length == start)
            {
                return false;
            }

            for (int k = start; k < s.Length; k++)
            {
                if (!IsAsciiDigit(s[k]))
                {
                    return false;
                }
            }

            value = BigInteger.Parse(s.Substring(start), NumberStyles.None, CultureInfo.InvariantCulture);
            if (s[0] == '-')
            {
                value = -value;
            }

            return true;
        }

        private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
    }
}
