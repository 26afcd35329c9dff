using Dmf.Kernels;

namespace Dmf.Verify.Spectrum;

/// <summary>
/// Proved enclosures of every singular value of a matrix, from a floating SVD and a-priori rounding-error bounds
/// (docs/analyze.md, "Certified singular values"). With Ã = U·diag(s)·Vᵀ the computed SVD (k = min(m, n)):
/// <list type="number">
/// <item>R = A − Ã, its Frobenius norm bounded by the computed residual plus γ_{k+3}(‖A‖_F + ‖U·diag(s)‖_F·‖V‖_F) (the
/// rounding of every product and sum that formed it): ρ ≥ ‖R‖₂;</item>
/// <item>α ≥ ‖UᵀU − I‖₂ and β ≥ ‖VᵀV − I‖₂ the same way (the computed Gram matrices plus γ_{m+2}(‖U‖_F² + √k));</item>
/// <item>with U = Q_U·P_U, V = Q_V·P_V polar (Q's with orthonormal columns, one of them square), the singular values of
/// Ã are those of P_U·diag(s)·P_V, each within [s_i√((1−α)(1−β)), s_i√((1+α)(1+β))];</item>
/// <item>Weyl, in sorted order: |σ_i(A) − σ_i(Ã)| ≤ ‖R‖₂ ≤ ρ, and the same for the data's conversion error δ ≥ ‖Y − A‖₂.</item>
/// </list>
/// A is first scaled by a power of two so that its largest entry is in [1/2, 1) (exact; entries pushed below the
/// normal range add their loss to δ). Every bound is an exact rational, so the enclosures are proved, not estimated.
/// </summary>
internal static class SingularValueEnclosures
{
    /// <summary>
    /// The enclosures of the singular values of the exact matrix Y, descending, given A (row-major m × n doubles) with
    /// ‖Y − A‖_F ≤ <paramref name="conversionError"/> (zero when every entry of Y is its double). Null when the floating
    /// SVD is too far from orthogonal to bound (α or β ≥ 1).
    /// </summary>
    public static (IReadOnlyList<ValueEnclosure> Values, string Method)? Of(ReadOnlySpan<double> a, int m, int n, BigRational conversionError) =>
        Of(a, m, n, conversionError, managed: false);

    /// <summary>As above; <paramref name="managed"/> takes the managed SVD even where LAPACK is present (tests of the fallback).</summary>
    internal static (IReadOnlyList<ValueEnclosure> Values, string Method)? Of(ReadOnlySpan<double> a, int m, int n, BigRational conversionError, bool managed)
    {
        int k = Math.Min(m, n);
        double largest = 0;
        foreach (double x in a)
        {
            largest = Math.Max(largest, Math.Abs(x));
        }

        if (largest == 0)
        {
            var zero = new ValueEnclosure(BigRational.Zero, BigRational.Zero, conversionError);
            return (Enumerable.Repeat(zero, k).ToList(), "zero matrix");
        }

        // A_s = 2^-e·A with its largest entry in [1/2, 1): exact except for entries that fall below the normal range.
        int e = Math.ILogB(largest) + 1;
        var scaled = new double[a.Length];
        long lost = 0;
        for (int i = 0; i < a.Length; i++)
        {
            scaled[i] = Math.ScaleB(a[i], -e);
            if (a[i] != 0 && Math.Abs(scaled[i]) < double.Epsilon * 4503599627370496.0)
            {
                lost++;
            }
        }

        var scale = BigRational.FromBinary(1, e);
        var delta = (conversionError / scale) + RoundingBounds.SquareRootUpper(lost * BigRational.FromBinary(1, -2148));
        // The SVD overwrites the scaled copy; the residual is formed in the same buffer afterwards (so it is scaled again
        // below, and again here for the managed SVD when LAPACK is absent or did not converge).
        var svd = managed ? null : FloatingSvd.Overwriting(scaled, m, n);
        if (svd is null)
        {
            for (int i = 0; i < a.Length; i++)
            {
                scaled[i] = Math.ScaleB(a[i], -e);
            }

            svd = FloatingSvd.Managed(scaled, m, n, managed ? "asked for" : LapackSvd.IsAvailable ? "LAPACK's dgesdd did not converge" : "no system LAPACK, or DMF_LAPACK=0");
        }

        var s = svd.S;
        for (int i = 1; i < k; i++)
        {
            if (!(s[i] <= s[i - 1]) || s[i] < 0)
            {
                throw new InvalidOperationException("The floating SVD returned singular values out of order.");
            }
        }

        // Uᵀ (k × m) into the scaled copy, free between the SVD (which overwrote it) and the residual (formed in it below).
        DenseKernels.Transpose(svd.U, m, k, scaled.AsSpan(0, k * m));
        var alpha = OrthogonalityBound(scaled, m, k);
        var beta = OrthogonalityBound(svd.Vt, n, k);
        for (int i = 0; i < a.Length; i++)
        {
            scaled[i] = Math.ScaleB(a[i], -e);
        }

        var rho = ResidualBound(scaled, svd, m, n, k);
        if (alpha >= BigRational.One || beta >= BigRational.One)
        {
            return null;
        }

        var low = RoundingBounds.SquareRootLower((BigRational.One - alpha) * (BigRational.One - beta));
        var high = RoundingBounds.SquareRootUpper((BigRational.One + alpha) * (BigRational.One + beta));
        var radius = RoundingBounds.RoundUp(rho + delta);
        var values = new ValueEnclosure[k];
        for (int i = 0; i < k; i++)
        {
            var si = BigRational.FromDouble(s[i]);
            var lower = RoundingBounds.RoundDown((si * low) - radius);
            var upper = RoundingBounds.RoundUp((si * high) + radius);
            values[i] = new ValueEnclosure(BigRational.Max(lower, BigRational.Zero) * scale, si * scale, upper * scale);
        }

        return (values, svd.Method);
    }

