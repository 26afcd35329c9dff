using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using MathNet.Numerics.LinearAlgebra;

namespace Dmf.Verify.Descent;

/// <summary>
/// Names the critical-point type a (near-)critical point belongs to: W_{L:1} = λ^{−1/2}·Û·diag(σ^L)·V̂ᵀ at a critical
/// point (docs/theory.md §2), so σ_i = (√λ·μ_i)^{1/L} from the singular values μ_i of the end-to-end product; slot i
/// carries the index of Y whose left singular vector its own aligns with best; its root is the nearest root of
/// f(·; y) for that index. Slots with σ below half the smallest positive root anywhere count as 0.
/// </summary>
internal static class TypeIdentification
{
    /// <summary>Identifies the type of the packed point <paramref name="w"/>.</summary>
    public static IdentifiedType Identify(DmfInstance instance, CriticalPointTypes space, double[] w)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(w);
        var widths = instance.Widths;
        int depth = instance.Depth;
        var product = Matrix<double>.Build.DenseIdentity(widths[0]);
        int offset = 0;
        for (int l = 1; l <= depth; l++)
        {
            int rows = widths[l], columns = widths[l - 1];
            int start = offset;
            var layer = Matrix<double>.Build.Dense(rows, columns, (i, j) => w[start + (i * columns) + j]);
            product = layer * product;
            offset += rows * columns;
        }

        var svd = product.Svd(computeVectors: true);
        double sqrtLambda = Math.Sqrt(instance.Landscape.LambdaProduct.ToDouble());
        var smallest = space.Groups.SelectMany(g => g.RootCount > 0 ? new[] { g.Roots.PositiveRoots[0].Value.ToDouble() } : Array.Empty<double>()).DefaultIfEmpty(double.PositiveInfinity).Min();
        var counts = space.Groups.Select(g => new int[g.RootCount]).ToArray();
        var groups = space.Groups.ToList();
        int dY = instance.SingularValues.Count;
        int rowsOfU = widths[depth];
        for (int i = 0; i < Math.Min(instance.MinimumWidth, svd.S.Count); i++)
        {
            double sigma = Math.Pow(sqrtLambda * svd.S[i], 1.0 / depth);
            if (!(sigma >= 0.5 * smallest))
            {
                continue;
            }

            int best = -1;
            double alignment = -1;
            for (int j = 0; j < dY; j++)
            {
                double dot = 0;
                for (int r = 0; r < rowsOfU; r++)
                {
                    dot += svd.U[r, i] * instance.Basis.OutputVectors[(r * rowsOfU) + j];
                }

                if (Math.Abs(dot) > alignment)
                {
                    alignment = Math.Abs(dot);
                    best = j;
                }
            }

            var group = space.GroupOf(best);
            if (group.RootCount == 0)
            {
                return new IdentifiedType(null, Invariant($"a slot with sigma = {sigma:G4} aligns with y_{best + 1} = {group.Y.ToDouble():G4}, which has no positive root"));
            }

            var roots = group.Roots.PositiveRoots.Select(r => r.Value.ToDouble()).ToList();
            int nearest = Enumerable.Range(0, roots.Count).OrderBy(r => Math.Abs(roots[r] - sigma)).First();
            counts[groups.IndexOf(group)][nearest]++;
        }

        for (int g = 0; g < groups.Count; g++)
        {
            if (counts[g].Sum() > groups[g].Multiplicity)
            {
                return new IdentifiedType(null, Invariant($"more slots align with y = {groups[g].Y.ToDouble():G4} than it has indices"));
            }
        }

        return new IdentifiedType(new CriticalPointType(space.Groups, counts.Select(c => (IReadOnlyList<int>)c).ToList()), null);
    }
}
