using System.Numerics;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dmf.Symbolic.Tests.Exact;

public class AlgebraicNumberTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(200)]
    public void Newton_refinement_keeps_the_root_bracketed_to_any_width(int degree)
    {
        // x^degree - 3x + 1 (square-free): every real root refined to 2^-2000; the ends keep opposite signs, and sqrt(2)'s
        // digits agree with an integer square root.
        var p = Polynomial.FromCoefficients(new[] { BigRational.One, new BigRational(-3) }.Concat(Enumerable.Repeat(BigRational.Zero, degree - 2)).Append(BigRational.One).ToArray());
        var width = BigRational.FromBinary(1, -2000);
        foreach (var root in RealRootIsolation.IsolateSquareFree(p))
        {
            var refined = root.Refine(width);
            var interval = refined.Interval;
            Assert.True(interval.Upper - interval.Lower <= width);
            Assert.True(interval.Lower == interval.Upper || p.SignAt(interval.Lower) * p.SignAt(interval.Upper) < 0);
            Assert.True(root.Interval.Lower <= interval.Lower && interval.Upper <= root.Interval.Upper);
        }

        string digits = Sqrt(2).ToDecimalString(500);
        var integerRoot = IntegerSquareRoot(2 * BigInteger.Pow(10, 1002));
        Assert.Equal(502, digits.Length);
        Assert.Equal("1." + integerRoot.ToString()[1..500], digits[..501]); // the last digit is rounded, the others truncate alike
    }

    private static BigInteger IntegerSquareRoot(BigInteger n)
    {
        var x = BigInteger.One << (int)((n.GetBitLength() / 2) + 1);
        while (true)
        {
            var y = (x + (n / x)) / 2;
            if (y >= x)
            {
                return x;
            }

            x = y;
        }
    }

    private static AlgebraicNumber Sqrt(int n) => AlgebraicNumber.Create(Polynomial.FromCoefficients(-n, 0, 1), 0, n + 1);

    [Fact]
    public void Create_validates_the_interval_exactly()
    {
        var p = Polynomial.FromCoefficients(-2, 0, 1);
        Assert.Throws<ArgumentException>(() => AlgebraicNumber.Create(p, -2, 2));  // two roots
        Assert.Throws<ArgumentException>(() => AlgebraicNumber.Create(p, 2, 3));   // none
        Assert.Throws<ArgumentException>(() => AlgebraicNumber.Create(p, 3, 2));   // empty
        Assert.Throws<ArgumentException>(() => AlgebraicNumber.Create(Polynomial.Zero, 0, 1));
        var sqrt2 = AlgebraicNumber.Create(p, 1, 2);
        Assert.Equal("1.41421356237309504880", sqrt2.ToDecimalString(20));
    }

    [Fact]
    public void A_root_on_the_closed_interval_end_is_rational()
    {
        var p = Polynomial.FromCoefficients(-4, 0, 1);
        var two = AlgebraicNumber.Create(p, 2, 3);
        Assert.True(two.TryGetRational(out var value));
        Assert.Equal((BigRational)2, value);
    }

    [Fact]
    public void The_same_number_from_different_polynomials_is_equal()
    {
        // √2 as a root of x^2 - 2 and of x^4 - 4 = (x^2 - 2)(x^2 + 2), and of (x^2 - 2)(x - 3).
        var a = Sqrt(2);
        var b = AlgebraicNumber.Create(Polynomial.FromCoefficients(-4, 0, 0, 0, 1), 1, 2);
        var c = AlgebraicNumber.Create(Polynomial.FromCoefficients(-2, 0, 1) * Polynomial.FromCoefficients(-3, 1), 0, 2);
        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a == c);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Sqrt(3));
    }

    [Fact]
    public void Comparisons_with_rationals_and_other_algebraic_numbers()
    {
        var sqrt2 = Sqrt(2);
        Assert.True(sqrt2.CompareTo(new BigRational(141421356, 100000000)) > 0);
        Assert.True(sqrt2.CompareTo(new BigRational(141421357, 100000000)) < 0);
        Assert.True(sqrt2 < Sqrt(3));
        Assert.Equal(1, sqrt2.Sign);
        Assert.Equal(-1, AlgebraicNumber.Create(Polynomial.FromCoefficients(-2, 0, 1), -2, 0).Sign);
        Assert.Equal(0, AlgebraicNumber.FromRational(0).Sign);

        // Two very close numbers: √2 and 1.41421356237309504880168872420969807857 (truncated, smaller).
        var truncated = BigRational.Parse("1.41421356237309504880168872420969807856");
        Assert.True(sqrt2.CompareTo(AlgebraicNumber.FromRational(truncated)) > 0);
    }

    [Fact]
    public void SignOf_a_polynomial_at_the_number()
    {
        var sqrt2 = Sqrt(2);
        Assert.Equal(0, sqrt2.SignOf(Polynomial.FromCoefficients(-4, 0, 0, 0, 1)));     // x^4 - 4 vanishes
        Assert.Equal(-1, sqrt2.SignOf(Polynomial.FromCoefficients(-3, 0, 1)));          // x^2 - 3 < 0
        Assert.Equal(-1, sqrt2.SignOf(Polynomial.FromCoefficients(-99, 70)));           // 70x - 99 < 0 (√2 < 99/70 = 1.41428…)
        Assert.Equal(1, sqrt2.SignOf(Polynomial.FromCoefficients(-140, 99)));           // 99x - 140 > 0 (140/99 = 1.41414… < √2)
        Assert.Equal(1, sqrt2.SignOf(Polynomial.Constant(5)));
    }

    [Fact]
    public void Refine_narrows_without_changing_the_number()
    {
        var sqrt2 = Sqrt(2);
        var refined = sqrt2.Refine(BigRational.FromBinary(1, -100));
        Assert.True(refined.Interval.Width <= BigRational.FromBinary(1, -100));
        Assert.Equal(sqrt2, refined);
        Assert.Throws<ArgumentOutOfRangeException>(() => sqrt2.Refine(0));
    }

    [Fact]
    public void ToDouble_is_the_nearest_double()
    {
        Assert.Equal(Math.Sqrt(2), Sqrt(2).ToDouble());
        Assert.Equal(Math.Sqrt(3), Sqrt(3).ToDouble());
        Assert.Equal(-Math.Cbrt(3), AlgebraicNumber.Create(Polynomial.FromCoefficients(3, 0, 0, 1), -2, -1).ToDouble());
    }

    [Fact]
    public void Decimal_rounding_when_the_number_sits_on_a_rounding_boundary()
    {
        // 1/8 = 0.125 as a root of the square-free (8x - 1)(x^2 - 2): with 2 digits it is a tie, rounded away from zero.
        var p = Polynomial.FromCoefficients(-1, 8) * Polynomial.FromCoefficients(-2, 0, 1);
        var eighth = AlgebraicNumber.Create(p, 0, 1);
        Assert.Equal("0.13", eighth.ToDecimalString(2));
        Assert.Equal("0.125000", eighth.ToDecimalString(6));
        Assert.Equal(0.125, eighth.ToDouble());
    }

    [Fact]
    public void Floor_and_ceiling_are_exact()
    {
        Assert.Equal(new BigInteger(1), Sqrt(2).Floor());
        Assert.Equal(new BigInteger(2), Sqrt(2).Ceiling());
        var two = AlgebraicNumber.Create(Polynomial.FromCoefficients(-4, 0, 1) * Polynomial.FromCoefficients(-5, 0, 1), new BigRational(3, 2), new BigRational(21, 10));
        Assert.Equal(new BigInteger(2), two.Floor());
        Assert.Equal(new BigInteger(2), two.Ceiling());
        var negative = AlgebraicNumber.Create(Polynomial.FromCoefficients(-2, 0, 1), -2, 0);
        Assert.Equal(new BigInteger(-2), negative.Floor());
        Assert.Equal(new BigInteger(-1), negative.Ceiling());
    }

    [Fact]
    public void Many_digits_are_all_correct()
    {
        // √2 to 60 digits (reference: OEIS A002193).
        Assert.Equal("1.414213562373095048801688724209698078569671875376948073176680", Sqrt(2).ToDecimalString(60));
    }

    public static Arbitrary<AlgebraicNumber[]> AlgebraicPairs() =>
        Arb.From(
            from rooted in RootedPolynomial.Generator
            from offset in Gen.Choose(1, 30)
            from scale in Gen.Choose(1, 5)
            select Pick(rooted.Polynomial, offset, scale));

    private static AlgebraicNumber[] Pick(Polynomial rooted, int offset, int scale)
    {
        // Mix rational roots with irrational ones: roots of rooted(x)·(scale·x² − offset).
        var p = rooted * Polynomial.FromCoefficients(-offset, 0, scale);
        return RealRootIsolation.Isolate(p).Select(r => r.Value).ToArray();
    }

    [Property(Arbitrary = new[] { typeof(AlgebraicNumberTests) }, Replay = ExactArbitraries.Seed, MaxTest = 100)]
    public bool Comparisons_agree_with_high_precision_refinement(AlgebraicNumber[] numbers)
    {
        var width = BigRational.FromBinary(1, -200);
        foreach (var a in numbers)
        {
            foreach (var b in numbers)
            {
                int exact = a.CompareTo(b);
                var ia = a.Refine(width).Interval;
                var ib = b.Refine(width).Interval;
                bool separated = ia.Upper < ib.Lower || ib.Upper < ia.Lower;
                int byIntervals = ia.Upper < ib.Lower ? -1 : ib.Upper < ia.Lower ? 1 : 0;
                if (exact != 0 ? (!separated || byIntervals != exact) : separated)
                {
                    return false;
                }

                if (exact == 0 && !ReferenceEquals(a, b))
                {
                    return false; // isolated roots of one polynomial are distinct
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(AlgebraicNumberTests) }, Replay = ExactArbitraries.Seed, MaxTest = 100)]
    public bool Decimal_text_brackets_the_number(AlgebraicNumber[] numbers)
    {
        foreach (var a in numbers)
        {
            var printed = BigRational.Parse(a.ToDecimalString(15));
            var halfUnit = new BigRational(1, 2 * BigInteger.Pow(10, 15));
            if (a.CompareTo(printed - halfUnit) < 0 || a.CompareTo(printed + halfUnit) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
