using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;
using static System.FormattableString;

namespace Dmf.Verify.Instance;

/// <summary>
/// An instance of the problem (docs/theory.md §1): depth L, widths d_0..d_L, exact weights λ_1..λ_L and the data Y, given by
/// its singular values y_1..y_{d_Y} (exact) and a basis realizing it (<see cref="Basis"/>). When Y came as a full matrix
/// with off-diagonal entries, the singular values were computed numerically: <see cref="SingularValueSource"/> says so.
/// </summary>
public sealed record DmfInstance
{
    /// <summary>Largest accepted width.</summary>
    public const int MaxWidth = 4096;

    /// <summary>Largest accepted depth (the exact classification works for any depth; the numeric check has its own limit).</summary>
    public const int MaxDepth = 1000;

    private DmfInstance(int depth, IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, IReadOnlyList<BigRational> singularValues, DataBasis basis, string singularValueSource)
    {
        Depth = depth;
        Widths = widths;
        Lambdas = lambdas;
        SingularValues = singularValues;
        Basis = basis;
        SingularValueSource = singularValueSource;
        Landscape = ScalarLandscape.FromLayerRegularizations(lambdas);
    }

    /// <summary>L ≥ 2.</summary>
    public int Depth { get; }

    /// <summary>d_0..d_L.</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>λ_1..λ_L, exact, positive.</summary>
    public IReadOnlyList<BigRational> Lambdas { get; }

    /// <summary>y_1..y_{d_Y} (d_Y = min(d_0, d_L)), exact rationals, in the order of the basis columns.</summary>
    public IReadOnlyList<BigRational> SingularValues { get; }

    /// <summary>U, V and Y in doubles for realizations and numerics.</summary>
    public DataBasis Basis { get; }

    /// <summary>Where the singular values came from: "given", "diagonal of Y (exact)", or the numeric SVD and its clustering tolerance.</summary>
    public string SingularValueSource { get; }

    /// <summary>The scalar landscape (λ = Π λ_l).</summary>
    public ScalarLandscape Landscape { get; }

    /// <summary>d_min = min_l d_l: the largest rank W_{L:1} can have.</summary>
    public int MinimumWidth => Widths.Min();

    /// <summary>Σ_l d_l·d_{l−1}.</summary>
    public long ParameterCount => Enumerable.Range(1, Depth).Sum(l => (long)Widths[l] * Widths[l - 1]);

    /// <summary>The critical-point types of the instance.</summary>
    public CriticalPointTypes Types() => CriticalPointTypes.Create(Landscape, SingularValues, MinimumWidth);

    /// <summary>An instance with Y = diag(y) (d_L × d_0, y_j at (j, j)); y needs min(d_0, d_L) nonnegative values.</summary>
    public static DmfInstance FromSingularValues(IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, IReadOnlyList<BigRational> singularValues)
    {
        ArgumentNullException.ThrowIfNull(singularValues);
        int depth = Validate(widths, lambdas);
        int dY = Math.Min(widths[0], widths[depth]);
        if (singularValues.Count != dY)
        {
            throw new ArgumentException(Invariant($"Y has min(d_0, d_L) = min({widths[0]}, {widths[depth]}) = {dY} singular values, but {singularValues.Count} were given."));
        }

        for (int j = 0; j < singularValues.Count; j++)
        {
            if (singularValues[j].Sign < 0)
            {
                throw new ArgumentException(Invariant($"singular value y_{j + 1} must be nonnegative, got {singularValues[j].ToExactString()}."));
            }
        }

        var basis = DataBasis.Diagonal(widths[depth], widths[0], singularValues.Select(y => y.ToDouble()).ToList());
        return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), singularValues.ToArray(), basis, "given");
    }

    /// <summary>
    /// An instance with Y given entry by entry (rows = d_L, columns = d_0). A rectangular-diagonal Y keeps exact singular
    /// values |Y_jj|; any other Y is decomposed numerically (<see cref="SingularValueDecomposition"/>).
    /// </summary>
    public static DmfInstance FromMatrix(IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, BigRational[,] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        int depth = Validate(widths, lambdas);
        int rows = y.GetLength(0), columns = y.GetLength(1);
        if (rows != widths[depth] || columns != widths[0])
        {
            throw new ArgumentException(Invariant($"Y must be d_L x d_0 = {widths[depth]} x {widths[0]}, got {rows} x {columns}."));
        }

        if (IsRectangularDiagonal(y))
        {
            var diagonal = Enumerable.Range(0, Math.Min(rows, columns)).Select(j => y[j, j]).ToList();
            var basis = DataBasis.Diagonal(rows, columns, diagonal.Select(v => v.ToDouble()).ToList());
            return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), diagonal.Select(BigRational.Abs).ToArray(), basis, "diagonal of Y (exact)");
        }

        var svd = SingularValueDecomposition.Compute(y);
        return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), svd.SingularValues, svd.Basis, svd.Description);
    }

    private static bool IsRectangularDiagonal(BigRational[,] y)
    {
        for (int i = 0; i < y.GetLength(0); i++)
        {
            for (int j = 0; j < y.GetLength(1); j++)
            {
                if (i != j && !y[i, j].IsZero)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Validate(IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(lambdas);
        int depth = widths.Count - 1;
        if (depth < 2 || depth > MaxDepth)
        {
            throw new ArgumentException(Invariant($"depth L must be between 2 and {MaxDepth} (widths d_0..d_L), got L = {depth}."));
        }

        for (int l = 0; l < widths.Count; l++)
        {
            if (widths[l] < 1 || widths[l] > MaxWidth)
            {
                throw new ArgumentException(Invariant($"width d_{l} must be between 1 and {MaxWidth}, got {widths[l]}."));
            }
        }

        if (lambdas.Count != depth)
        {
            throw new ArgumentException(Invariant($"depth {depth} needs {depth} weights lambda_l, got {lambdas.Count}."));
        }

        for (int l = 0; l < depth; l++)
        {
            if (lambdas[l].Sign <= 0)
            {
                throw new ArgumentException(Invariant($"lambda_{l + 1} must be positive, got {lambdas[l].ToExactString()}."));
            }
        }

        return depth;
    }
}
