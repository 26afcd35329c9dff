namespace Dmf.Verify.Instance;

/// <summary>
/// Y = U · diag(y) · Vᵀ with U (d_L × d_L) and V (d_0 × d_0) orthogonal, both row-major. Column j &lt; d_Y of U and V
/// carries singular value y_j; the remaining columns span the null spaces.
/// </summary>
/// <param name="OutputVectors">U, row-major d_L × d_L.</param>
/// <param name="InputVectors">V, row-major d_0 × d_0.</param>
/// <param name="Data">Y itself, row-major d_L × d_0, as the numeric kernels see it.</param>
public sealed record DataBasis(double[] OutputVectors, double[] InputVectors, double[] Data)
{
    /// <summary>The basis of a rectangular-diagonal Y with the given diagonal (identity vectors, sign flips for negative entries).</summary>
    public static DataBasis Diagonal(int rows, int columns, IReadOnlyList<double> diagonal)
    {
        var u = Identity(rows);
        var v = Identity(columns);
        var y = new double[rows * columns];
        for (int j = 0; j < diagonal.Count; j++)
        {
            y[(j * columns) + j] = diagonal[j];
            if (diagonal[j] < 0)
            {
                u[(j * rows) + j] = -1;
            }
        }

        return new DataBasis(u, v, y);
    }

    private static double[] Identity(int n)
    {
        var identity = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            identity[(i * n) + i] = 1;
        }

        return identity;
    }
}
