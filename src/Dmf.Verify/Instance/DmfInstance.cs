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

    /// <summary>
    /// Largest min(d_0, d_L) for which a non-diagonal Y's singular values are computed exactly (the characteristic
    /// polynomial of its Gram matrix; 100 × 100 takes seconds, docs/analyze.md); larger ones take the numeric path.
    /// </summary>
    public const int MaxExactSpectrumSize = 200;

    private readonly Lazy<DataBasis> _basis;

    private DmfInstance(int depth, IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, IReadOnlyList<BigRational> singularValues, DataBasis basis, string singularValueSource, bool singularValuesExact = true)
        : this(depth, widths, lambdas, singularValues, () => basis, singularValueSource, singularValuesExact)
    {
    }

    private DmfInstance(int depth, IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, IReadOnlyList<BigRational> singularValues, Func<DataBasis> basis, string singularValueSource, bool singularValuesExact)
    {
        SingularValuesExact = singularValuesExact;
        Depth = depth;
        Widths = widths;
        Lambdas = lambdas;
        SingularValues = singularValues;
        _basis = new Lazy<DataBasis>(basis, LazyThreadSafetyMode.ExecutionAndPublication);
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

    /// <summary>U, V and Y in doubles for realizations and numerics (a full matrix's singular vectors are computed on first use: only realizations need them).</summary>
    public DataBasis Basis => _basis.Value;

    /// <summary>Where the singular values came from: "given", "exact: …" (a diagonal Y, or Y's exact spectrum), or "numeric SVD …" with its clustering tolerance and why.</summary>
    public string SingularValueSource { get; }

    /// <summary>
    /// True when the classification is about Y's singular values exactly (given, a diagonal Y, or the exact spectrum of a
    /// rational Y — rational, or algebraic with <see cref="AlgebraicSingularValues"/>); false on the numeric path, where
    /// every verdict is about the rounded values.
    /// </summary>
    public bool SingularValuesExact { get; }

    /// <summary>
    /// Y's singular values exactly when some are irrational (algebraic numbers, descending; <see cref="SingularValues"/>
    /// then holds rational approximations in the same order, within 2^−128 relative); null when every value is rational.
    /// </summary>
    public IReadOnlyList<AlgebraicNumber>? AlgebraicSingularValues { get; private init; }

    /// <summary>The types over the algebraic values, built once (their approximations are <see cref="SingularValues"/>).</summary>
    private CriticalPointTypes? AlgebraicTypes { get; init; }

    /// <summary>y_{j+1} as text: the exact rational, or for an irrational value its first 12 decimals and "...".</summary>
    public string SingularValueText(int index) =>
        AlgebraicSingularValues is { } exact && !exact[index].IsKnownRational ? CriticalPointTypes.Display(exact[index]) : SingularValues[index].ToExactString();

    /// <summary>All singular values as text (<see cref="SingularValueText"/>).</summary>
    public IReadOnlyList<string> SingularValueTexts() => Enumerable.Range(0, SingularValues.Count).Select(SingularValueText).ToList();

    /// <summary>The scalar landscape (λ = Π λ_l).</summary>
    public ScalarLandscape Landscape { get; }

    /// <summary>d_min = min_l d_l: the largest rank W_{L:1} can have.</summary>
    public int MinimumWidth => Widths.Min();

    /// <summary>Σ_l d_l·d_{l−1}.</summary>
    public long ParameterCount => ParameterCountOf(Widths);

    /// <summary>Σ_l d_l·d_{l−1} for widths d_0..d_L (known before Y is decomposed).</summary>
    public static long ParameterCountOf(IReadOnlyList<int> widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return Enumerable.Range(1, widths.Count - 1).Sum(l => (long)widths[l] * widths[l - 1]);
    }

    /// <summary>The critical-point types of the instance.</summary>
    public CriticalPointTypes Types() => AlgebraicTypes ?? CriticalPointTypes.Create(Landscape, SingularValues, MinimumWidth);

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
    /// An instance with Y given entry by entry (rows = d_L, columns = d_0), singular values in descending order. A
    /// rectangular-diagonal Y has exact singular values |Y_jj|; any other Y with min(d_0, d_L) ≤ <see cref="MaxExactSpectrumSize"/>
    /// gets them exactly from <see cref="ExactSingularValues"/>: when they are all rational the instance is exact (its
    /// singular vectors, used only for realizations and numerics, come from a double SVD aligned to the exact values);
    /// otherwise, or for a larger Y, the instance takes the numeric path (<see cref="SingularValueDecomposition"/>) and says so.
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
            var order = Enumerable.Range(0, diagonal.Count).OrderByDescending(j => BigRational.Abs(diagonal[j])).ToList();
            var basis = DataBasis.PermutedDiagonal(rows, columns, diagonal.Select(v => v.ToDouble()).ToList(), order);
            return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), order.Select(j => BigRational.Abs(diagonal[j])).ToArray(), basis, "exact: the diagonal of Y, in descending order");
        }

        if (Math.Min(rows, columns) <= MaxExactSpectrumSize)
        {
            var exact = ExactSingularValues.Expanded(ExactSingularValues.Of(y));
            var rational = exact.Where(v => v.IsKnownRational).Select(v => v.TryGetRational(out var r) ? r : BigRational.Zero).ToArray();
            if (rational.Length == exact.Count)
            {
                return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), rational, () => SingularValueDecomposition.Basis(y),
                    "exact: square roots of the eigenvalues of the Gram matrix, from its characteristic polynomial; singular vectors for realizations from a double SVD", singularValuesExact: true);
            }

            // Irrational values: exact classification over the algebraic numbers, shown and realized at rational
            // approximations that keep their order (CriticalPointTypes.Create).
            var space = CriticalPointTypes.Create(ScalarLandscape.FromLayerRegularizations(lambdas), exact, widths.Min());
            var irrational = exact.Select((v, j) => (v, j)).First(p => !p.v.IsKnownRational);
            return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), space.SingularValues.ToArray(), () => SingularValueDecomposition.Basis(y),
                Invariant($"exact, algebraic: square roots of the eigenvalues of the Gram matrix, from its characteristic polynomial (y_{irrational.j + 1} is a root of a polynomial of degree {irrational.v.DefiningPolynomial.Degree}); thresholds, types and classes exact; sigma and F computed at rational approximations within 2^-128; singular vectors for realizations from a double SVD"),
                singularValuesExact: true)
            {
                AlgebraicSingularValues = exact,
                AlgebraicTypes = space,
            };
        }

        var svd = SingularValueDecomposition.Compute(y);
        return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), svd.SingularValues, () => SingularValueDecomposition.Basis(y),
            Invariant($"{svd.Description}; min(d_0, d_L) = {Math.Min(rows, columns)} is above {MaxExactSpectrumSize}, the largest computed exactly"), singularValuesExact: false);
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
