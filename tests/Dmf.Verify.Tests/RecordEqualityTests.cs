using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>Records holding lists compare by value: two separately built equal values are equal, with equal hashes.</summary>
public class RecordEqualityTests
{
    [Fact]
    public void Terms_built_twice_are_equal_and_hash_alike()
    {
        SmtTerm Build() => Terms.And(Terms.Less(Terms.Real("x"), Terms.Number(2)), Terms.Greater(Terms.Multiply(Terms.Real("x"), Terms.Real("x")), Terms.Number(1)));
        var (a, b) = (Build(), Build());
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Terms.And(Terms.Less(Terms.Real("x"), Terms.Number(3))));
    }

    [Fact]
    public void Classifications_and_corollaries_compare_their_lists_by_value()
    {
        var a = new Classification(PointClass.StrictSaddle, ClassificationRule.OrderingViolated, new List<int> { 1, 2 }, "why");
        var b = new Classification(PointClass.StrictSaddle, ClassificationRule.OrderingViolated, new[] { 1, 2 }, "why");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Indices = new[] { 2, 1 } });
        Assert.Equal(new Corollary(new[] { "e1", "e2" }, "w"), new Corollary(new List<string> { "e1", "e2" }, "w"));
    }
}
