using Dmf.Kernels;

namespace Dmf.Benchmarks;

/// <summary>
/// Baselines for the generated kernels, both using the same <see cref="DenseKernels.Gemm"/>:
/// (a) <see cref="LossAndGradient"/>, a hand-written loop over layers with the same O(L) algorithm
/// (prefix products, back-propagated suffix, one product per layer), buffers preallocated;
/// (b) <see cref="NaiveLossAndGradient"/>, the per-layer formula 2·W_{L:l+1}ᵀ·E·W_{l−1:1}ᵀ evaluated
/// directly for each layer (O(L²) products).
/// </summary>
public sealed class DepthGenericKernels
{
    private readonly double[][] _prefix;   // P_l = W_{l:1}, l = 1..L (d_l × d_0)
    private readonly double[][] _back;     // B_l = W_{L:l+1}ᵀ·E, l = 1..L (d_l × d_0)
    private readonly double[] _residual;
    private readonly double[][] _scratch;

    public DepthGenericKernels(in DmfProblem p)
    {
        var d = p.Widths;
        int depth = p.Depth;
        _prefix = new double[depth + 1][];
        _back = new double[depth + 1][];
        _scratch = new double[2][];
        int max = 0;
        for (int l = 1; l <= depth; l++)
        {
            _prefix[l] = new double[d[l] * d[0]];
            _back[l] = new double[d[l] * d[0]];
            max = Math.Max(max, d[l]);
        }

        max = Math.Max(max, d[0]);
        _residual = new double[d[depth] * d[0]];
        _scratch[0] = new double[max * max];
        _scratch[1] = new double[max * max];
    }

    /// <summary>(a): the O(L) algorithm as a loop over layers.</summary>
    public double LossAndGradient(in DmfProblem p, ReadOnlySpan<double> w, Span<double> grad)
    {
        var d = p.Widths;
        int depth = p.Depth;
        w.Slice(p.LayerOffset(1), d[1] * d[0]).CopyTo(_prefix[1]);
        for (int l = 2; l <= depth; l++)
        {
            DenseKernels.Gemm(d[l], d[0], d[l - 1], 1.0, p.Layer(w, l), false, _prefix[l - 1], false, 0.0, _prefix[l]);
        }

        _prefix[depth].CopyTo(_residual, 0);
        DenseKernels.Axpy(-1.0, p.Y, _residual);
        double loss = DenseKernels.Dot(_residual, _residual);
        _residual.CopyTo(_back[depth], 0);
        for (int l = depth - 1; l >= 1; l--)
        {
            DenseKernels.Gemm(d[l], d[0], d[l + 1], 1.0, p.Layer(w, l + 1), true, _back[l + 1], false, 0.0, _back[l]);
        }

        for (int l = 1; l <= depth; l++)
        {
            var layer = p.Layer(w, l);
            var g = p.Layer(grad, l);
            loss += p.Lambdas[l - 1] * DenseKernels.Dot(layer, layer);
            if (l == 1)
            {
                DenseKernels.ScaleCopy(2.0, _back[1], g); // B_1·Iᵀ, with d_0 columns = d_0 inputs of W_1
            }
            else
            {
                DenseKernels.Gemm(d[l], d[l - 1], d[0], 2.0, _back[l], false, _prefix[l - 1], true, 0.0, g);
            }

            DenseKernels.Axpy(2.0 * p.Lambdas[l - 1], layer, g);
        }

        return loss;
    }

    /// <summary>(b): each layer's gradient from scratch, W_{L:l+1}ᵀ and W_{l−1:1}ᵀ recomputed per layer.</summary>
    public double NaiveLossAndGradient(in DmfProblem p, ReadOnlySpan<double> w, Span<double> grad)
    {
        var d = p.Widths;
        int depth = p.Depth;
        Product(p, w, depth, 1, _residual);
        DenseKernels.Axpy(-1.0, p.Y, _residual);
        double loss = DenseKernels.Dot(_residual, _residual);
        for (int l = 1; l <= depth; l++)
        {
            var layer = p.Layer(w, l);
            var g = p.Layer(grad, l);
            loss += p.Lambdas[l - 1] * DenseKernels.Dot(layer, layer);

            // left = W_{L:l+1}ᵀ·E (d_l × d_0), computed outward from E without reuse.
            var left = _scratch[0].AsSpan(0, d[depth] * d[0]);
            _residual.CopyTo(left);
            for (int k = depth; k > l; k--)
            {
                // Ping-pong between the two scratch buffers: write into the one left is not in.
                var next = (left.Overlaps(_scratch[0].AsSpan()) ? _scratch[1] : _scratch[0]).AsSpan(0, d[k - 1] * d[0]);
                DenseKernels.Gemm(d[k - 1], d[0], d[k], 1.0, p.Layer(w, k), true, left, false, 0.0, next);
                left = next;
            }

            if (l == 1)
            {
                DenseKernels.ScaleCopy(2.0, left, g);
            }
            else
            {
                Product(p, w, l - 1, 1, _prefix[l - 1]);
                DenseKernels.Gemm(d[l], d[l - 1], d[0], 2.0, left, false, _prefix[l - 1], true, 0.0, g);
            }

            DenseKernels.Axpy(2.0 * p.Lambdas[l - 1], layer, g);
        }

        return loss;
    }

    /// <summary>W_{top:bottom} into target (d_top × d_0 when bottom = 1), from scratch.</summary>
    private void Product(in DmfProblem p, ReadOnlySpan<double> w, int top, int bottom, Span<double> target)
    {
        var d = p.Widths;
        p.Layer(w, bottom).CopyTo(_prefix[bottom]);
        for (int l = bottom + 1; l <= top; l++)
        {
            DenseKernels.Gemm(d[l], d[0], d[l - 1], 1.0, p.Layer(w, l), false, _prefix[l - 1], false, 0.0, _prefix[l]);
        }

        _prefix[top].AsSpan().CopyTo(target);
    }
}
