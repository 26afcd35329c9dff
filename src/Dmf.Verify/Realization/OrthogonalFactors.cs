namespace Dmf.Verify.Realization;

/// <summary>
/// The free orthogonal factors Q_1..Q_{L−1} of docs/theory.md §2 (hidden layers): identity by default, or random orthogonal
/// matrices drawn from a seed (Gaussian entries, orthonormalized by modified Gram–Schmidt applied twice) to show that a
/// result does not depend on the choice. Deterministic for a given seed.
/// </summary>
public sealed record OrthogonalFactors(int? Seed)
{
    /// <summary>Q_l = I for every hidden layer.</summary>
    public static OrthogonalFactors Identity { get; } = new((int?)null);

    /// <summary>Random orthogonal Q_l from <paramref name="seed"/>.</summary>
    public static OrthogonalFactors Random(int seed) => new(seed);

    /// <summary>Q_1..Q_{L−1} for widths d_0..d_L, each row-major d_l × d_l (index 0 holds Q_1).</summary>
    public IReadOnlyList<double[]> ForWidths(IReadOnlyList<int> widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        var random = Seed is { } seed ? new System.Random(seed) : null;
        var factors = new List<double[]>();
        for (int l = 1; l < widths.Count - 1; l++)
        {
            factors.Add(random is null ? IdentityMatrix(widths[l]) : RandomOrthogonal(widths[l], random));
        }

        return factors;
    }

    private static double[] IdentityMatrix(int n)
    {
        var q = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            q[(i * n) + i] = 1;
        }

        return q;
    }

    private static double[] RandomOrthogonal(int n, System.Random random)
    {
        var q = new double[n * n];
        for (int k = 0; k < q.Length; k++)
        {
            q[k] = GaussianSampler.Next(random);
        }

        // Columns orthonormalized by modified Gram–Schmidt, twice (re-orthogonalization keeps ‖QᵀQ − I‖ at rounding level).
        for (int pass = 0; pass < 2; pass++)
        {
            for (int c = 0; c < n; c++)
            {
                for (int p = 0; p < c; p++)
                {
                    double dot = 0;
                    for (int r = 0; r < n; r++)
                    {
                        dot += q[(r * n) + p] * q[(r * n) + c];
                    }

                    for (int r = 0; r < n; r++)
                    {
                        q[(r * n) + c] -= dot * q[(r * n) + p];
                    }
                }

                double norm = 0;
                for (int r = 0; r < n; r++)
                {
                    norm += q[(r * n) + c] * q[(r * n) + c];
                }

                norm = Math.Sqrt(norm);
                for (int r = 0; r < n; r++)
                {
                    q[(r * n) + c] /= norm;
                }
            }
        }

        return q;
    }
}
