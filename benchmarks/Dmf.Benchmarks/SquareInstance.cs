using Dmf.Kernels;

namespace Dmf.Benchmarks;

/// <summary>
/// The benchmarks' instance: L square d × d layers, Y with entries uniform on [0, 1), λ_l = 1/2, and points (W, or
/// directions V) drawn after Y from the same fixed seed, so every benchmark of a kind times the same data.
/// </summary>
internal sealed class SquareInstance
{
    private readonly Random _random;

    public SquareInstance(int depth, int width, int seed)
    {
        _random = new Random(seed);
        var y = Enumerable.Range(0, width * width).Select(_ => _random.NextDouble()).ToArray();
        Problem = new DmfProblem(Enumerable.Repeat(width, depth + 1).ToArray(), y, Enumerable.Repeat(0.5, depth).ToArray());
    }

    public DmfProblem Problem { get; }

    /// <summary>The next point: entries uniform on [−scale/2, scale/2).</summary>
    public double[] Point(double scale) =>
        Enumerable.Range(0, Problem.ParameterCount).Select(_ => (_random.NextDouble() - 0.5) * scale).ToArray();
}
