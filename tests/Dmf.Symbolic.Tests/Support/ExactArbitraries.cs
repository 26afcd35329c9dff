using System.Numerics;
using Dmf.Symbolic.Exact;
using FsCheck;
using FsCheck.Fluent;

namespace Dmf.Symbolic.Tests.Support;

/// <summary>FsCheck generators for the exact types: small values often, huge values sometimes.</summary>
public static class ExactArbitraries
{
    /// <summary>Fixed seed for every property in this project, so runs are reproducible.</summary>
    public const string Seed = "20261123,97";

    public static Gen<BigInteger> Integers =>
        Gen.Frequency(
            (6, Gen.Choose(-20, 20).Select(i => new BigInteger(i))),
            (3, Gen.Choose(int.MinValue, int.MaxValue).Select(i => new BigInteger(i))),
            (1, from high in Gen.Choose(int.MinValue, int.MaxValue)
                from low in Gen.Choose(int.MinValue, int.MaxValue)
                from shift in Gen.Choose(32, 400)
                select (new BigInteger(high) << shift) + low));

    public static Gen<BigInteger> PositiveIntegers => Integers.Select(i => BigInteger.Abs(i) + BigInteger.One);

    public static Gen<BigRational> Rationals =>
        from numerator in Integers
        from denominator in PositiveIntegers
        select new BigRational(numerator, denominator);

    /// <summary>Rationals with small numerators and denominators (for polynomial coefficients and roots).</summary>
    public static Gen<BigRational> SmallRationals =>
        from numerator in Gen.Choose(-12, 12)
        from denominator in Gen.Choose(1, 6)
        select new BigRational(numerator, denominator);

    public static Gen<Polynomial> Polynomials =>
        from degree in Gen.Choose(0, 6)
        from coefficients in SmallRationals.ArrayOf(degree + 1)
        select Polynomial.FromCoefficients(coefficients);

    public static Arbitrary<BigRational> BigRationalArbitrary() => Arb.From(Rationals);

    public static Arbitrary<Polynomial> PolynomialArbitrary() => Arb.From(Polynomials);

    public static Arbitrary<RootedPolynomial> RootedPolynomialArbitrary() => Arb.From(RootedPolynomial.Generator);
}

/// <summary>
/// A polynomial built from known parts: Π (x − r_i)^{m_i} · Π (x² + c_k), c_k &gt; 0, times a nonzero constant.
/// Its real roots are exactly the distinct r_i with multiplicities m_i.
/// </summary>
public sealed record RootedPolynomial(Polynomial Polynomial, IReadOnlyList<(BigRational Root, int Multiplicity)> Roots)
{
    public static Gen<RootedPolynomial> Generator =>
        from rootCount in Gen.Choose(0, 4)
        from roots in ExactArbitraries.SmallRationals.ArrayOf(rootCount)
        from multiplicities in Gen.Choose(1, 3).ArrayOf(rootCount)
        from quadraticCount in Gen.Choose(0, 2)
        from offsets in Gen.Choose(1, 9).ArrayOf(quadraticCount)
        from lead in Gen.Choose(1, 5)
        from leadSign in Gen.Elements(-1, 1)
        select Build(roots, multiplicities, offsets, lead * leadSign);

    private static RootedPolynomial Build(BigRational[] roots, int[] multiplicities, int[] offsets, int lead)
    {
        var product = Polynomial.Constant(lead);
        var distinct = new SortedDictionary<BigRational, int>();
        for (int i = 0; i < roots.Length; i++)
        {
            product *= Polynomial.Pow(Polynomial.X - Polynomial.Constant(roots[i]), multiplicities[i]);
            distinct.TryGetValue(roots[i], out int existing);
            distinct[roots[i]] = existing + multiplicities[i];
        }

        foreach (int c in offsets)
        {
            product *= Polynomial.FromCoefficients(c, 0, 1);
        }

        return new RootedPolynomial(product, distinct.Select(pair => (pair.Key, pair.Value)).ToList());
    }

    public override string ToString() => Polynomial.ToString();
}