    /// <summary>
    /// The peak memory of <see cref="Of(ReadOnlySpan{double}, int, int, BigRational)"/> for an m × n matrix, in bytes,
    /// estimated before any of it is allocated: the scaled copy (reused for Uᵀ and the residual), U, Vᵀ, one block of
    /// the Gram matrices and LAPACK's dgesdd workspace for thin vectors (about 4k² + 7k + max(m, n)·k doubles, 8k
    /// integers).
    /// </summary>
    public static long EstimatedBytes(int m, int n)
    {
        long k = Math.Min(m, n), large = Math.Max(m, n), block = Math.Min(k, GramBlock);
        long doubles = ((long)m * n) + (m * k) + (k * n) + (block * block) + (4 * k * k) + (7 * k) + (large * k);
        return (8 * doubles) + (32 * k);
    }

    /// <summary>
    /// ρ ≥ ‖A − U·diag(s)·Vᵀ‖_F, from the residual computed in doubles and the bound on its rounding. Overwrites
    /// <paramref name="a"/> with the residual and U with U·diag(s) (both are not needed after: the caller bounds U's
    /// orthogonality first).
    /// </summary>
    private static BigRational ResidualBound(double[] a, FloatingSvd svd, int m, int n, int k)
    {
        var us = svd.U;
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < k; j++)
            {
                us[((long)i * k) + j] *= svd.S[j];
            }
        }

        var normA = RoundingBounds.FrobeniusUpper(a);
        var residual = a;
        DenseKernels.Gemm(m, n, k, -1.0, us, false, svd.Vt, false, 1.0, residual);

        // |computed − exact| ≤ γ_{k+1}(|A| + |ŨS|·|Vᵀ|) for the product and sum, and |ŨS − U·diag(s)| ≤ u|ŨS|/(1 − u):
        // in Frobenius norm together at most γ_{k+3}(‖A‖_F + ‖ŨS‖_F·‖Vᵀ‖_F).
        var rounding = RoundingBounds.Gamma(k + 3) * (normA + (RoundingBounds.FrobeniusUpper(us) * RoundingBounds.FrobeniusUpper(svd.Vt)));
        return RoundingBounds.RoundUp(RoundingBounds.FrobeniusUpper(residual) + rounding);
    }

    /// <summary>
    /// α ≥ ‖XXᵀ − I‖_F for the k rows (length <paramref name="length"/>) of row-major <paramref name="rows"/>: Vᵀ as it
    /// is, U transposed first. The Gram matrix is symmetric, so only its blocks on and above the diagonal are formed
    /// (blocks of <see cref="GramBlock"/> rows, contiguous), the ones above counted twice: about half the products.
    /// </summary>
    private static BigRational OrthogonalityBound(double[] rows, int length, int k)
    {
        int blocks = (k + GramBlock - 1) / GramBlock;
        var product = new double[(long)Math.Min(k, GramBlock) * Math.Min(k, GramBlock)];
        double sum = 0;
        for (int a = 0; a < blocks; a++)
        {
            int firstA = a * GramBlock, sizeA = Math.Min(GramBlock, k - firstA);
            var rowsA = rows.AsSpan(firstA * length, sizeA * length);
            for (int b = a; b < blocks; b++)
            {
                int firstB = b * GramBlock, sizeB = Math.Min(GramBlock, k - firstB);
                var block = product.AsSpan(0, sizeA * sizeB);
                DenseKernels.Gemm(sizeA, sizeB, length, 1.0, rowsA, false, rows.AsSpan(firstB * length, sizeB * length), true, 0.0, block);
                if (a == b)
                {
                    for (int i = 0; i < sizeA; i++)
                    {
                        block[(i * sizeB) + i] -= 1.0;
                    }
                }

                sum += (a == b ? 1 : 2) * RoundingBounds.SumOfSquares(block);
            }
        }

        // Each entry is a sum of length + 1 terms (the −1 on the diagonal): off by γ_{length+2}(|X||X|ᵀ + I) with the subtraction's rounding.
        var norm = RoundingBounds.FrobeniusUpper(rows.AsSpan(0, k * length));
        var rounding = RoundingBounds.Gamma(length + 2) * ((norm * norm) + RoundingBounds.SquareRootUpper(k));
        return RoundingBounds.RoundUp(RoundingBounds.FrobeniusUpper(sum, (long)k * k) + rounding);
    }

    /// <summary>Rows per block of the Gram matrix (<see cref="OrthogonalityBound"/>).</summary>
    private const int GramBlock = 256;
}
