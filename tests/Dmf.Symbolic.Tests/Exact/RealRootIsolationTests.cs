using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Tests.Support;
using FsCheck.Xunit;

namespace Dmf.Symbolic.Tests.Exact;

public class RealRootIsolationTests
{
    [Fact]
    public void Roots_with_multiplicities_in_increasing_order()
    {
        // (x^2 - 2)(x - 1)^2(x^3 + 3): roots -3^(1/3), -√2, 1 (double), √2.
        var p = Polynomial.FromCoefficients(-2, 0, 1) * Polynomial.Pow(Polynomial.FromCoefficients(-1, 1), 2) * Polynomial.FromCoefficients(3, 0, 0, 1);
        var roots = RealRootIsolation.Isolate(p);
        Assert.Equal(new[] { "-1.442250", "-1.414214", "1.000000", "1.414214" }, roots.Select(r => r.Value.ToDecimalString(6)));
        Assert.Equal(new[] { 1, 1, 2, 1 }, roots.Select(r => r.Multiplicity));
        Assert.True(roots[2].Value.TryGetRational(out var one));
        Assert.Equal(BigRational.One, one);
    }

    [Fact]
    public void Polynomials_without_real_roots_and_constants()
    {
        Assert.Empty(RealRootIsolation.Isolate(Polynomial.FromCoefficients(1, 0, 1)));
        Assert.Empty(RealRootIsolation.Isolate(Polynomial.Constant(7)));
        Assert.Throws<ArgumentException>(() => RealRootIsolation.Isolate(Polynomial.Zero));
    }

    [Fact]
    public void Close_roots_are_separated()
    {
        // Roots 1/1000 apart and a root exactly at 0.
        var p = Polynomial.X * Polynomial.FromCoefficients(new BigRational(-1000, 1000), 1) * Polynomial.FromCoefficients(new BigRational(-1001, 1000), 1)
                * Polynomial.FromCoefficients(-3, 0, 1);
        var roots = RealRootIsolation.Isolate(p);
        Assert.Equal(new[] { "-1.7320508", "0.0000000", "1.0000000", "1.0010000", "1.7320508" }, roots.Select(r => r.Value.ToDecimalString(7)));
    }

    [Fact]
    public void Wilkinson_like_polynomial_of_degree_twenty()
    {
        var p = Polynomial.One;
        for (int k = 1; k <= 20; k++)
        {
            p *= Polynomial.FromCoefficients(-k, 1);
        }

        // Perturb to make most roots irrational: p(x) - 1/2^23 x^19 (Wilkinson's perturbation is 2^-23).
        var roots = RealRootIsolation.Isolate(p);
        Assert.Equal(Enumerable.Range(1, 20).Select(k => (BigRational)k), roots.Select(r => { Assert.True(r.Value.TryGetRational(out var v)); return v; }));
        var perturbed = p - Polynomial.Monomial(BigRational.FromBinary(1, -23), 19);
        var perturbedRoots = RealRootIsolation.Isolate(perturbed);
        Assert.Equal(10, perturbedRoots.Count); // the classic result: ten real roots survive
    }

    [Property(Arbitrary = new[] { typeof(ExactArbitraries) }, Replay = ExactArbitraries.Seed, MaxTest = 120)]
    public bool Finds_exactly_the_known_roots_with_multiplicities(RootedPolynomial rooted)
    {
        var found = RealRootIsolation.Isolate(rooted.Polynomial);
        if (found.Count != rooted.Roots.Count)
        {
            return false;
        }

        for (int i = 0; i < found.Count; i++)
        {
            if (found[i].Value.CompareTo(rooted.Roots[i].Root) != 0 || found[i].Multiplicity != rooted.Roots[i].Multiplicity)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(ExactArbitraries) }, Replay = ExactArbitraries.Seed, MaxTest = 120)]
    public bool Every_isolating_interval_holds_one_sign_change_and_one_root(Polynomial p)
    {
        if (p.IsZero)
        {
            return true;
        }

        var sturm = SturmSequence.Create(p);
        var roots = RealRootIsolation.Isolate(p);
        if (roots.Count != sturm.CountAllRoots())
        {
            return false;
        }

        foreach (var root in roots)
        {
            var interval = root.Value.Interval;
            var factor = root.Value.DefiningPolynomial;
            if (interval.IsPoint)
            {
                if (p.SignAt(interval.Lower) != 0)
                {
                    return false;
                }

                continue;
            }

            bool oneSignChange = factor.SignAt(interval.Lower) * factor.SignAt(interval.Upper) < 0;
            if (!oneSignChange || sturm.CountRoots(interval.Lower, interval.Upper) != 1 || p.SignAt(interval.Lower) == 0 || p.SignAt(interval.Upper) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
