using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Numerics;

/// <summary>
/// The predicted number of zero eigenvalues of ∇²F at a critical point, derived from the symmetry group of F:
/// <list type="bullet">
/// <item><see cref="HiddenRotations"/> = Σ_{l=1}^{L−1} [C(d_l,2) − C(d_l−r,2)]: rotations of hidden layer l move the point
/// unless they fix the r-dimensional range of W_l, and the kernel of the combined action is ⊕ so(d_l − r).</item>
/// <item><see cref="DataRotations"/> = dim Stab(Y) − Σ_k C(n_k,2) − dim Stab(Y_c): rotations (R_U, R_V) with R_U Y R_Vᵀ = Y
/// (jointly inside each group of equal positive y, independently on the null spaces); those that act on active slots of
/// equal (σ, y) — n_k of them per class — coincide with hidden rotations, and those acting only on the unused part Y_c
/// fix the point. dim Stab(M) = Σ_g C(m_g,2) + C(rows − p, 2) + C(columns − p, 2) for p positive values of M.</item>
/// <item><see cref="ThresholdDirections"/>: flat directions that are not symmetries. L ≥ 3: C(n + 1, 2) for n active
/// slots at the double root x_* with one value y (scaling them by I + tS, S symmetric, is n balanced scalings up to
/// rotation, and g''(x_*) = 0; one per slot when the values differ). L = 2: (d_1 − r) per unused index with y = √λ (the free-slot
/// block λ_1a² + λ_2b² − 2y·ab is singular there).</item>
/// </list>
/// Derived in docs/analyze.md; the numeric check compares this with the count of eigenvalues inside the zero tolerance.
/// </summary>
public sealed record FlatDirections(int HiddenRotations, int DataRotations, int ThresholdDirections)
{
    /// <summary>The predicted number of zero eigenvalues.</summary>
    public int Total => HiddenRotations + DataRotations + ThresholdDirections;

    /// <summary>The prediction for the point with <paramref name="slots"/> of <paramref name="instance"/>.</summary>
    public static FlatDirections Predict(DmfInstance instance, IReadOnlyList<Slot> slots)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(slots);
        var widths = instance.Widths;
        int depth = instance.Depth;
        int dIn = widths[0], dOut = widths[depth];
        var active = slots.Where(s => s.Index is not null).ToList();
        int r = active.Count;

        int hidden = 0;
        for (int l = 1; l < depth; l++)
        {
            hidden += Pairs(widths[l]) - Pairs(widths[l] - r);
        }

        var y = instance.SingularValues;
        var used = new HashSet<int>(active.Select(s => s.Index!.Value));
        var all = Enumerable.Range(0, y.Count).ToList();
        var unused = all.Where(j => !used.Contains(j)).ToList();
        int stabilizer = Stabilizer(all.Select(j => y[j]).ToList(), dOut, dIn);
        int unusedStabilizer = Stabilizer(unused.Select(j => y[j]).ToList(), dOut - r, dIn - r);
        int activeClasses = active.GroupBy(s => (s.Label, s.Y)).Sum(g => Pairs(g.Count()));
        int data = stabilizer - activeClasses - unusedStabilizer;

        int threshold;
        if (depth == 2)
        {
            var space = instance.Types();
            int atThreshold = unused.Count(j => space.GroupOf(j).RelationToCritical == ThresholdRelation.Equal);
            threshold = (widths[1] - r) * atThreshold;
        }
        else
        {
            threshold = active.Where(s => s.Label == RootLabel.DoubleRoot).GroupBy(s => s.Y).Sum(g => Pairs(g.Count() + 1));
        }

        return new FlatDirections(hidden, data, threshold);
    }

    /// <summary>dim of {(R_U, R_V) : R_U M R_Vᵀ = M} for a rows × columns M with the given singular values (zeros included).</summary>
    private static int Stabilizer(IReadOnlyList<Dmf.Symbolic.Exact.BigRational> values, int rows, int columns)
    {
        var positive = values.Where(v => v.Sign > 0).ToList();
        int p = positive.Count;
        return positive.GroupBy(v => v).Sum(g => Pairs(g.Count())) + Pairs(rows - p) + Pairs(columns - p);
    }

    private static int Pairs(int n) => n < 2 ? 0 : n * (n - 1) / 2;
}
