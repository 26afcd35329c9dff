using System.Numerics;

namespace Dmf.Verify.Numerics;

/// <summary>
/// All eigenvalues of a dense symmetric matrix, without eigenvectors: Householder reduction to tridiagonal form
/// (rank-2 updates with <see cref="Vector{T}"/> inner loops) followed by the implicit QL algorithm with Wilkinson-type
/// shifts. Backward stable: the computed eigenvalues are exact for a matrix within a few n·ε·‖A‖ of the input.
/// </summary>
internal static class SymmetricEigenvalues
{
    /// <summary>
    /// The eigenvalues of the symmetric n × n matrix <paramref name="a"/> (row-major; overwritten), ascending.
    /// Only the lower triangle is trusted to be symmetric with the upper one; pass a symmetrized matrix.
    /// </summary>
    public static double[] Compute(double[] a, int n)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length != (long)n * n)
        {
            throw new ArgumentException(Invariant($"Expected {n} x {n} = {(long)n * n} entries, got {a.Length}."), nameof(a));
        }

        var diagonal = new double[n];
        var offDiagonal = new double[n];
        Tridiagonalize(a, n, diagonal, offDiagonal);
        Tridiagonal(diagonal, offDiagonal, null);
        Array.Sort(diagonal);
        return diagonal;
    }

    /// <summary>
    /// Eigenvalues (in <paramref name="d"/>, unsorted) of the symmetric tridiagonal matrix with diagonal d and
    /// off-diagonal e (e[i] couples i and i+1; e[n−1] ignored), by implicit QL. When <paramref name="vectors"/> (n × n,
    /// row-major, initially the identity) is given, the eigenvectors are accumulated in its columns.
    /// </summary>
    public static void Tridiagonal(double[] d, double[] e, double[]? vectors)
    {
        int n = d.Length;
        if (n == 0)
        {
            return;
        }

        e[n - 1] = 0;

        // Deflate when |e_m| ≤ ε·(|d_m| + |d_{m+1}|) or |e_m| ≤ ε·‖T‖: the absolute test keeps clusters of (near-)zero
        // eigenvalues from iterating on rounding noise and costs no more than the reduction's own backward error.
        double norm = 0;
        for (int i = 0; i < n; i++)
        {
            norm = Math.Max(norm, Math.Abs(d[i]) + Math.Abs(e[i]) + (i > 0 ? Math.Abs(e[i - 1]) : 0));
        }

        double absolute = Math.Pow(2, -53) * norm;
        for (int l = 0; l < n; l++)
        {
            int iterations = 0;
            int m;
            do
            {
                for (m = l; m < n - 1; m++)
                {
                    double dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= Math.Max(Math.Pow(2, -53) * dd, absolute))
                    {
                        break;
                    }
                }

                if (m == l)
                {
                    break;
                }

                if (++iterations > 100)
                {
                    throw new InvalidOperationException("The QL iteration did not converge.");
                }

                double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                double r = Hypot(g, 1.0);
                g = d[m] - d[l] + (e[l] / (g + (g >= 0 ? r : -r)));
                double s = 1.0, c = 1.0, p = 0.0;
                int i;
                bool deflated = false;
                for (i = m - 1; i >= l; i--)
                {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = Hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0.0)
                    {
                        d[i + 1] -= p;
                        e[m] = 0.0;
                        deflated = true;
                        break;
                    }

                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = ((d[i] - g) * s) + (2.0 * c * b);
                    p = s * r;
                    d[i + 1] = g + p;
                    g = (c * r) - b;
                    if (vectors is not null)
                    {
                        for (int k = 0; k < n; k++)
                        {
                            double z = vectors[(k * n) + i + 1];
                            vectors[(k * n) + i + 1] = (s * vectors[(k * n) + i]) + (c * z);
                            vectors[(k * n) + i] = (c * vectors[(k * n) + i]) - (s * z);
                        }
                    }
                }

                if (deflated)
                {
                    continue;
                }

                d[l] -= p;
                e[l] = g;
                e[m] = 0.0;
            }
            while (m != l);
        }
    }

    /// <summary>Householder reduction of the symmetric matrix to tridiagonal form (d, e); <paramref name="a"/> is destroyed.</summary>
    private static void Tridiagonalize(double[] a, int n, double[] d, double[] e)
    {
        var v = new double[n];
        var p = new double[n];
        for (int k = 0; k < n - 2; k++)
        {
            int start = k + 1;
            int m = n - start;
            double norm = 0;
            for (int i = start; i < n; i++)
            {
                double x = a[(i * n) + k];
                norm += x * x;
            }

            norm = Math.Sqrt(norm);
            d[k] = a[(k * n) + k];
            if (norm == 0)
            {
                e[k] = 0;
                continue;
            }

            double x0 = a[(start * n) + k];
            double alpha = x0 >= 0 ? -norm : norm;
            e[k] = alpha;

            // v = (x − αe₁)/‖x − αe₁‖, H = I − 2vvᵀ maps x to αe₁.
            double vNorm = 0;
            for (int i = 0; i < m; i++)
            {
                v[i] = a[((start + i) * n) + k];
            }

            v[0] -= alpha;
            for (int i = 0; i < m; i++)
            {
                vNorm += v[i] * v[i];
            }

            vNorm = Math.Sqrt(vNorm);
            for (int i = 0; i < m; i++)
            {
                v[i] /= vNorm;
            }

            // p = A'v, K = vᵀp, q = p − Kv; A' ← A' − 2vqᵀ − 2qvᵀ.
            var vs = v.AsSpan(0, m);
            double kappa = 0;
            for (int i = 0; i < m; i++)
            {
                p[i] = Dot(a.AsSpan(((start + i) * n) + start, m), vs);
                kappa += v[i] * p[i];
            }

            for (int i = 0; i < m; i++)
            {
                p[i] -= kappa * v[i];
            }

            var qs = p.AsSpan(0, m);
            for (int i = 0; i < m; i++)
            {
                RankTwoRow(a.AsSpan(((start + i) * n) + start, m), -2.0 * v[i], qs, -2.0 * p[i], vs);
            }
        }

        if (n >= 2)
        {
            d[n - 2] = a[((n - 2) * n) + n - 2];
            e[n - 2] = a[((n - 1) * n) + n - 2];
        }

        d[n - 1] = a[((n - 1) * n) + n - 1];
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int i = 0;
        var sum = Vector<double>.Zero;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                sum += new Vector<double>(x.Slice(i)) * new Vector<double>(y.Slice(i));
            }
        }

        double total = Vector.Dot(sum, Vector<double>.One);
        for (; i < x.Length; i++)
        {
            total += x[i] * y[i];
        }

        return total;
    }

    /// <summary>row += a·x + b·y.</summary>
    private static void RankTwoRow(Span<double> row, double a, ReadOnlySpan<double> x, double b, ReadOnlySpan<double> y)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = new Vector<double>(a);
            var vb = new Vector<double>(b);
            for (; i <= row.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var r = new Vector<double>(row.Slice(i)) + (va * new Vector<double>(x.Slice(i))) + (vb * new Vector<double>(y.Slice(i)));
                r.CopyTo(row.Slice(i));
            }
        }

        for (; i < row.Length; i++)
        {
            row[i] += (a * x[i]) + (b * y[i]);
        }
    }

    private static double Hypot(double a, double b)
    {
        double x = Math.Abs(a), y = Math.Abs(b);
        if (x < y)
        {
            (x, y) = (y, x);
        }

        if (x == 0)
        {
            return 0;
        }

        double ratio = y / x;
        return x * Math.Sqrt(1 + (ratio * ratio));
    }
}
