using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>The identity lemmas hold, and each comes out failing when its target is changed (the check can fail).</summary>
public class IdentityLemmaTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    public void Every_identity_lemma_holds(int depth)
    {
        var lemmas = IdentityLemmas.For(depth);
        Assert.Equal(depth == 2 ? 5 : 4, lemmas.Count);
        Assert.All(lemmas, lemma => Assert.Null(lemma.Check()));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void A_changed_curvature_target_fails(int depth)
    {
        Assert.Contains("is not 0", CurvatureIdentities.BalancedScalingFailure(depth, targetScale: 2));
        Assert.Contains("not a multiple", CurvatureIdentities.SwapFailure(depth, targetScale: 2));
        Assert.Contains("not a multiple", CurvatureIdentities.OwnBlockFailure(depth, targetScale: 2));
        Assert.Contains("not a multiple", CurvatureIdentities.SwapFailure(depth, targetScale: -1));
    }

    [Fact]
    public void A_form_that_is_not_weighted_homogeneous_is_named()
    {
        var p = MultivariatePolynomial.Variable(2, 0).Power(2).Add(MultivariatePolynomial.Variable(2, 1));
        Assert.Null(CurvatureIdentities.HomogeneityFailure(p, new[] { 1, 2 }, 2));
        Assert.Contains("weighted degrees 1, 2", CurvatureIdentities.HomogeneityFailure(p, new[] { 1, 1 }, 2));
    }

    [Fact]
    public void The_root_relation_normal_form_is_zero_exactly_on_the_ideal()
    {
        var fOverX = ScalarTheory.FOverX(3);
        var s = ScalarTheory.Variable(ScalarTheory.S);
        var lambda = ScalarTheory.Variable(ScalarTheory.Lambda);
        var member = fOverX.Multiply(s.Add(ScalarTheory.Variable(ScalarTheory.X))).Add(s.Multiply(s).Subtract(lambda).Multiply(ScalarTheory.Variable(ScalarTheory.Y)));
        Assert.True(IdentityLemmas.ModuloRootRelation(member, 3).IsZero);
        Assert.False(IdentityLemmas.ModuloRootRelation(member.Add(s), 3).IsZero);
        Assert.False(IdentityLemmas.ModuloRootRelation(ScalarTheory.FDerivative(3), 3).IsZero);
    }

    [Fact]
    public void Remainder_by_a_monic_divisor_is_exact_and_refuses_a_non_monic_one()
    {
        var x = MultivariatePolynomial.Variable(2, 0);
        var y = MultivariatePolynomial.Variable(2, 1);
        var divisor = x.Power(2).Subtract(y);
        var p = divisor.Multiply(x.Add(y)).Add(x.Scale(3)).Add(y);
        var remainder = p.RemainderByMonic(0, divisor);
        Assert.True(remainder.Subtract(x.Scale(3).Add(y)).IsZero);
        Assert.Throws<ArgumentException>(() => p.RemainderByMonic(0, divisor.Scale(2)));
        Assert.Throws<ArgumentException>(() => p.RemainderByMonic(0, x.Power(2).Multiply(y).Add(y)));
    }

    [Fact]
    public void Compose_substitutes_polynomials_for_variables()
    {
        var x = MultivariatePolynomial.Variable(2, 0);
        var y = MultivariatePolynomial.Variable(2, 1);
        var p = x.Multiply(x).Add(x.Multiply(y).Scale(3));
        var t = MultivariatePolynomial.Variable(1, 0);
        var one = MultivariatePolynomial.Constant(1, BigRational.One);
        var composed = p.Compose(new[] { t.Add(one), t.Multiply(t) });
        // (t + 1)^2 + 3 (t + 1) t^2 = 3t^3 + 4t^2 + 2t + 1
        var expected = t.Power(3).Scale(3).Add(t.Power(2).Scale(4)).Add(t.Scale(2)).Add(one);
        Assert.True(composed.Subtract(expected).IsZero);
        Assert.Throws<ArgumentException>(() => p.Compose(new[] { t }));
    }
}
