using System.Numerics;

namespace Dmf.Cli.Parsing;

/// <summary>Strict parsing of option values into exact numbers, with one-line errors naming the bad value.</summary>
internal static class InputParsing
{
    /// <summary>Largest accepted numerator or denominator, in decimal digits; beyond it exact work explodes.</summary>
    public const int MaxDigits = 120;

    /// <summary>Parses an integer option and checks it lies in [min, max].</summary>
    public static int ParseInteger(string option, string text, int min, int max, string meaning)
    {
        // Read as an unbounded integer first: 99999999999 is out of range, not "not an integer".
        if (!System.Numerics.BigInteger.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new UsageException($"{option} expects an integer ({meaning}), got '{text}'");
        }

        if (value < min || value > max)
        {
            throw new UsageException(Invariant($"{option} must be between {min} and {max} ({meaning}), got {text.Trim()}"));
        }

        return (int)value;
    }

    /// <summary>Parses a positive finite double option (a numeric-path setting such as a step size or tolerance).</summary>
    public static double ParsePositiveNumber(string option, string text)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value <= 0)
        {
            throw new UsageException($"{option} expects a positive finite number, got '{text}'");
        }

        return value;
    }

    /// <summary>Parses a comma-separated list of exact rationals ("2,1.6,3/4").</summary>
    public static IReadOnlyList<BigRational> ParseRationalList(string option, string text, int maxCount)
    {
        var values = new List<BigRational>();
        var items = text.Split(',');
        if (items.Length > maxCount)
        {
            throw new UsageException(Invariant($"{option} accepts at most {maxCount} values, got {items.Length}"));
        }

        foreach (var item in items)
        {
            if (item.Trim().Length == 0)
            {
                throw new UsageException($"{option} has an empty entry in '{text}' (expected comma-separated numbers like 2,1.6)");
            }

            var value = ParseExact(option, item);
            values.Add(value);
        }

        return values;
    }

    /// <summary>Longest accepted text of one number (a fraction of two 120-digit integers with sign, point and exponent fits).</summary>
    public const int MaxNumberLength = (2 * MaxDigits) + 16;

    private static readonly BigInteger DigitLimit = BigInteger.Pow(10, MaxDigits);

    /// <summary>
    /// The exact rational of <paramref name="text"/> under the limits every exact input obeys: at most
    /// <see cref="MaxNumberLength"/> characters (checked before parsing), a finite rational, at most <see cref="MaxDigits"/>
    /// digits in numerator and denominator. Errors are one line starting with <paramref name="where"/>.
    /// </summary>
    public static BigRational ParseExact(string where, string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length > MaxNumberLength)
        {
            throw new UsageException(Invariant($"{where}: '{trimmed.Substring(0, 24)}...' ({trimmed.Length} characters) is too long for a number (at most {MaxNumberLength})"));
        }

        if (!BigRational.TryParse(trimmed, out var value, out string reason))
        {
            throw new UsageException($"{where}: {reason}");
        }

        if (BigInteger.Abs(value.Numerator) >= DigitLimit || value.Denominator >= DigitLimit)
        {
            throw new UsageException(Invariant($"{where}: '{trimmed}' has too many digits for exact work (at most {MaxDigits} in numerator and denominator)"));
        }

        return value;
    }
}
