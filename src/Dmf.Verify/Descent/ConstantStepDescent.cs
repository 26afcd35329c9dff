using Dmf.Kernels;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>
/// Plain gradient descent with a constant step: W ← W − η∇F, the method whose linear stability at a minimizer is
/// λ_max &lt; 2/η (docs/theory.md §4c). No line search and no adaptation: the experiment that audits the edge of
/// stability. Stops at ‖∇F‖ ≤ tolerance, after the iterations, or when F or ‖∇F‖ leaves the doubles (diverged).
/// Deterministic.
/// </summary>
internal static class ConstantStepDescent
{
    /// <summary>F beyond this counts as diverged (the iterates grow without bound once past the edge).</summary>
    private const double DivergedLoss = 1e100;

    /// <summary>Descends from <paramref name="start"/> with the constant step <see cref="DescentOptions.Step"/>.</summary>
    public static DescentEnd Run(DepthKernels kernels, in DmfProblem problem, double[] start, DescentOptions options)
    {
        var (workspace, w, gradient, loss, gradientNorm, curve) = DescentStart.At(kernels, problem, start, options);
        int n = w.Length;
        double step = options.Step;
        int iteration = 0;
        bool diverged = !Finite(loss, gradientNorm);
        double lastFinite = diverged ? double.MaxValue : loss;
        while (!diverged && gradientNorm > options.Tolerance && iteration < options.MaxIterations)
        {
            curve.Record(iteration, loss);
            for (int i = 0; i < n; i++)
            {
                w[i] -= step * gradient[i];
            }

            loss = kernels.LossAndGradient(problem, w, gradient, workspace);
            gradientNorm = DescentStart.Norm(gradient);
            diverged = !Finite(loss, gradientNorm);
            lastFinite = diverged ? lastFinite : loss;
            iteration++;
        }

        return new DescentEnd(w, loss, gradientNorm, iteration, !diverged && gradientNorm <= options.Tolerance, curve.Finish(iteration, lastFinite)) { Diverged = diverged };
    }

    private static bool Finite(double loss, double gradientNorm) => double.IsFinite(gradientNorm) && loss is >= 0 and <= DivergedLoss;
}
