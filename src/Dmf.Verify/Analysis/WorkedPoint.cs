using MathNet.Numerics.LinearAlgebra;
using Dmf.Verify.Hessian;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Analysis;

/// <summary>
/// A critical point worked through in numbers, for teaching: the point realized as matrices W_1..W_L (identity hidden
/// factors), the residual E = W_L⋯W_1 − Y, each layer's gradient split into its data term and its penalty 2λ_l W_l
/// (their sum vanishes at a critical point), and the curvature d²F[Δ, Δ] along the balanced scaling Δ = W and, when an
/// index of Y is unused, along the swap of an active and an unused index (docs/theory.md §3). Every matrix and F and
/// ΔᵀHΔ come from the generated kernels; beside each curvature, the same d²F[Δ, Δ] expanded exactly by Dmf.Symbolic
/// (<see cref="CurvatureWitness"/>) at the realized entries, and F in closed form. A class, not a record: it holds
/// matrices, which compare by reference.
/// </summary>
/// <param name="type">The critical-point type worked.</param>
/// <param name="layers">W_1..W_L, each d_l × d_{l−1}.</param>
/// <param name="residual">E = W_L⋯W_1 − Y (d_L × d_0): the product of the layers minus Y.</param>
/// <param name="loss">F(W) by the kernels.</param>
/// <param name="closedFormLoss">F at the type in closed form (<see cref="CriticalPointLoss"/>), correctly rounded.</param>
/// <param name="gradient">Per layer: the data term, the penalty 2λ_l W_l, and the kernels' gradient.</param>
/// <param name="curvatures">d²F[Δ, Δ] along the balanced scaling (when a slot is active) and the swap (when an index is also unused).</param>
internal sealed class WorkedPoint(
    CriticalPointType type,
    IReadOnlyList<double[,]> layers,
    double[,] residual,
    double loss,
    double closedFormLoss,
    IReadOnlyList<WorkedGradient> gradient,
    IReadOnlyList<WorkedCurvature> curvatures)
{
    /// <summary>The critical-point type worked.</summary>
    public CriticalPointType Type { get; } = type;

    /// <summary>W_1..W_L.</summary>
    public IReadOnlyList<double[,]> Layers { get; } = layers;

    /// <summary>E = W_L⋯W_1 − Y.</summary>
    public double[,] Residual { get; } = residual;

    /// <summary>F(W) by the kernels.</summary>
    public double Loss { get; } = loss;

    /// <summary>F in closed form, correctly rounded.</summary>
    public double ClosedFormLoss { get; } = closedFormLoss;

    /// <summary>Each layer's gradient terms.</summary>
    public IReadOnlyList<WorkedGradient> Gradient { get; } = gradient;

    /// <summary>The curvatures along the balanced scaling and the swap.</summary>
    public IReadOnlyList<WorkedCurvature> Curvatures { get; } = curvatures;

    /// <summary>Largest width worked (the matrices are printed whole).</summary>
    public const int MaxWidth = 6;

    /// <summary>The global minimizer of <paramref name="instance"/> (the first in the listing order), worked.</summary>
    public static WorkedPoint GlobalMinimizer(DmfInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var space = instance.Types();
        var type = space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer);
        return For(instance, type);
    }

    /// <summary><paramref name="type"/> of <paramref name="instance"/> worked; the instance's widths at most <see cref="MaxWidth"/>, its depth one with kernels.</summary>
    public static WorkedPoint For(DmfInstance instance, CriticalPointType type)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(type);
        if (instance.Widths.Max() > MaxWidth || !DepthKernels.IsAvailable(instance.Depth) || instance.Certified is not null)
        {
            throw new ArgumentException(Invariant($"a worked point needs widths of at most {MaxWidth}, a depth with kernels ({DepthKernels.MinDepth}..{DepthKernels.MaxDepth}) and exact singular values"));
        }

        var space = instance.Types();
        var slots = CriticalPointSlots.Of(space, type);
        var point = CriticalPointRealizer.Realize(instance, slots, OrthogonalFactors.Identity);
        var problem = point.Problem;
        var kernels = DepthKernels.For(instance.Depth);
        var workspace = kernels.CreateWorkspace(problem);
        var gradient = new double[problem.ParameterCount];
        double loss = kernels.LossAndGradient(problem, point.Parameters, gradient, workspace);

        int depth = instance.Depth;
        var layers = Unpack(problem, point.Parameters);
        var totals = Unpack(problem, gradient);
        var yValues = problem.Y.ToArray();
        int inputs = problem.Widths[0];
        var y = Matrix<double>.Build.Dense(problem.Widths[depth], inputs, (i, j) => yValues[(i * inputs) + j]);
        var residual = layers.Skip(1).Aggregate(layers[0], (product, layer) => layer * product) - y;
        var terms = layers.Select((layer, k) =>
        {
            var penalty = layer * (2 * problem.Lambdas[k]);
            return new WorkedGradient((totals[k] - penalty).ToArray(), penalty.ToArray(), totals[k].ToArray());
        }).ToList();

        var curvatures = new List<WorkedCurvature>();
        if (point.Sigmas.Any(sigma => sigma != 0))
        {
            curvatures.Add(Balanced(instance, point, kernels, workspace));
        }

        if (Swap(instance, point, layers, kernels, workspace) is { } swap)
        {
            curvatures.Add(swap);
        }

        return new WorkedPoint(type, layers.Select(l => l.ToArray()).ToList(), residual.ToArray(), loss, CriticalPointLoss.Evaluate(space, type), terms, curvatures);
    }

    // Δ = W: every active slot scaled along its balanced curve. Closed form: the sum over the active slots of the
    // one-slot form d²F[W, W] at w_l = σ/√λ_l.
    private static WorkedCurvature Balanced(DmfInstance instance, RealizedPoint point, DepthKernels kernels, Kernels.DmfWorkspace workspace)
    {
        double exact = point.Slots.Select((slot, i) => (slot, sigma: point.Sigmas[i]))
            .Where(s => s.sigma != 0 && s.slot.Y is not null)
            .Sum(s => AtSlot(CurvatureWitness.BalancedScaling(instance.Lambdas, s.slot.Y!.Value), instance, s.sigma));
        return Curvature("balanced scaling", "Δ = W (every active slot scaled along its balanced curve)", point, point.Parameters, kernels, workspace, exact);
    }

    // The swap of the largest active index j and the largest unused index k (docs/theory.md §3, N1): the tangent of
    // rotating (u_j, u_k) and (v_j, v_k) together, Δ_L = A·W_L, Δ_1 = −W_1·A with A = u_k u_jᵀ − u_j u_kᵀ (and its
    // input-side twin); the other layers still. Closed form: the two-slot form at w_l = σ_j/√λ_l.
    private static WorkedCurvature? Swap(DmfInstance instance, RealizedPoint point, IReadOnlyList<Matrix<double>> layers, DepthKernels kernels, Kernels.DmfWorkspace workspace)
    {
        var active = point.Slots.Select((slot, i) => (slot, sigma: point.Sigmas[i])).Where(s => s.sigma != 0 && s.slot.Index is not null).ToList();
        var used = active.Select(s => s.slot.Index!.Value).ToHashSet();
        int unused = Enumerable.Range(0, instance.SingularValues.Count).FirstOrDefault(k => !used.Contains(k), -1);
        if (active.Count == 0 || unused < 0)
        {
            return null;
        }

        var (slotJ, sigmaJ) = active[0];
        int j = slotJ.Index!.Value, depth = instance.Depth;
        var problem = point.Problem;
        var direction = new double[problem.ParameterCount];
        var output = Generator(instance.Basis.OutputVectors, instance.Widths[depth], j, unused);
        var input = Generator(instance.Basis.InputVectors, instance.Widths[0], j, unused);
        Pack(direction, problem, depth, output * layers[depth - 1]);
        Pack(direction, problem, 1, -(layers[0] * input));
        double exact = AtSlot(CurvatureWitness.Swap(instance.Lambdas, slotJ.Y!.Value, instance.SingularValues[unused]), instance, sigmaJ);
        string words = Invariant($"the swap of index {j + 1} (active, y = {instance.SingularValues[j].ToDouble():G6}) and index {unused + 1} (unused, y = {instance.SingularValues[unused].ToDouble():G6}): Δ_L = A·W_L, Δ_1 = −W_1·A");
        return Curvature("swap", words, point, direction, kernels, workspace, exact);
    }

    // A = u_k u_jᵀ − u_j u_kᵀ in the basis whose vectors are the columns of the row-major d × d matrix.
    private static Matrix<double> Generator(double[] vectors, int d, int j, int k) =>
        Matrix<double>.Build.Dense(d, d, (r, c) => (vectors[(r * d) + k] * vectors[(c * d) + j]) - (vectors[(r * d) + j] * vectors[(c * d) + k]));

    // The curvature along the packed direction: its layers, ΔᵀHΔ by the kernels' Hessian-vector product, the exact form.
    private static WorkedCurvature Curvature(string name, string words, RealizedPoint point, double[] direction, DepthKernels kernels, Kernels.DmfWorkspace workspace, double exact)
    {
        var hv = new double[direction.Length];
        kernels.HessianVectorProduct(point.Problem, point.Parameters, direction, hv, workspace);
        double form = direction.Zip(hv, (a, b) => a * b).Sum();
        return new WorkedCurvature(name, words, Unpack(point.Problem, direction).Select(l => l.ToArray()).ToList(), form, exact);
    }

    // A one-slot (or two-slot) polynomial in w_1..w_L, evaluated exactly at the doubles w_l = σ/√λ_l, then rounded.
    private static double AtSlot(MultivariatePolynomial form, DmfInstance instance, double sigma)
    {
        var values = instance.Lambdas.Select(l => BigRational.FromDouble(sigma / Math.Sqrt(l.ToDouble()))).ToList();
        return form.Evaluate(values).ToDouble();
    }

    // W_1..W_L (or any packed vector of that layout) as matrices, W_l being d_l × d_{l−1} row-major in the packing.
    private static IReadOnlyList<Matrix<double>> Unpack(Kernels.DmfProblem problem, double[] packed) =>
        Enumerable.Range(1, problem.Depth).Select(l =>
        {
            var values = problem.Layer((ReadOnlySpan<double>)packed, l).ToArray();
            int columns = problem.Widths[l - 1];
            return Matrix<double>.Build.Dense(problem.Widths[l], columns, (i, j) => values[(i * columns) + j]);
        }).ToList();

    private static void Pack(double[] packed, Kernels.DmfProblem problem, int layer, Matrix<double> value)
    {
        var span = problem.Layer(packed.AsSpan(), layer);
        for (int i = 0; i < value.RowCount; i++)
        {
            for (int j = 0; j < value.ColumnCount; j++)
            {
                span[(i * value.ColumnCount) + j] = value[i, j];
            }
        }
    }
}
