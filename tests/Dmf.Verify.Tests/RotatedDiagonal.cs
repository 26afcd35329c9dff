using Dmf.Symbolic.Exact;

namespace Dmf.Verify.Tests;

/// <summary>Y = U·[diag(s); 0]·Vᵀ from exact orthogonal factors (rows × rows and columns × columns): its singular values are exactly s.</summary>
internal static class RotatedDiagonal
{
    /// <summary>Σ_k U[i, k]·s_k·V[j, k].</summary>
    public static BigRational[,] Of(BigRational[,] u, IReadOnlyList<BigRational> s, BigRational[,] v)
    {
        int rows = u.GetLength(0), columns = v.GetLength(0);
        var y = new BigRational[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                var sum = BigRational.Zero;
                for (int k = 0; k < s.Count; k++)
                {
                    sum += u[i, k] * s[k] * v[j, k];
                }

                y[i, j] = sum;
            }
        }

        return y;
    }
}
