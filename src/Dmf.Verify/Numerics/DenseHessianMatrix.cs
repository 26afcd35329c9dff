using Dmf.Kernels;

namespace Dmf.Verify.Numerics;

/// <summary>The dense Hessian ∇²F(W) (n × n, row-major), assembled from n Hessian-vector products of the generated kernels and symmetrized.</summary>
internal static class DenseHessianMatrix
{
    /// <summary>Assembles ∇²F at <paramref name="w"/>.</summary>
    public static double[] Assemble(DepthKernels kernels, in DmfProblem problem, double[] w, DmfWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(kernels);
        ArgumentNullException.ThrowIfNull(w);
        int n = problem.ParameterCount;
        var hessian = new double[n * n];
        var direction = new double[n];
        var column = new double[n];
        for (int j = 0; j < n; j++)
        {
            direction[j] = 1;
            kernels.HessianVectorProduct(problem, w, direction, column, workspace);
            direction[j] = 0;
            for (int i = 0; i < n; i++)
            {
                hessian[(i * n) + j] = column[i];
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double mean = 0.5 * (hessian[(i * n) + j] + hessian[(j * n) + i]);
                hessian[(i * n) + j] = mean;
                hessian[(j * n) + i] = mean;
            }
        }

        return hessian;
    }
}
