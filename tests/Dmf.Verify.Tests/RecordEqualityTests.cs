using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>
/// Records holding lists compare by value: two separately built equal values are equal, with equal hashes — and every
/// record of Dmf.Verify that holds a list or an array does (the compiler's Equals would compare the references).
/// </summary>
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

    // Working state, not a value: the descent's start holds a kernel workspace; a claim holds its exact check as a delegate.
    private static readonly string[] NotValues = { "DescentStart", "Claim" };

    [Fact]
    public void Every_record_that_holds_a_list_compares_it_by_value()
    {
        var missing = typeof(CriticalPointType).Assembly.GetTypes()
            .Where(t => t.GetMethod("<Clone>$") is not null && !NotValues.Contains(t.Name))
            .Where(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Any(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.GetMethod?.IsDefined(typeof(CompilerGeneratedAttribute)) == true))
            .Where(t => t.GetMethod("Equals", new[] { t })?.IsDefined(typeof(CompilerGeneratedAttribute)) != false)
            .Select(t => t.FullName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, "records comparing lists by reference: " + string.Join(", ", missing));
    }

    [Fact]
    public void Equal_lists_make_equal_records()
    {
        var a = new LandscapeVerdicts(false, new List<int> { 1, 2 }, false);
        var b = new LandscapeVerdicts(false, new[] { 1, 2 }, false);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { OffendingIndices = new[] { 2, 1 } });
    }
}
