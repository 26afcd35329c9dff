namespace Dmf.Kernels;

/// <summary>
/// An instance of the problem: widths d_0..d_L, the data Y (d_L × d_0, row-major) and the weights λ_1..λ_L.
/// Parameters W_1..W_L are packed row-major, layer after layer, in one span of <see cref="ParameterCount"/> doubles.
/// Immutable after construction; the constructor validates everything and throws <see cref="ArgumentException"/>
/// naming the bad value.
/// </summary>
public readonly struct DmfProblem
{
    private readonly int[] _widths;
    private readonly double[] _y;
    private readonly double[] _lambdas;
    private readonly int[] _offsets;
    private readonly float[] _ySingle;
    private readonly float[] _lambdasSingle;

    /// <summary>Creates and validates an instance (arrays are copied).</summary>
    public DmfProblem(ReadOnlySpan<int> widths, ReadOnlySpan<double> y, ReadOnlySpan<double> lambdas)
    {
        if (widths.Length < 3)
        {
            throw new ArgumentException(Invariant($"Need at least 3 widths (depth L >= 2), got {widths.Length}."), nameof(widths));
        }

        int depth = widths.Length - 1;
        for (int k = 0; k < widths.Length; k++)
        {
            if (widths[k] < 1)
            {
                throw new ArgumentException(Invariant($"Width d_{k} must be positive, got {widths[k]}."), nameof(widths));
            }
        }

        if (lambdas.Length != depth)
        {
            throw new ArgumentException(Invariant($"Depth {depth} needs {depth} weights lambda_l, got {lambdas.Length}."), nameof(lambdas));
        }

        for (int l = 0; l < depth; l++)
        {
            if (!(lambdas[l] > 0) || double.IsInfinity(lambdas[l]))
            {
                throw new ArgumentException(Invariant($"lambda_{l + 1} must be positive and finite, got {lambdas[l]}."), nameof(lambdas));
            }
        }

        long yLength = (long)widths[depth] * widths[0];
        if (y.Length != yLength)
        {
            throw new ArgumentException(Invariant($"Y must have d_{depth} x d_0 = {widths[depth]} x {widths[0]} = {yLength} entries, got {y.Length}."), nameof(y));
        }

        for (int k = 0; k < y.Length; k++)
        {
            if (!double.IsFinite(y[k]))
            {
                throw new ArgumentException(Invariant($"Y has a non-finite entry {y[k]} at index {k}."), nameof(y));
            }
        }

        _widths = widths.ToArray();
        _y = y.ToArray();
        _lambdas = lambdas.ToArray();
        _ySingle = Array.ConvertAll(_y, v => (float)v);
        _lambdasSingle = Array.ConvertAll(_lambdas, v => (float)v);
        _offsets = new int[depth + 1];
        long total = 0;
        for (int l = 1; l <= depth; l++)
        {
            _offsets[l - 1] = (int)total;
            total += (long)widths[l] * widths[l - 1];
        }

        if (total > int.MaxValue)
        {
            throw new ArgumentException(Invariant($"The problem has {total} parameters, more than a span can hold."), nameof(widths));
        }

        _offsets[depth] = (int)total;
    }

    /// <summary>The depth L.</summary>
    public int Depth => _widths.Length - 1;

    /// <summary>d_0..d_L.</summary>
    public ReadOnlySpan<int> Widths => _widths;

    /// <summary>Y, row-major d_L × d_0.</summary>
    public ReadOnlySpan<double> Y => _y;

    /// <summary>λ_1..λ_L.</summary>
    public ReadOnlySpan<double> Lambdas => _lambdas;

    /// <summary>Y rounded to single precision (for Float32 kernels).</summary>
    public ReadOnlySpan<float> YSingle => _ySingle;

    /// <summary>λ_1..λ_L rounded to single precision (for Float32 kernels).</summary>
    public ReadOnlySpan<float> LambdasSingle => _lambdasSingle;

    /// <summary>Σ_l d_l·d_{l−1}: the length of the packed parameter vector.</summary>
    public int ParameterCount => _offsets[^1];

    /// <summary>Start of W_l (1-based l) in the packed parameter vector.</summary>
    public int LayerOffset(int layer) => _offsets[layer - 1];

    /// <summary>W_l (1-based) as a slice of a packed single-precision vector.</summary>
    public ReadOnlySpan<float> Layer(ReadOnlySpan<float> packed, int layer) => packed.Slice(_offsets[layer - 1], _widths[layer] * _widths[layer - 1]);

    /// <summary>W_l (1-based) as a slice of a packed vector.</summary>
    public ReadOnlySpan<double> Layer(ReadOnlySpan<double> packed, int layer) => packed.Slice(_offsets[layer - 1], _widths[layer] * _widths[layer - 1]);

    /// <summary>W_l (1-based) as a writable slice of a packed vector.</summary>
    public Span<double> Layer(Span<double> packed, int layer) => packed.Slice(_offsets[layer - 1], _widths[layer] * _widths[layer - 1]);

    /// <summary>Throws <see cref="ArgumentException"/> unless the span has <see cref="ParameterCount"/> entries.</summary>
    public void RequireParameters(int length, string name)
    {
        if (length != ParameterCount)
        {
            throw new ArgumentException(Invariant($"{name} must have {ParameterCount} entries (the packed W_1..W_{Depth}), got {length}."), name);
        }
    }
}
