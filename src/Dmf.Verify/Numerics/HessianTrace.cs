using Dmf.Kernels;
using Dmf.Symbolic.Expressions.Evaluation;

namespace Dmf.Verify.Numerics;

/// <summary>
/// The trace of the Hessian in closed form (docs/theory.md §4b): for any W,
/// tr ∇²F(W) = 2 Σ_l ‖W_{L:l+1}‖_F²·‖W_{l−1:1}‖_F² + 2 Σ_l λ_l·d_l·d_{l−1}, with W_{L:L+1} = I_{d_L} and W_{0:1} = I_{d_0}.
/// F is quadratic in each entry of W_l and P = W_L⋯W_1 is linear in it, so ∂²F/∂(W_l)_{ab}² = 2‖W_{L:l+1} e_a e_bᵀ W_{l−1:1}‖_F² + 2λ_l,
/// and Σ_{a,b} ‖A e_a‖²‖e_bᵀ B‖² = ‖A‖_F²‖B‖_F². No Hessian is formed: L products and 2L norms.
/// </summary>
internal static class HessianTrace
{
    /// <summary>tr ∇²F at <paramref name="w"/> (packed as <paramref name="problem"/> says), in doubles.</summary>
    public static double At(in DmfProblem problem, ReadOnlySpan<double> w)
    {
        int depth = problem.Depth;
        var widths = problem.Widths;
        if (w.Length != problem.ParameterCount)
        {
            throw new ArgumentException(FormattableString.Invariant($"W has {w.Length} entries; the widths need {problem.ParameterCount}."), nameof(w));
        }

        // below[l] = ‖W_{l−1:1}‖², above[l] = ‖W_{L:l+1}‖² (l = 1..L).
        var below = new double[depth + 1];
        var above = new double[depth + 1];
        below[1] = widths[0];
        var prefix = problem.Layer(w, 1).ToArray();
        for (int l = 2; l <= depth; l++)
        {
            below[l] = DenseKernels.Dot(prefix, prefix);
            var next = new double[widths[l] * widths[0]];
            DenseKernels.Gemm(widths[l], widths[0], widths[l - 1], 1.0, problem.Layer(w, l), false, prefix, false, 0.0, next);
            prefix = next;
        }

        above[depth] = widths[depth];
        var suffix = problem.Layer(w, depth).ToArray();
        for (int l = depth - 1; l >= 1; l--)
        {
            above[l] = DenseKernels.Dot(suffix, suffix);
            var next = new double[widths[depth] * widths[l - 1]];
            DenseKernels.Gemm(widths[depth], widths[l - 1], widths[l], 1.0, suffix, false, problem.Layer(w, l), false, 0.0, next);
            suffix = next;
        }

        double trace = 0;
        for (int l = 1; l <= depth; l++)
        {
            trace += 2 * above[l] * below[l];
            trace += 2 * problem.Lambdas[l - 1] * widths[l] * widths[l - 1];
        }

        return trace;
    }

    /// <summary>
    /// tr ∇²F at a critical point in closed form (docs/theory.md §2, §4b): active slot j has w_{l,j} = σ_j/√λ_l in every
    /// layer, so ‖W_{L:l+1}‖² = Σ_j σ_j^{2(L−l)}/Π_{k&gt;l} λ_k for l &lt; L and ‖W_{l−1:1}‖² = Σ_j σ_j^{2(l−1)}/Π_{k&lt;l} λ_k
    /// for l &gt; 1 (orthogonal factors change no norm). <paramref name="sigmas"/>: σ of the active slots, in any arithmetic
    /// (exact rationals, or intervals rounded outward); increasing in every σ. The one definition of the formula.
    /// </summary>
    public static T AtCriticalPoint<T>(IArithmetic<T> arithmetic, IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, IReadOnlyList<T> sigmas)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(lambdas);
        ArgumentNullException.ThrowIfNull(sigmas);
        int depth = lambdas.Count;

        // powers[k] = Σ_j σ_j^{2k}, k = 0..L−1.
        var powers = new T[depth];
        var squares = sigmas.Select(s => arithmetic.Multiply(s, s)).ToList();
        var current = squares.Select(_ => arithmetic.FromRational(BigRational.One)).ToList();
        for (int k = 0; k < depth; k++)
        {
            powers[k] = current.Aggregate(arithmetic.Zero, arithmetic.Add);
            current = current.Select((c, j) => arithmetic.Multiply(c, squares[j])).ToList();
        }

        BigRational Product(int first, int last) => Enumerable.Range(first, Math.Max(0, last - first + 1)).Aggregate(BigRational.One, (p, k) => p * lambdas[k - 1]);
        var trace = arithmetic.Zero;
        for (int l = 1; l <= depth; l++)
        {
            var above = l == depth ? arithmetic.FromRational(widths[depth]) : arithmetic.Multiply(powers[depth - l], arithmetic.FromRational(1 / Product(l + 1, depth)));
            var below = l == 1 ? arithmetic.FromRational(widths[0]) : arithmetic.Multiply(powers[l - 1], arithmetic.FromRational(1 / Product(1, l - 1)));
            trace = arithmetic.Add(trace, arithmetic.Multiply(arithmetic.FromRational(2), arithmetic.Multiply(above, below)));
            trace = arithmetic.Add(trace, arithmetic.FromRational(2 * lambdas[l - 1] * widths[l] * widths[l - 1]));
        }

        return trace;
    }

    /// <summary>The closed form at doubles (converted exactly), rounded to a double.</summary>
    public static double AtCriticalPoint(IReadOnlyList<int> widths, IReadOnlyList<double> lambdas, IReadOnlyList<double> sigmas)
    {
        ArgumentNullException.ThrowIfNull(lambdas);
        ArgumentNullException.ThrowIfNull(sigmas);
        return AtCriticalPoint(RationalArithmetic.Instance, widths, lambdas.Select(BigRational.FromDouble).ToList(), sigmas.Select(BigRational.FromDouble).ToList()).ToDouble();
    }
}
