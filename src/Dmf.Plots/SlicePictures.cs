using Dmf.Kernels;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;
using MathNet.Numerics.LinearAlgebra;
using ScottPlot;

namespace Dmf.Plots;

/// <summary>
/// F around a realized critical point of a type, along its two most telling directions: d₁, the Hessian eigenvector
/// of the smallest eigenvalue (the negative-curvature witness of a strict saddle; for a minimizer, its flattest
/// direction), and d₂, the balanced scaling W/‖W‖ made orthogonal to d₁ (for W = 0, the next eigenvector). The line
/// picture shows F(W + t·d) for both; the plane picture F(W + a·d₁ + b·d₂) as a heat map.
/// </summary>
public static class SlicePictures
{
    /// <summary>Largest parameter count for the dense eigenvectors a slice needs.</summary>
    public const int MaxParameters = 1500;

    /// <summary>F along t·d₁ and t·d₂, t ∈ [−r, r].</summary>
    public static byte[] Line(DmfInstance instance, CriticalPointType type, double radius, PictureSize size)
    {
        var (kernels, problem, w, d1, d2, what) = Directions(instance, type);
        size = size.Validated();
        var ws = kernels.CreateWorkspace(problem);
        var ts = Enumerable.Range(-100, 201).Select(i => radius * i / 100.0).ToArray();
        var plot = new Plot();
        foreach (var (direction, label) in new[] { (d1, "d1: " + what), (d2, "d2: balanced scaling (orthogonalized)") })
        {
            var values = ts.Select(t => kernels.Loss(problem, Move(w, direction, t, 0, direction), ws)).ToArray();
            RequireFinite(values, radius);
            var line = plot.Add.Scatter(ts, values);
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LegendText = label;
        }

        var classification = CriticalPointClassifier.Classify(instance.Types(), type);
        plot.Title($"F along lines through the {classification.Class.Name()} {type}");
        plot.XLabel("t (W + t d, |d| = 1)");
        plot.YLabel("F");
        plot.ShowLegend(Edge.Right);
        return PngRendering.Render(plot, size);
    }

    /// <summary>F over the plane W + a·d₁ + b·d₂, a, b ∈ [−r, r], as a heat map with a color bar.</summary>
    public static byte[] Plane(DmfInstance instance, CriticalPointType type, double radius, PictureSize size)
    {
        var (kernels, problem, w, d1, d2, what) = Directions(instance, type);
        size = size.Validated();
        var ws = kernels.CreateWorkspace(problem);
        const int cells = 81;
        var values = new double[cells, cells];
        for (int i = 0; i < cells; i++)
        {
            for (int j = 0; j < cells; j++)
            {
                double a = radius * ((2.0 * j / (cells - 1)) - 1);
                double b = radius * (1 - (2.0 * i / (cells - 1)));
                values[i, j] = kernels.Loss(problem, Move(w, d1, a, b, d2), ws);
            }
        }

        RequireFinite(values.Cast<double>(), radius);
        var plot = new Plot();
        var map = plot.Add.Heatmap(values);
        map.Extent = new CoordinateRect(-radius, radius, -radius, radius);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(map).Label = "F";
        var center = plot.Add.Marker(0, 0);
        center.MarkerSize = 10;
        center.Color = Colors.Red;
        center.LegendText = $"the critical point {type}";
        var classification = CriticalPointClassifier.Classify(instance.Types(), type);
        plot.Title($"F on a plane through the {classification.Class.Name()} {type}");
        plot.XLabel($"a (along d1: {what})");
        plot.YLabel("b (along d2: balanced scaling)");
        plot.ShowLegend(Edge.Right);
        return PngRendering.Render(plot, size);
    }

    /// <summary>A picture of values doubles cannot hold would be blank: refused, naming the radius.</summary>
    private static void RequireFinite(IEnumerable<double> values, double radius)
    {
        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, FormattableString.Invariant($"F leaves the range of doubles within distance {radius:G3} of the point, so the slice cannot be drawn; use a smaller radius"));
        }
    }

    private static double[] Move(double[] w, double[] d1, double a, double b, double[] d2)
    {
        var moved = new double[w.Length];
        for (int k = 0; k < w.Length; k++)
        {
            moved[k] = w[k] + (a * d1[k]) + (b * d2[k]);
        }

        return moved;
    }

    private static (DepthKernels Kernels, DmfProblem Problem, double[] W, double[] D1, double[] D2, string What) Directions(DmfInstance instance, CriticalPointType type)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(type);
        if (instance.ParameterCount > MaxParameters)
        {
            throw new ArgumentException(Invariant($"a slice needs the dense Hessian's eigenvectors: at most {MaxParameters} parameters, this instance has {instance.ParameterCount}."));
        }

        var kernels = DepthKernels.For(instance.Depth);
        var space = instance.Types();
        var point = CriticalPointRealizer.Realize(instance, CriticalPointSlots.Of(space, type), OrthogonalFactors.Identity);
        var problem = point.Problem;
        int n = problem.ParameterCount;
        var hessian = DenseHessianMatrix.Assemble(kernels, problem, point.Parameters, kernels.CreateWorkspace(problem));
        var evd = Matrix<double>.Build.Dense(n, n, (i, j) => hessian[(i * n) + j]).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, n).OrderBy(k => evd.EigenValues[k].Real).ToList();
        var d1 = evd.EigenVectors.Column(order[0]).ToArray();
        string what = Invariant($"Hessian eigenvector, eigenvalue {evd.EigenValues[order[0]].Real:G4}");
        var d2 = (double[])point.Parameters.Clone();
        double along = d2.Zip(d1, (x, y) => x * y).Sum();
        for (int k = 0; k < n; k++)
        {
            d2[k] -= along * d1[k];
        }

        double norm = Math.Sqrt(d2.Sum(x => x * x));
        if (norm < 1e-12)
        {
            d2 = n > 1 ? evd.EigenVectors.Column(order[1]).ToArray() : d1;
        }
        else
        {
            d2 = d2.Select(x => x / norm).ToArray();
        }

        return (kernels, problem, point.Parameters, d1, d2, what);
    }
}
