using Dmf.Kernels;
using Dmf.Verify.Instance;

namespace Dmf.Verify.Realization;

/// <summary>
/// Builds W_1..W_L for a critical-point type (docs/theory.md §2): √λ_l W_l = Q_l · BlkDiag(diag(σ), 0) · Q_{l−1}ᵀ with
/// Q_L = Û and Q_0 = V̂ the singular vectors of Y permuted so that slot i carries the index it is assigned (remaining
/// columns follow in index order), and Q_1..Q_{L−1} the chosen free orthogonal factors.
/// </summary>
public static class CriticalPointRealizer
{
    /// <summary>The point with σ per slot as given by the slots (nearest doubles).</summary>
    public static RealizedPoint Realize(DmfInstance instance, IReadOnlyList<Slot> slots, OrthogonalFactors factors)
    {
        ArgumentNullException.ThrowIfNull(slots);
        return Realize(instance, slots, slots.Select(s => s.SigmaValue).ToArray(), factors);
    }

    /// <summary>The point with the slots' assignment but σ per slot overridden by <paramref name="sigmas"/> (e.g. along the balanced curve).</summary>
    public static RealizedPoint Realize(DmfInstance instance, IReadOnlyList<Slot> slots, double[] sigmas, OrthogonalFactors factors)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(sigmas);
        ArgumentNullException.ThrowIfNull(factors);
        var widths = instance.Widths;
        int depth = instance.Depth;
        if (slots.Count != instance.MinimumWidth || sigmas.Length != slots.Count)
        {
            throw new ArgumentException(Invariant($"A critical point of this instance has d_min = {instance.MinimumWidth} slots, got {slots.Count} slots and {sigmas.Length} values."));
        }

        var hidden = factors.ForWidths(widths);
        var output = PermutedBasis(instance.Basis.OutputVectors, widths[depth], slots);
        var input = PermutedBasis(instance.Basis.InputVectors, widths[0], slots);
        var lambdas = instance.Lambdas.Select(l => l.ToDouble()).ToArray();
        var problem = new DmfProblem(widths.ToArray(), instance.Basis.Data, lambdas);
        var parameters = new double[problem.ParameterCount];
        for (int l = 1; l <= depth; l++)
        {
            var left = l == depth ? output : hidden[l - 1];
            var right = l == 1 ? input : hidden[l - 2];
            var layer = problem.Layer(parameters.AsSpan(), l);
            double scale = 1.0 / Math.Sqrt(lambdas[l - 1]);
            int rows = widths[l], columns = widths[l - 1];
            for (int i = 0; i < slots.Count; i++)
            {
                double s = sigmas[i] * scale;
                if (s == 0)
                {
                    continue;
                }

                for (int a = 0; a < rows; a++)
                {
                    double la = s * left[(a * rows) + i];
                    for (int b = 0; b < columns; b++)
                    {
                        layer[(a * columns) + b] += la * right[(b * columns) + i];
                    }
                }
            }
        }

        return new RealizedPoint(problem, parameters, slots, (double[])sigmas.Clone());
    }

    /// <summary>
    /// The n × n basis with column i = column (index of slot i) of <paramref name="basis"/> for the slots that carry an
    /// index, then the unused columns in their order.
    /// </summary>
    private static double[] PermutedBasis(double[] basis, int n, IReadOnlyList<Slot> slots)
    {
        var order = new List<int>(n);
        foreach (var slot in slots)
        {
            if (slot.Index is { } j)
            {
                order.Add(j);
            }
        }

        var used = new HashSet<int>(order);
        order.AddRange(Enumerable.Range(0, n).Where(c => !used.Contains(c)));
        var permuted = new double[n * n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                permuted[(r * n) + c] = basis[(r * n) + order[c]];
            }
        }

        return permuted;
    }
}
