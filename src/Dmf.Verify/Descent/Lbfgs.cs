using Dmf.Kernels;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>
/// Limited-memory BFGS (the last m = 8 pairs, two-loop recursion) on F through the generated kernels, with Armijo
/// backtracking on the quasi-Newton direction (falling back to −∇F when it is not a descent direction). Deterministic.
/// </summary>
internal static class Lbfgs
{
    private const int Memory = 8;

    /// <summary>Minimizes from <paramref name="start"/>.</summary>
    public static DescentEnd Run(DepthKernels kernels, in DmfProblem problem, double[] start, DescentOptions options)
    {
        var (workspace, w, gradient, loss, gradientNorm, curve) = DescentStart.At(kernels, problem, start, options);
        int n = w.Length;
        var trial = new double[n];
        var trialGradient = new double[n];
        var direction = new double[n];
        var pairs = new List<(double[] S, double[] Y, double Rho)>();
        int iteration = 0;
        while (gradientNorm > options.Tolerance && iteration < options.MaxIterations)
        {
            curve.Record(iteration, loss);

            TwoLoop(gradient, pairs, direction);
            double slope = Dot(direction, gradient);
            if (!(slope < 0))
            {
                pairs.Clear();
                for (int i = 0; i < n; i++)
                {
                    direction[i] = -options.Step * gradient[i];
                }

                slope = Dot(direction, gradient);
            }

            double step = 1;
            double next;
            while (true)
            {
                for (int i = 0; i < n; i++)
                {
                    trial[i] = w[i] + (step * direction[i]);
                }

                next = kernels.LossAndGradient(problem, trial, trialGradient, workspace);
                if (next <= loss + (1e-4 * step * slope) || step < 1e-20)
                {
                    break;
                }

                step *= 0.5;
            }

            var s = new double[n];
            var y = new double[n];
            for (int i = 0; i < n; i++)
            {
                s[i] = trial[i] - w[i];
                y[i] = trialGradient[i] - gradient[i];
            }

            double sy = Dot(s, y);
            if (sy > 1e-300)
            {
                pairs.Add((s, y, 1 / sy));
                if (pairs.Count > Memory)
                {
                    pairs.RemoveAt(0);
                }
            }

            (w, trial) = (trial, w);
            (gradient, trialGradient) = (trialGradient, gradient);
            loss = next;
            gradientNorm = DescentStart.Norm(gradient);
            iteration++;
        }

        return new DescentEnd(w, loss, gradientNorm, iteration, gradientNorm <= options.Tolerance, curve.Finish(iteration, loss));
    }

    /// <summary>direction = −H·g by the two-loop recursion (H₀ = γI, γ = s·y/y·y of the newest pair; γ = 1 without pairs).</summary>
    private static void TwoLoop(double[] g, List<(double[] S, double[] Y, double Rho)> pairs, double[] direction)
    {
        int n = g.Length;
        var q = (double[])g.Clone();
        var alpha = new double[pairs.Count];
        for (int k = pairs.Count - 1; k >= 0; k--)
        {
            alpha[k] = pairs[k].Rho * Dot(pairs[k].S, q);
            for (int i = 0; i < n; i++)
            {
                q[i] -= alpha[k] * pairs[k].Y[i];
            }
        }

        double gamma = pairs.Count == 0 ? 1 : Dot(pairs[^1].S, pairs[^1].Y) / Dot(pairs[^1].Y, pairs[^1].Y);
        for (int i = 0; i < n; i++)
        {
            q[i] *= gamma;
        }

        for (int k = 0; k < pairs.Count; k++)
        {
            double beta = pairs[k].Rho * Dot(pairs[k].Y, q);
            for (int i = 0; i < n; i++)
            {
                q[i] += (alpha[k] - beta) * pairs[k].S[i];
            }
        }

        for (int i = 0; i < n; i++)
        {
            direction[i] = -q[i];
        }
    }

    private static double Dot(double[] a, double[] b) => DenseKernels.Dot(a, b);
}
