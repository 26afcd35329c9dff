using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>How many runs reached one type (or one failure), with the type's class.</summary>
public sealed record ReachedType(string Key, CriticalPointType? Type, Classification? Class, int Count)
{
    /// <summary>With a constant step: the minimizer's Hessian spectrum summary (null for saddles and failures, or beyond <see cref="HessianSpectra.MaxBlocks"/>).</summary>
    public HessianSharpness? Sharpness { get; init; }

    /// <summary>With a constant step: the minimizer's linear stability for that step.</summary>
    public LinearStability? Stability { get; init; }

    /// <summary>
    /// The order of a histogram's rows with equal counts: types before failures; types index by index, 0 before x*, x+ and
    /// x− (by their labels, not their printed text); failures by name.
    /// </summary>
    internal static int CompareByWhat(ReachedType a, ReachedType b)
    {
        if (a.Type is null || b.Type is null)
        {
            return a.Type is null && b.Type is null ? string.CompareOrdinal(a.Key, b.Key) : a.Type is null ? 1 : -1;
        }

        var (x, y) = (a.Type.LabelPerIndex(), b.Type.LabelPerIndex());
        for (int i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            int c = Rank(x[i]).CompareTo(Rank(y[i]));
            if (c != 0)
            {
                return c;
            }
        }

        return x.Count.CompareTo(y.Count);
    }

    private static int Rank(Dmf.Symbolic.Landscape.RootLabel? label) => label switch
    {
        null => 0,
        Dmf.Symbolic.Landscape.RootLabel.DoubleRoot => 1,
        Dmf.Symbolic.Landscape.RootLabel.SmallRoot => 3,
        _ => 2,
    };
}
