namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// Eigenvalues of a symmetric matrix in double precision by cyclic Jacobi rotations, used only as guesses where
    /// exact arithmetic then certifies (separating points for root isolation): nothing exact depends on their accuracy.
    /// </summary>
    internal static class ApproximateEigenvalues
    {
        /// <summary>The eigenvalues of the symmetric integer matrix <paramref name="matrix"/> scaled by 2^−<paramref name="shift"/>, ascending, times 2^shift.</summary>
        public static double[] Of(BigInteger[,] matrix, out int shift)
        {
            int n = matrix.GetLength(0);
            var largest = BigInteger.Zero;
            foreach (var entry in matrix)
            {
                var magnitude = BigInteger.Abs(entry);
                if (magnitude > largest)
                {
                    largest = magnitude;
                }
            }

            // Scale into double range: entries / 2^shift ≤ 2^60.
            shift = largest.IsZero ? 0 : Math.Max(0, (int)Math.Ceiling(BigInteger.Log(largest, 2)) - 60);
            var a = new double[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    a[i, j] = (double)(matrix[i, j] >> shift);
                }
            }

            for (int sweep = 0; sweep < 60; sweep++)
            {
                double off = 0, total = 0;
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        total += a[i, j] * a[i, j];
                        if (i != j)
                        {
                            off += a[i, j] * a[i, j];
                        }
                    }
                }

                if (off <= 1e-30 * total)
                {
                    break;
                }

                for (int p = 0; p < n - 1; p++)
                {
                    for (int q = p + 1; q < n; q++)
                    {
                        if (a[p, q] == 0)
                        {
                            continue;
                        }

                        double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                        double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                        if (theta == 0)
                        {
                            t = 1;
                        }

                        double c = 1 / Math.Sqrt((t * t) + 1), s = t * c;
                        for (int k = 0; k < n; k++)
                        {
                            double akp = a[k, p], akq = a[k, q];
                            a[k, p] = (c * akp) - (s * akq);
                            a[k, q] = (s * akp) + (c * akq);
                        }

                        for (int k = 0; k < n; k++)
                        {
                            double apk = a[p, k], aqk = a[q, k];
                            a[p, k] = (c * apk) - (s * aqk);
                            a[q, k] = (s * apk) + (c * aqk);
                        }
                    }
                }
            }

            var values = new double[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = a[i, i];
            }

            Array.Sort(values);
            return values;
        }
    }
}
