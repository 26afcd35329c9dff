using Dmf.Kernels;

namespace Dmf.Verify.Numerics;

/// <summary>
/// The smallest eigenvalue of a symmetric operator given only by matrix-vector products (here Hessian-vector products
/// from the generated kernels): Lanczos with full reorthogonalization from a seeded random start. The smallest Ritz
/// value θ is an upper bound on λ_min; <see cref="Estimate.Residual"/> = ‖Hy − θy‖ for its Ritz vector y bounds the
/// distance from θ to the spectrum.
/// </summary>
internal static class Lanczos
{
    /// <summary>The smallest Ritz value after <paramref name="Steps"/> steps and its residual norm.</summary>
    public sealed record Estimate(double SmallestRitzValue, double Residual, double LargestRitzValue, int Steps);

    /// <summary>Runs up to <paramref name="maxSteps"/> steps (stops early on an invariant subspace).</summary>
    public static Estimate Smallest(int n, Action<double[], double[]> multiply, int maxSteps, int seed)
    {
        ArgumentNullException.ThrowIfNull(multiply);
        int steps = Math.Min(n, maxSteps);
        var basis = new List<double[]>(steps);
        var alpha = new List<double>(steps);
        var beta = new List<double>(steps);
        var random = new Random(seed);
        var q = new double[n];
        for (int i = 0; i < n; i++)
        {
            q[i] = random.NextDouble() - 0.5;
        }

        Scale(q, 1.0 / Norm(q));
        var w = new double[n];
        double lastBeta = 0;
        for (int k = 0; k < steps; k++)
        {
            basis.Add(q);
            multiply(q, w);
            double a = Dot(w, q);
            alpha.Add(a);

            // Full reorthogonalization (twice) against every basis vector: w ⟂ q_0..q_k.
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (var b in basis)
                {
                    double c = Dot(w, b);
                    for (int i = 0; i < n; i++)
                    {
                        w[i] -= c * b[i];
                    }
                }
            }

            lastBeta = Norm(w);
            if (k == steps - 1 || lastBeta <= 1e-14 * Math.Max(Math.Abs(a), 1e-300))
            {
                break;
            }

            beta.Add(lastBeta);
            q = new double[n];
            for (int i = 0; i < n; i++)
            {
                q[i] = w[i] / lastBeta;
            }
        }

        int size = alpha.Count;
        var d = alpha.ToArray();
        var e = new double[size];
        for (int i = 0; i < size - 1; i++)
        {
            e[i] = beta[i];
        }

        var vectors = new double[size * size];
        for (int i = 0; i < size; i++)
        {
            vectors[(i * size) + i] = 1;
        }

        SymmetricEigenvalues.Tridiagonal(d, e, vectors);
        int smallest = 0, largest = 0;
        for (int i = 1; i < size; i++)
        {
            if (d[i] < d[smallest])
            {
                smallest = i;
            }

            if (d[i] > d[largest])
            {
                largest = i;
            }
        }

        // ‖H y − θ y‖ = β_k · |last component of the Ritz vector's coefficients|.
        double residual = lastBeta * Math.Abs(vectors[((size - 1) * size) + smallest]);
        return new Estimate(d[smallest], residual, d[largest], size);
    }

    private static double Dot(double[] x, double[] y) => DenseKernels.Dot(x, y);

    private static double Norm(double[] x) => Math.Sqrt(DenseKernels.Dot(x, x));

    private static void Scale(double[] x, double factor)
    {
        for (int i = 0; i < x.Length; i++)
        {
            x[i] *= factor;
        }
    }
}
