using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Landscape;

/// <summary>
/// The indices of Y that share one singular value y, with the positive roots of f(·; y). Indices in a group are
/// interchangeable: a critical-point type only records how many of them take each root.
/// </summary>
/// <param name="Y">The shared singular value.</param>
/// <param name="Indices">The 0-based indices j with y_j = Y, increasing.</param>
/// <param name="Roots">The positive roots of f(·; Y), increasing, with labels and threshold relations.</param>
public sealed record SingularValueGroup(BigRational Y, IReadOnlyList<int> Indices, ScalarRootSet Roots)
{
    /// <summary>How many indices share the value.</summary>
    public int Multiplicity => Indices.Count;

    /// <summary>How many positive roots an index of this group can take (0, 1 or 2).</summary>
    public int RootCount => Roots.PositiveRoots.Count;
}
