using Dmf.Kernels;
using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Tests;

/// <summary>
/// tr ∇²F in closed form (docs/theory.md §4b) against the trace of the dense Hessian the generated kernels assemble: at
/// random W for L = 2..5 with unequal widths, and at every type's critical point (random orthogonal factors) from σ alone.
/// </summary>
public class HessianTraceTests
{
    [Theory]
    [InlineData(new[] { 3, 2, 4 }, 1)]
    [InlineData(new[] { 2, 3, 1, 2 }, 2)]
    [InlineData(new[] { 4, 1, 3, 2, 2 }, 3)]
    [InlineData(new[] { 2, 3, 3, 2, 1, 3 }, 4)]
    public void The_closed_form_is_the_dense_Hessians_trace_at_any_W(int[] widths, int seed)
    {
        var random = new Random(seed);
        int depth = widths.Length - 1;
        var y = Enumerable.Range(0, widths[depth] * widths[0]).Select(_ => random.NextDouble() - 0.5).ToArray();
        var lambdas = Enumerable.Range(0, depth).Select(_ => 0.1 + random.NextDouble()).ToArray();
        var problem = new DmfProblem(widths, y, lambdas);
        var w = Enumerable.Range(0, problem.ParameterCount).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        Assert.Equal(DenseTrace(problem, w), HessianTrace.At(problem, w), 10);
    }

    [Fact]
    public void At_every_critical_point_the_trace_follows_from_sigma_alone()
    {
        // The worked example of docs/theory.md §5 with a hidden width and a repeated value: every type, realized with
        // random orthogonal factors (they change no norm).
        var widths = new[] { 3, 4, 3, 3 };
        var lambdas = new[] { new BigRational(1, 2), new BigRational(4, 5), new BigRational(6, 5) };
        var instance = DmfInstance.FromSingularValues(widths, lambdas, new[] { new BigRational(2), new BigRational(8, 5), new BigRational(8, 5) });
        var space = instance.Types();
        int checkedTypes = 0;
        foreach (var type in space.Enumerate())
        {
            var slots = CriticalPointSlots.Of(space, type);
            var point = CriticalPointRealizer.Realize(instance, slots, OrthogonalFactors.Random(7));
            var sigmas = slots.Where(s => s.Sigma is not null).Select(s => s.SigmaValue).ToList();
            double closed = HessianTrace.AtCriticalPoint(widths, lambdas.Select(l => l.ToDouble()).ToList(), sigmas);
            Assert.Equal(DenseTrace(point.Problem, point.Parameters), closed, 9);
            Assert.Equal(HessianTrace.At(point.Problem, point.Parameters), closed, 9);
            checkedTypes++;
        }

        Assert.True(checkedTypes > 10, $"only {checkedTypes} types");
    }

    private static double DenseTrace(in DmfProblem problem, double[] w)
    {
        var kernels = DepthKernels.For(problem.Depth);
        var hessian = DenseHessianMatrix.Assemble(kernels, problem, w, kernels.CreateWorkspace(problem));
        int n = problem.ParameterCount;
        return Enumerable.Range(0, n).Sum(i => hessian[(i * n) + i]);
    }
}
