using Dmf.Kernels;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>
/// Where every descent method begins: its arguments checked, a workspace for the kernels, W copied from the start, F and
/// ∇F there with ‖∇F‖, and the recorder of the loss curve. The methods differ only in the steps they take from it.
/// </summary>
internal sealed record DescentStart(DmfWorkspace Workspace, double[] W, double[] Gradient, double Loss, double GradientNorm, LossCurveRecorder Curve)
{
    /// <summary>Evaluates F and ∇F at a copy of <paramref name="start"/>.</summary>
    public static DescentStart At(DepthKernels kernels, in DmfProblem problem, double[] start, DescentOptions options)
    {
        ArgumentNullException.ThrowIfNull(kernels);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(options);
        var workspace = kernels.CreateWorkspace(problem);
        var w = (double[])start.Clone();
        var gradient = new double[problem.ParameterCount];
        double loss = kernels.LossAndGradient(problem, w, gradient, workspace);
        return new DescentStart(workspace, w, gradient, loss, Norm(gradient), new LossCurveRecorder());
    }

    /// <summary>‖v‖₂.</summary>
    public static double Norm(double[] v) => Math.Sqrt(DenseKernels.Dot(v, v));
}
