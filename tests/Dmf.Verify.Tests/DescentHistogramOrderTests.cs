using Dmf.Symbolic.Exact;
using Dmf.Verify.Descent;
using Dmf.Verify.Instance;

namespace Dmf.Verify.Tests;

/// <summary>A histogram's rows with equal counts are ordered by what they reached, read from the types' labels, not their text.</summary>
public class DescentHistogramOrderTests
{
    [Fact]
    public void Ties_order_types_by_their_labels_then_failures_by_name_as_the_printed_rows_read()
    {
        // L = 3, three values above y_crit: every index takes 0, x+ or x-.
        var lambdas = new[] { new BigRational(1, 2), new BigRational(4, 5), new BigRational(6, 5) };
        var instance = DmfInstance.FromSingularValues(new[] { 3, 3, 3, 3 }, lambdas, new[] { new BigRational(2), new BigRational(9, 5), new BigRational(8, 5) });
        var reached = instance.Types().Enumerate(limit: 200).Select(t => new ReachedType(t.ToString(), t, null, 1))
            .Concat(new[] { "unidentified", "diverged", "did not converge" }.Select(p => new ReachedType(p, null, null, 1)))
            .Reverse()
            .ToList();
        Assert.True(reached.Count > 20, reached.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var byLabels = reached.OrderBy(r => r, Comparer<ReachedType>.Create(ReachedType.CompareByWhat)).Select(r => r.Key).ToList();
        var byText = reached.Select(r => r.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(byText, byLabels);
    }
}
