using System.Numerics;

namespace Dmf.Verify.Landscape;

/// <summary>
/// How many critical-point types of an instance fall in each class, exactly. <see cref="LocalMinimizers"/> includes the
/// global ones (as in the analyze report). Computed without enumerating all types: minimizers and non-strict saddles are
/// among the at most d_min + 1 ordered types (<see cref="CriticalPointTypes.EnumerateOrdered"/>), and every other type
/// is a strict saddle.
/// </summary>
public sealed record ClassCounts(BigInteger Total, BigInteger GlobalMinimizers, BigInteger LocalMinimizers, BigInteger StrictSaddles, BigInteger NonStrictSaddles)
{
    /// <summary>The counts for <paramref name="space"/>.</summary>
    public static ClassCounts For(CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(space);
        BigInteger global = 0, local = 0, nonStrict = 0;
        foreach (var type in space.EnumerateOrdered())
        {
            switch (CriticalPointClassifier.Classify(space, type).Class)
            {
                case PointClass.GlobalMinimizer:
                    global++;
                    local++;
                    break;
                case PointClass.LocalMinimizer:
                    local++;
                    break;
                case PointClass.NonStrictSaddle:
                    nonStrict++;
                    break;
            }
        }

        var total = space.Count();
        return new ClassCounts(total, global, local, total - local - nonStrict, nonStrict);
    }
}
