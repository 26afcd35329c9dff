using Dmf.Kernels;

namespace Dmf.Kernels.Tests;

public delegate double LossFunction(in DmfProblem p, ReadOnlySpan<double> w, DmfWorkspace ws);

public delegate double LossAndGradientFunction(in DmfProblem p, ReadOnlySpan<double> w, Span<double> grad, DmfWorkspace ws);

public delegate void HessianVectorFunction(in DmfProblem p, ReadOnlySpan<double> w, ReadOnlySpan<double> v, Span<double> hv, DmfWorkspace ws);

public delegate void HessianFunction(in DmfProblem p, ReadOnlySpan<double> w, Span<double> h);

public delegate DmfWorkspace WorkspaceFactory(in DmfProblem p);

/// <summary>The generated kernels of one depth, as delegates, so tests can loop over depths.</summary>
public sealed record KernelSet(int Depth, WorkspaceFactory CreateWorkspace, LossFunction Loss, LossAndGradientFunction LossAndGradient, HessianVectorFunction HessianVectorProduct, HessianFunction Hessian)
{
    public static KernelSet For(int depth) => depth switch
    {
        2 => new KernelSet(2, Dmf2.CreateWorkspace, Dmf2.Loss, Dmf2.LossAndGradient, Dmf2.HessianVectorProduct, Dmf2.Hessian),
        3 => new KernelSet(3, Dmf3.CreateWorkspace, Dmf3.Loss, Dmf3.LossAndGradient, Dmf3.HessianVectorProduct, Dmf3.Hessian),
        4 => new KernelSet(4, Dmf4.CreateWorkspace, Dmf4.Loss, Dmf4.LossAndGradient, Dmf4.HessianVectorProduct, Dmf4.Hessian),
        5 => new KernelSet(5, Dmf5.CreateWorkspace, Dmf5.Loss, Dmf5.LossAndGradient, Dmf5.HessianVectorProduct, Dmf5.Hessian),
        6 => new KernelSet(6, Dmf6.CreateWorkspace, Dmf6.Loss, Dmf6.LossAndGradient, Dmf6.HessianVectorProduct, Dmf6.Hessian),
        7 => new KernelSet(7, Dmf7.CreateWorkspace, Dmf7.Loss, Dmf7.LossAndGradient, Dmf7.HessianVectorProduct, Dmf7.Hessian),
        8 => new KernelSet(8, Dmf8.CreateWorkspace, Dmf8.Loss, Dmf8.LossAndGradient, Dmf8.HessianVectorProduct, Dmf8.Hessian),
        _ => throw new ArgumentOutOfRangeException(nameof(depth)),
    };
}

/// <summary>An independent reference: F by plain triple loops, no Dmf code involved.</summary>
public static class ReferenceLoss
{
    public static double Evaluate(int[] widths, double[] y, double[] lambdas, double[] w)
    {
        int depth = widths.Length - 1;
        int offset = 0;
        double[] product = Identity(widths[0]);
        int productRows = widths[0];
        double regularization = 0;
        for (int l = 1; l <= depth; l++)
        {
            int rows = widths[l];
            int columns = widths[l - 1];
            var layer = w.AsSpan(offset, rows * columns);
            offset += rows * columns;
            foreach (double x in layer)
            {
                regularization += lambdas[l - 1] * x * x;
            }

            var next = new double[rows * widths[0]];
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < widths[0]; j++)
                {
                    double sum = 0;
                    for (int k = 0; k < columns; k++)
                    {
                        sum += layer[(i * columns) + k] * product[(k * widths[0]) + j];
                    }

                    next[(i * widths[0]) + j] = sum;
                }
            }

            product = next;
            productRows = rows;
        }

        double fit = 0;
        for (int k = 0; k < productRows * widths[0]; k++)
        {
            double e = product[k] - y[k];
            fit += e * e;
        }

        return fit + regularization;
    }

    private static double[] Identity(int n)
    {
        var identity = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            identity[(i * n) + i] = 1;
        }

        return identity;
    }
}
