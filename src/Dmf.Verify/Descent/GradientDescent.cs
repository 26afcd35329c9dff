using Dmf.Kernels;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>
/// Gradient descent on F through the generated kernels: the Barzilai–Borwein step s·s/s·y (s, y the last changes of
/// W and ∇F; the given step η first and whenever s·y ≤ 0), safeguarded by Armijo backtracking — halve until
/// F(W − η∇F) ≤ F(W) − ½η‖∇F‖². Deterministic.
/// </summary>
internal static class GradientDescent
{
    /// <summary>Descends from <paramref name="start"/>.</summary>
    public static DescentEnd Run(DepthKernels kernels, in DmfProblem problem, double[] start, DescentOptions options)
    {
        var (workspace, w, gradient, loss, gradientNorm, curve) = DescentStart.At(kernels, problem, start, options);
        int n = w.Length;
        var trial = new double[n];
        var previousGradient = new double[n];
        double step = options.Step;
        int iteration = 0;
        while (gradientNorm > options.Tolerance && iteration < options.MaxIterations)
        {
            curve.Record(iteration, loss);

            double squared = gradientNorm * gradientNorm;
            double next;
            while (true)
            {
                for (int i = 0; i < n; i++)
                {
                    trial[i] = w[i] - (step * gradient[i]);
                }

                next = kernels.Loss(problem, trial, workspace);
                if (next <= loss - (0.5 * step * squared) || step < 1e-300)
                {
                    break;
                }

                step *= 0.5;
            }

            (w, trial) = (trial, w);
            Array.Copy(gradient, previousGradient, n);
            loss = kernels.LossAndGradient(problem, w, gradient, workspace);
            gradientNorm = DescentStart.Norm(gradient);

            // Barzilai–Borwein: s = w − trial (trial now holds the previous point), y = ∇F − previous ∇F.
            double ss = 0, sy = 0;
            for (int i = 0; i < n; i++)
            {
                double si = w[i] - trial[i];
                ss += si * si;
                sy += si * (gradient[i] - previousGradient[i]);
            }

            step = sy > 0 ? ss / sy : options.Step;
            iteration++;
        }

        return new DescentEnd(w, loss, gradientNorm, iteration, gradientNorm <= options.Tolerance, curve.Finish(iteration, loss));
    }
}
