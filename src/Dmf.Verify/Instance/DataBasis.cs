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
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(DataBasis? other) =>
        other is not null &&
        ValueLists.Equal(OutputVectors, other.OutputVectors) &&
        ValueLists.Equal(InputVectors, other.InputVectors) &&
        ValueLists.Equal(Data, other.Data);

    /// <summary>A hash consistent with <see cref="Equals(DataBasis?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(ValueLists.Hash(OutputVectors), ValueLists.Hash(InputVectors), ValueLists.Hash(Data));

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

    /// <summary>
    /// The basis of a rectangular-diagonal Y whose singular values are listed in the order <paramref name="order"/>
    /// (singular value j is |diagonal[order[j]]|): column j of U and V is the unit vector e_{order[j]}, U's with the
    /// entry's sign.
    /// </summary>
    public static DataBasis PermutedDiagonal(int rows, int columns, IReadOnlyList<double> diagonal, IReadOnlyList<int> order)
    {
        var u = new double[rows * rows];
        var v = new double[columns * columns];
        var y = new double[rows * columns];
        for (int j = 0; j < diagonal.Count; j++)
        {
            y[(j * columns) + j] = diagonal[j];
            int k = order[j];
            u[(k * rows) + j] = diagonal[k] < 0 ? -1 : 1;
            v[(k * columns) + j] = 1;
        }

        for (int j = diagonal.Count; j < rows; j++)
        {
            u[(j * rows) + j] = 1;
        }

        for (int j = diagonal.Count; j < columns; j++)
        {
            v[(j * columns) + j] = 1;
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
