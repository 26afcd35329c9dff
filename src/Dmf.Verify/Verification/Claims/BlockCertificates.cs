using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>
/// Certificates for a shifted Hessian block S(σ_a, σ_c, s) too large for the exact conditions of
/// <see cref="BlockConditions"/> — a block of two active positions at different roots is one component of 2L entries,
/// and its minors are polynomials of a degree the solver cannot settle on a box. Each certificate turns the question
/// into conditions of the entries' own degree, proved on a box of both σ (<see cref="BoxClaims"/>):
/// <list type="bullet">
/// <item>not positive definite (an eigenvalue at or above the bound): a rational vector v with vᵀ·S·v ≤ 0 — one
/// polynomial, quadratic in nothing but the entries;</item>
/// <item>positive definite (every eigenvalue below the bound): a rational matrix B and t &gt; 0 with B − t·I positive
/// definite (exact pivots of its LDLᵀ factorization, our arithmetic) and every entry of S within t/n of B's on the box;
/// then ‖S − B‖_F ≤ t and, by Weyl's inequality, λ_min(S) ≥ λ_min(B) − t &gt; 0.</item>
/// </list>
/// The vector and the matrix come from doubles at the roots' approximations; what they certify is exact.
/// </summary>
internal static class BlockCertificates
{
    /// <summary>vᵀ·S·v for the eigenvector v of S's smallest eigenvalue at <paramref name="point"/>, when that value is clearly negative; else null.</summary>
    public static MultivariatePolynomial? NegativeDirection(MultivariatePolynomial[,] s, IReadOnlyList<BigRational> point)
    {
        int n = s.GetLength(0);
        var (values, vectors) = Jacobi(Doubles(s, point), n);
        int smallest = Array.IndexOf(values, values.Min());
        if (!(values[smallest] < 0))
        {
            return null;
        }

        // vᵀSv is stationary at the eigenvector: 20 bits of v lose about 40 bits of the value, so short numerals suffice.
        var v = Enumerable.Range(0, n).Select(i => Short(vectors[(i * n) + smallest], 20)).ToArray();
        var q = ScalarTheory.Constant(BigRational.Zero);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (!v[i].IsZero && !v[j].IsZero && !s[i, j].IsZero)
                {
                    q = q.Add(s[i, j].Scale(v[i] * v[j]));
                }
            }
        }

        var scale = q.Terms.Aggregate(BigRational.One, (m, t) => BigRational.Max(m, BigRational.Abs(t.Coefficient)));
        var value = q.Evaluate(point);
        return value.Sign < 0 && BigRational.Abs(value) >= scale * BigRational.FromBinary(1, -40) ? q : null;
    }

    /// <summary>
    /// The entry bounds |S_ij − B_ij| ≤ t/n as conditions (each ≤ 0 or ≥ 0), row by row (j ≥ i; rows of constant entries
    /// left out), with what the exact part established; null when S is not clearly positive definite at
    /// <paramref name="point"/>.
    /// </summary>
    public static (IReadOnlyList<IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)>> Rows, string Established)? Perturbation(MultivariatePolynomial[,] s, IReadOnlyList<BigRational> point)
    {
        int n = s.GetLength(0);
        var approximate = Doubles(s, point);
        var (values, _) = Jacobi((double[])approximate.Clone(), n);
        double smallest = values.Min();
        if (!(smallest > 0))
        {
            return null;
        }

        // B: S at the point, rounded to short dyadics; t: half its smallest eigenvalue, checked exactly below.
        var b = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                // A constant entry is its own B: nothing to bound.
                b[i, j] = b[j, i] = IsConstant(s[i, j]) ? s[i, j].Evaluate(point) : Short(approximate[(i * n) + j], 40);
            }
        }

        var t = Short(smallest / 2, 20);
        if (t.Sign <= 0 || Pivots(b, t) is not { } pivots || pivots.Any(p => p.Sign <= 0))
        {
            return null;
        }

        var tolerance = t / n;
        var rows = new List<IReadOnlyList<(MultivariatePolynomial, SignCondition)>>();
        for (int i = 0; i < n; i++)
        {
            var conditions = new List<(MultivariatePolynomial, SignCondition)>();
            for (int j = i; j < n; j++)
            {
                if (IsConstant(s[i, j]))
                {
                    continue;
                }

                conditions.Add((s[i, j].Subtract(ScalarTheory.Constant(b[i, j] + tolerance)), SignCondition.NonPositive));
                conditions.Add((s[i, j].Subtract(ScalarTheory.Constant(b[i, j] - tolerance)), SignCondition.NonNegative));
            }

            if (conditions.Count > 0)
            {
                rows.Add(conditions);
            }
        }

        string established = Invariant($"B - t*I is positive definite for the rational B of the query's entry bounds and t = {t.ToExactString()} (its {n} LDL^T pivots are > 0, in exact arithmetic), and each entry of S is within t/{n} of B's, so ||S - B||_F <= t and lambda_min(S) >= lambda_min(B) - t > 0 (Weyl)");
        return (rows, established);
    }

    /// <summary>The pivots of the LDLᵀ factorization of B − t·I (Gaussian elimination without pivoting, exact); null at a zero pivot.</summary>
    private static IReadOnlyList<BigRational>? Pivots(BigRational[,] b, BigRational t)
    {
        int n = b.GetLength(0);
        var a = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[i, j] = i == j ? b[i, j] - t : b[i, j];
            }
        }

        var pivots = new List<BigRational>(n);
        for (int k = 0; k < n; k++)
        {
            var pivot = a[k, k];
            if (pivot.IsZero)
            {
                return null;
            }

            pivots.Add(pivot);
            for (int i = k + 1; i < n; i++)
            {
                if (a[i, k].IsZero)
                {
                    continue;
                }

                var factor = a[i, k] / pivot;
                for (int j = k + 1; j < n; j++)
                {
                    a[i, j] -= factor * a[k, j];
                }
            }
        }

        return pivots;
    }

    /// <summary>Whether p depends on none of σ_a, σ_c, s (λ is a number).</summary>
    private static bool IsConstant(MultivariatePolynomial p) =>
        p.DegreeIn(ScalarTheory.X) <= 0 && p.DegreeIn(ScalarTheory.Y) <= 0 && p.DegreeIn(ScalarTheory.S) <= 0;

    private static double[] Doubles(MultivariatePolynomial[,] s, IReadOnlyList<BigRational> point)
    {
        int n = s.GetLength(0);
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[(i * n) + j] = s[i, j].Evaluate(point).ToDouble();
            }
        }

        return a;
    }

    /// <summary>x rounded to a dyadic rational with about <paramref name="bits"/> significant bits (0 stays 0).</summary>
    private static BigRational Short(double x, int bits)
    {
        if (x == 0 || !double.IsFinite(x))
        {
            return BigRational.Zero;
        }

        int exponent = Math.ILogB(x) - bits;
        return BigRational.FromBinary(new System.Numerics.BigInteger(Math.Round(Math.ScaleB(x, -exponent))), exponent);
    }

    /// <summary>Eigenvalues and eigenvectors (columns, row-major) of a small symmetric matrix by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[] Vectors) Jacobi(double[] a, int n)
    {
        var v = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }

        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, norm = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    norm += a[(i * n) + j] * a[(i * n) + j];
                    off += i != j ? a[(i * n) + j] * a[(i * n) + j] : 0;
                }
            }

            if (off <= 1e-30 * norm)
            {
                break;
            }

            for (int p = 0; p < n - 1; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    double apq = a[(p * n) + q];
                    if (apq == 0)
                    {
                        continue;
                    }

                    double theta = (a[(q * n) + q] - a[(p * n) + p]) / (2 * apq);
                    double tangent = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    double c = 1 / Math.Sqrt((tangent * tangent) + 1), sine = tangent * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[(k * n) + p], akq = a[(k * n) + q];
                        a[(k * n) + p] = (c * akp) - (sine * akq);
                        a[(k * n) + q] = (sine * akp) + (c * akq);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[(p * n) + k], aqk = a[(q * n) + k];
                        a[(p * n) + k] = (c * apk) - (sine * aqk);
                        a[(q * n) + k] = (sine * apk) + (c * aqk);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[(k * n) + p], vkq = v[(k * n) + q];
                        v[(k * n) + p] = (c * vkp) - (sine * vkq);
                        v[(k * n) + q] = (sine * vkp) + (c * vkq);
                    }
                }
            }
        }

        return (Enumerable.Range(0, n).Select(i => a[(i * n) + i]).ToArray(), v);
    }
}
