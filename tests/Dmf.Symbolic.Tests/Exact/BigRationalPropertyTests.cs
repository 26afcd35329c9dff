using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Tests.Support;
using FsCheck.Xunit;

namespace Dmf.Symbolic.Tests.Exact;

/// <summary>Field axioms and order laws for BigRational, on generated values (fixed seed).</summary>
[Properties(Arbitrary = new[] { typeof(ExactArbitraries) }, Replay = ExactArbitraries.Seed, MaxTest = 300)]
public class BigRationalPropertyTests
{
    [Property]
    public bool Addition_is_commutative_and_associative(BigRational a, BigRational b, BigRational c) =>
        a + b == b + a && (a + b) + c == a + (b + c);

    [Property]
    public bool Multiplication_is_commutative_and_associative(BigRational a, BigRational b, BigRational c) =>
        a * b == b * a && (a * b) * c == a * (b * c);

    [Property]
    public bool Multiplication_distributes_over_addition(BigRational a, BigRational b, BigRational c) =>
        a * (b + c) == a * b + a * c;

    [Property]
    public bool Identities_and_inverses(BigRational a) =>
        a + BigRational.Zero == a && a * BigRational.One == a && a + (-a) == BigRational.Zero &&
        (a.IsZero || a * a.Reciprocal() == BigRational.One) && a - a == BigRational.Zero;

    [Property]
    public bool Division_inverts_multiplication(BigRational a, BigRational b) => b.IsZero || (a * b) / b == a;

    [Property]
    public bool Results_are_normalized(BigRational a, BigRational b)
    {
        var r = a * b + a / (b.IsZero ? BigRational.One : b);
        return r.Denominator.Sign > 0 && System.Numerics.BigInteger.GreatestCommonDivisor(r.Numerator, r.Denominator).IsOne;
    }

    [Property]
    public bool Order_is_compatible_with_addition(BigRational a, BigRational b, BigRational c) =>
        a.CompareTo(b) == (a + c).CompareTo(b + c);

    [Property]
    public bool Floor_brackets_the_value(BigRational a)
    {
        var floor = new BigRational(BigRational.Floor(a));
        var ceiling = new BigRational(BigRational.Ceiling(a));
        return floor <= a && a < floor + 1 && ceiling >= a && ceiling - 1 < a;
    }

    [Property]
    public bool Text_round_trips(BigRational a) =>
        BigRational.Parse(a.ToString()) == a && BigRational.Parse(a.ToExactString()) == a;

    [Property]
    public bool ToDouble_is_a_nearest_double(BigRational a)
    {
        double d = a.ToDouble();
        if (double.IsInfinity(d) || d == 0.0)
        {
            return true;
        }

        // No double is closer: the neighbours are at least as far away, exactly.
        var exact = BigRational.FromDouble(d);
        var error = BigRational.Abs(exact - a);
        double up = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(d) + 1);
        double down = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(d) - 1);
        return (double.IsInfinity(up) || BigRational.Abs(BigRational.FromDouble(up) - a) >= error) &&
               (double.IsInfinity(down) || BigRational.Abs(BigRational.FromDouble(down) - a) >= error);
    }

    [Property]
    public bool Decimal_text_is_within_half_a_unit(BigRational a)
    {
        const int digits = 7;
        var printed = BigRational.Parse(a.ToDecimalString(digits));
        return BigRational.Abs(printed - a) <= new BigRational(1, 2 * 10_000_000);
    }
}
