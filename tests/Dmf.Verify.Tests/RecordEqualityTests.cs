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

    /// <summary>
    /// A hand-written Equals compares every member: for each record that writes its own, an instance whose fields all hold
    /// a value and a copy that differs in one field only must be unequal (a member left out of Equals — added later, say —
    /// fails here). Fields of a type the test cannot fill are passed over; most are checked.
    /// </summary>
    [Fact]
    public void A_hand_written_equality_takes_every_member_into_account()
    {
        var forgotten = new List<string>();
        int checkedFields = 0;
        var records = typeof(CriticalPointType).Assembly.GetTypes()
            .Where(t => t.GetMethod("<Clone>$") is not null && !NotValues.Contains(t.Name) && !t.IsAbstract && !t.ContainsGenericParameters)
            .Where(t => t.GetMethod("Equals", new[] { t })?.IsDefined(typeof(CompilerGeneratedAttribute)) == false);
        foreach (var type in records)
        {
            var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).ToList();
            var filled = RuntimeHelpers.GetUninitializedObject(type);
            foreach (var field in fields)
            {
                if (Values(field.FieldType) is { } values)
                {
                    field.SetValue(filled, values.First);
                }
            }

            foreach (var field in fields)
            {
                if (Values(field.FieldType) is not { } values)
                {
                    continue;
                }

                var changed = type.GetMethod("<Clone>$")!.Invoke(filled, null)!;
                field.SetValue(changed, values.Second);
                try
                {
                    if (filled.Equals(changed) || changed.Equals(filled))
                    {
                        forgotten.Add(type.Name + "." + field.Name);
                    }

                    checkedFields++;
                }
                catch (TargetInvocationException)
                {
                }
                catch (NullReferenceException)
                {
                }
            }
        }

        Assert.True(forgotten.Count == 0, "members left out of a record's Equals: " + string.Join(", ", forgotten));
        Assert.True(checkedFields >= 100, checkedFields.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // Two different values of a field's type, or null when the test cannot make them.
    private static (object? First, object? Second)? Values(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return ("a", "b");
        }

        if (underlying == typeof(bool))
        {
            return (false, true);
        }

        if (underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(double) || underlying.IsEnum)
        {
            return underlying.IsEnum ? (Enum.ToObject(underlying, 0), Enum.ToObject(underlying, 1)) : (Convert.ChangeType(1, underlying, System.Globalization.CultureInfo.InvariantCulture), Convert.ChangeType(2, underlying, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (underlying == typeof(Dmf.Symbolic.Exact.BigRational))
        {
            return (Dmf.Symbolic.Exact.BigRational.One, new Dmf.Symbolic.Exact.BigRational(2));
        }

        if (underlying.IsArray)
        {
            int rank = underlying.GetArrayRank();
            return (Array.CreateInstance(underlying.GetElementType()!, Enumerable.Repeat(1, rank).ToArray()), Array.CreateInstance(underlying.GetElementType()!, Enumerable.Repeat(2, rank).ToArray()));
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = underlying.GetGenericArguments()[0];
            return (Array.CreateInstance(element, 1), Array.CreateInstance(element, 2));
        }

        if (underlying.IsClass && !underlying.IsAbstract && underlying != typeof(object) && !typeof(Delegate).IsAssignableFrom(underlying) && !underlying.ContainsGenericParameters)
        {
            return (RuntimeHelpers.GetUninitializedObject(underlying), null);
        }

        return null;
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
