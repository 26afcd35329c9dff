using System.Globalization;
using System.Numerics;
using Dmf.Symbolic.Exact;

namespace Dmf.Symbolic.Tests.Exact;

public class BigRationalTests
{
    [Theory]
    [InlineData("3/4", "3", "4")]
    [InlineData("-2", "-2", "1")]
    [InlineData("0.125", "1", "8")]
    [InlineData("1.5e-3", "3", "2000")]
    [InlineData("6/-8", "-3", "4")]
    [InlineData("  -0.50  ", "-1", "2")]
    [InlineData(".5", "1", "2")]
    [InlineData("2E+4", "20000", "1")]
    [InlineData("+7/21", "1", "3")]
    [InlineData("0/5", "0", "1")]
    [InlineData("-0.0", "0", "1")]
    public void Parse_is_exact_and_normalized(string text, string numerator, string denominator)
    {
        var value = BigRational.Parse(text);
        Assert.Equal(BigInteger.Parse(numerator), value.Numerator);
        Assert.Equal(BigInteger.Parse(denominator), value.Denominator);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("inf")]
    [InlineData("1/0")]
    [InlineData("1/")]
    [InlineData("/2")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("1e999999")]
    [InlineData("--1")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("1/2/3")]
    public void Parse_rejects_malformed_text_naming_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => BigRational.Parse(text));
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(BigRational.TryParse(text, out _));
    }

    [Fact]
    public void Default_value_is_zero_over_one()
    {
        BigRational value = default;
        Assert.True(value.IsZero);
        Assert.Equal(BigInteger.One, value.Denominator);
        Assert.Equal(BigRational.Zero, value);
        Assert.Equal("0", value.ToString());
    }

    [Fact]
    public void A_decimal_is_never_read_through_a_double()
    {
        // 0.1 is not a double; the exact value must be 1/10.
        Assert.Equal(new BigRational(1, 10), BigRational.Parse("0.1"));
        var longDecimal = BigRational.Parse("0.12345678901234567890123456789");
        Assert.Equal(BigInteger.Parse("12345678901234567890123456789"), longDecimal.Numerator);
    }

    [Fact]
    public void Division_by_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => BigRational.One / BigRational.Zero);
        Assert.Throws<DivideByZeroException>(() => new BigRational(1, 0));
        Assert.Throws<DivideByZeroException>(() => BigRational.Pow(BigRational.Zero, -1));
    }

    [Theory]
    [InlineData("7/2", 3, 4)]
    [InlineData("-7/2", -4, -3)]
    [InlineData("5", 5, 5)]
    [InlineData("-5", -5, -5)]
    [InlineData("1/3", 0, 1)]
    [InlineData("-1/3", -1, 0)]
    public void Floor_and_ceiling(string text, int floor, int ceiling)
    {
        var value = BigRational.Parse(text);
        Assert.Equal(new BigInteger(floor), BigRational.Floor(value));
        Assert.Equal(new BigInteger(ceiling), BigRational.Ceiling(value));
    }

    [Fact]
    public void Pow_handles_negative_exponents_and_zero()
    {
        Assert.Equal(new BigRational(8, 27), BigRational.Pow(new BigRational(2, 3), 3));
        Assert.Equal(new BigRational(9, 4), BigRational.Pow(new BigRational(2, 3), -2));
        Assert.Equal(BigRational.One, BigRational.Pow(BigRational.Zero, 0));
        Assert.Equal(new BigRational(-1, 8), BigRational.Pow(new BigRational(-1, 2), 3));
    }

    [Theory]
    [InlineData("0.125", 2, "0.13")]
    [InlineData("-0.125", 2, "-0.13")]
    [InlineData("2/3", 5, "0.66667")]
    [InlineData("-2/3", 5, "-0.66667")]
    [InlineData("-1/1000", 2, "0.00")]
    [InlineData("123456789/1000", 1, "123456.8")]
    [InlineData("5", 3, "5.000")]
    [InlineData("1/7", 0, "0")]
    [InlineData("7/2", 0, "4")]
    public void ToDecimalString_rounds_half_away_from_zero(string text, int digits, string expected) =>
        Assert.Equal(expected, BigRational.Parse(text).ToDecimalString(digits));

    [Theory]
    [InlineData("1.6", "1.6")]
    [InlineData("-3/8", "-0.375")]
    [InlineData("1/3", "1/3")]
    [InlineData("12/25", "0.48")]
    [InlineData("7", "7")]
    public void ToExactString_prefers_a_finite_decimal(string text, string expected)
    {
        var value = BigRational.Parse(text);
        Assert.Equal(expected, value.ToExactString());
        Assert.Equal(value, BigRational.Parse(value.ToExactString()));
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("1e308")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("1.7976931348623159e308")]
    [InlineData("1e309")]
    [InlineData("4.9406564584124654e-324")]
    [InlineData("2.4703282292062327e-324")]
    [InlineData("2.4703282292062328e-324")]
    [InlineData("2.2250738585072011e-308")]
    [InlineData("2.2250738585072014e-308")]
    [InlineData("9007199254740993")]
    [InlineData("9007199254740995")]
    [InlineData("1e-400")]
    [InlineData("-123.456e-7")]
    [InlineData("0.3333333333333333333333333333333333333")]
    public void ToDouble_is_correctly_rounded(string text)
    {
        // .NET's double.Parse is IEEE correctly rounded (since .NET Core 3.0): an independent reference.
        double expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(expected, BigRational.Parse(text).ToDouble());
    }

    [Fact]
    public void ToDouble_of_huge_fractions_and_ties()
    {
        var hugeNumerator = BigInteger.Pow(10, 400) + 1;
        var hugeDenominator = BigInteger.Pow(10, 399);
        Assert.Equal(10.0, new BigRational(hugeNumerator, hugeDenominator).ToDouble());

        // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: ties go to the even mantissa (2^53).
        Assert.Equal(9007199254740992.0, new BigRational((BigInteger.One << 53) + 1).ToDouble());
        Assert.Equal(9007199254740996.0, new BigRational((BigInteger.One << 53) + 3).ToDouble());
        Assert.Equal(double.PositiveInfinity, new BigRational(BigInteger.Pow(10, 400)).ToDouble());
        Assert.Equal(0.0, new BigRational(BigInteger.One, BigInteger.Pow(10, 400)).ToDouble());
        Assert.Equal(-1.0 / 3.0, new BigRational(-1, 3).ToDouble());
    }

    [Fact]
    public void FromDouble_is_exact_and_round_trips()
    {
        foreach (double d in new[] { 0.1, -2.5, double.Epsilon, double.MaxValue, 1e-310, 123456.789 })
        {
            Assert.Equal(d, BigRational.FromDouble(d).ToDouble());
        }

        Assert.Equal(BigRational.FromBinary(BigInteger.One, -1074), BigRational.FromDouble(double.Epsilon));
        Assert.Throws<ArgumentException>(() => BigRational.FromDouble(double.NaN));
    }

    [Fact]
    public void Comparison_orders_mixed_signs_and_fractions()
    {
        var values = new[] { "3/2", "-7/3", "0", "1.4999", "-2.3333", "1.5" }.Select(BigRational.Parse).OrderBy(x => x).ToList();
        Assert.Equal(new[] { "-7/3", "-23333/10000", "0", "14999/10000", "3/2", "3/2" }, values.Select(v => v.ToString()));
    }
}
