using Dmf.Symbolic.Landscape;
using Dmf.Verify.Landscape;
using Dmf.Verify.Spectrum;

namespace Dmf.Verify.Instance;

/// <summary>
/// An instance of the problem (docs/theory.md §1): depth L, widths d_0..d_L, exact weights λ_1..λ_L and the data Y, given by
/// its singular values y_1..y_{d_Y} (exact) and a basis realizing it (<see cref="Basis"/>). When Y came as a full matrix
/// with off-diagonal entries, the singular values were computed numerically: <see cref="SingularValueSource"/> says so.
/// </summary>
public sealed class DmfInstance
{
    /// <summary>Largest accepted width.</summary>
    public const int MaxWidth = 8192;

    /// <summary>Largest accepted depth (the exact classification works for any depth; the numeric check has its own limit).</summary>
    public const int MaxDepth = 1000;

    private readonly Lazy<DataBasis> _basis;
    private readonly Lazy<CriticalPointTypes> _types;
    private readonly Lazy<CertifiedEnclosures?> _certified;

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
        _types = new Lazy<CriticalPointTypes>(() => AlgebraicTypes ?? (Enclosures is { } enclosures ? CriticalPointTypes.Create(Landscape, enclosures, MinimumWidth) : CriticalPointTypes.Create(Landscape, SingularValues, MinimumWidth)), LazyThreadSafetyMode.ExecutionAndPublication);
        _certified = new Lazy<CertifiedEnclosures?>(() => Enclosures is not null ? new CertifiedEnclosures(Types()) : null, LazyThreadSafetyMode.ExecutionAndPublication);
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

    /// <summary>Where the singular values came from: "given", "exact: …" (a diagonal Y, or Y's exact spectrum), or "certified: …" with the enclosures' method and radius.</summary>
    public string SingularValueSource { get; }

    /// <summary>
    /// True when the classification is about Y's singular values exactly (given, a diagonal Y, or the exact spectrum of a
    /// rational Y — rational, or algebraic with <see cref="AlgebraicSingularValues"/>); false on the certified path, where
    /// the values are floating representatives of proved enclosures (<see cref="Enclosures"/>) and the verdicts hold for Y.
    /// </summary>
    public bool SingularValuesExact { get; }

    /// <summary>
    /// Y's singular values exactly when some are irrational (algebraic numbers, descending; <see cref="SingularValues"/>
    /// then holds rational approximations in the same order, within 2^−64 relative); null when every value is rational.
    /// </summary>
    public IReadOnlyList<AlgebraicNumber>? AlgebraicSingularValues { get; private init; }

    /// <summary>The types over the algebraic values, built once (their approximations are <see cref="SingularValues"/>).</summary>
    private CriticalPointTypes? AlgebraicTypes { get; init; }

    /// <summary>y_{j+1} as text: the exact rational, for an irrational value its first 12 decimals and "...", for a certified value the floating value (shortest round-trip form).</summary>
    public string SingularValueText(int index) =>
        AlgebraicSingularValues is { } exact && !exact[index].IsKnownRational ? (AlgebraicTypes?.ValueText(index) ?? CriticalPointTypes.Display(exact[index]))
        : Types().ValueText(index);

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

    /// <summary>The critical-point types of the instance (built once).</summary>
    public CriticalPointTypes Types() => _types.Value;

    /// <summary>On the certified path, σ and F enclosed for every y in the enclosures (over <see cref="Types"/>); null when exact.</summary>
    public CertifiedEnclosures? Certified => _certified.Value;

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

    /// <summary>An instance with Y given entry by entry as rationals (rows = d_L, columns = d_0): <see cref="FromMatrix(IReadOnlyList{int}, IReadOnlyList{BigRational}, DataMatrix)"/>.</summary>
    public static DmfInstance FromMatrix(IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, BigRational[,] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        return FromMatrix(widths, lambdas, DataMatrix.FromRationals(y));
    }

    /// <summary>
    /// An instance with Y given entry by entry (rows = d_L, columns = d_0), singular values in descending order, each
    /// verdict established by the cheapest path that establishes it (docs/analyze.md, "How Y's singular values are
    /// established"):
    /// <list type="number">
    /// <item>a rectangular-diagonal Y: exact, |Y_jj|;</item>
    /// <item>a rational Y whose exact spectrum is estimated (<see cref="ExactSpectrumCost"/>) within
    /// <see cref="ExactFirstSeconds"/>: exact (<see cref="ExactSingularValues"/>), rational or algebraic;</item>
    /// <item>otherwise certified: a floating SVD with proved enclosures (<see cref="SingularValueEnclosures"/>); when they
    /// decide every relation the verdicts need (<see cref="EnclosureDecision"/>) the instance computes at the floating
    /// values and its verdicts hold for Y;</item>
    /// <item>where they do not, the exact path when estimated within <see cref="EscalationSeconds"/>; else
    /// <see cref="UndecidedSpectrumException"/>, naming the values — never a guess.</item>
    /// </list>
    /// </summary>
    public static DmfInstance FromMatrix(IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, DataMatrix y)
    {
        ArgumentNullException.ThrowIfNull(y);
        int depth = Validate(widths, lambdas);
        int rows = y.Rows, columns = y.Columns;
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

        // F(0) = ‖Y‖_F²: beyond 10^154 the losses leave the double range the reports print them in.
        double norm = RoundingBounds.FrobeniusUpperOfAnyScale(y.Doubles).ToDouble();
        if (norm > 1e154)
        {
            throw new ArgumentException(Invariant($"Y's Frobenius norm is about {norm:G3}, above 1e154: its losses (F(0) = ||Y||^2) would leave the double range; scale Y down: c*Y with every lambda_l multiplied by c^(2-2/L) has the landscape of Y, F multiplied by c^2."));
        }

        double exactSeconds = ExactSpectrumCost.Seconds(y);
        if (exactSeconds <= ExactFirstSeconds)
        {
            return Exact(depth, widths, lambdas, y, string.Empty);
        }

        var (certified, undecided) = TryCertify(depth, widths, lambdas, y);
        if (certified is not null)
        {
            return certified;
        }

        if (undecided is not null)
        {
            if (exactSeconds <= EscalationSeconds)
            {
                return Exact(depth, widths, lambdas, y, Invariant($"; taken because the certified enclosures could not decide: {undecided[0]}"));
            }

            throw new UndecidedSpectrumException(undecided, Invariant($"the exact spectrum is estimated at {Seconds(exactSeconds)}, beyond the {EscalationSeconds:0} s budget"));
        }

        if (exactSeconds <= EscalationSeconds)
        {
            return Exact(depth, widths, lambdas, y, "; taken because the floating SVD's vectors were too far from orthogonal to bound");
        }

        throw new UndecidedSpectrumException(Array.Empty<UndecidedValue>(), Invariant($"the floating SVD's vectors were too far from orthogonal to bound and the exact spectrum is estimated at {Seconds(exactSeconds)}"));
    }

    /// <summary>The certified instance of <paramref name="y"/> (checked widths and λ), or null when its enclosures leave a verdict undecided.</summary>
    internal static DmfInstance? Certify(IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, DataMatrix y) =>
        TryCertify(Validate(widths, lambdas), widths, lambdas, y).Instance;

    /// <summary>The certified instance, or the values left undecided (null for both when the floating SVD could not be bounded).</summary>
    private static (DmfInstance? Instance, IReadOnlyList<UndecidedValue>? Undecided) TryCertify(int depth, IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, DataMatrix y)
    {
        long bytes = SingularValueEnclosures.EstimatedBytes(y.Rows, y.Columns);
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (bytes > available * 3 / 4)
        {
            throw new ArgumentException(Invariant($"Y is {y.Rows} x {y.Columns}: its certified singular values need about {bytes / 1e9:0.0} GB, more than three quarters of the {available / 1e9:0.0} GB this process may use; run on a machine with more memory, or give Y's singular values with --y"));
        }

        var landscape = ScalarLandscape.FromLayerRegularizations(lambdas);
        if (SingularValueEnclosures.Of(y.Doubles, y.Rows, y.Columns, y.ConversionError) is not { } enclosures)
        {
            return (null, null);
        }

        var undecided = EnclosureDecision.Undecided(landscape, enclosures.Values);
        return undecided.Count == 0 ? (CertifiedInstance(depth, widths, lambdas, y, enclosures.Values, enclosures.Method), null) : (null, undecided);
    }

    /// <summary>A rational Y whose exact spectrum is estimated within this many seconds takes the exact path first.</summary>
    public const double ExactFirstSeconds = 1;

    /// <summary>Where certified enclosures cannot decide, the exact path is taken when estimated within this many seconds.</summary>
    public const double EscalationSeconds = 30;

    private static string Seconds(double seconds) => seconds < 3600 ? Invariant($"{seconds:0.#} s") : Invariant($"{seconds / 3600:0.#} h");

    /// <summary>The exact path: Y's singular values from the characteristic polynomial of its Gram matrix.</summary>
    private static DmfInstance Exact(int depth, IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, DataMatrix y, string why)
    {
        var exact = ExactSingularValues.Expanded(ExactSingularValues.Of(y.ToRationals()));
        var rational = exact.Where(v => v.IsKnownRational).Select(v => v.TryGetRational(out var r) ? r : BigRational.Zero).ToArray();
        if (rational.Length == exact.Count)
        {
            return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), rational, () => SingularValueDecomposition.Basis(y),
                "exact: square roots of the eigenvalues of the Gram matrix, from its characteristic polynomial; singular vectors for realizations from a double SVD" + why, singularValuesExact: true);
        }

        // Irrational values: exact classification over the algebraic numbers, shown and realized at rational
        // approximations that keep their order (CriticalPointTypes.Create).
        var space = CriticalPointTypes.Create(ScalarLandscape.FromLayerRegularizations(lambdas), exact, widths.Min());
        var irrational = exact.Select((v, j) => (v, j)).First(p => !p.v.IsKnownRational);
        return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), space.SingularValues.ToArray(), () => SingularValueDecomposition.Basis(y),
            Invariant($"exact, algebraic: square roots of the eigenvalues of the Gram matrix, from its characteristic polynomial (y_{irrational.j + 1} is a root of a polynomial of degree {irrational.v.DefiningPolynomial.Degree}); thresholds, types and classes exact; sigma and F computed at rational approximations within 2^-64; singular vectors for realizations from a double SVD{why}"),
            singularValuesExact: true)
        {
            AlgebraicSingularValues = exact,
            AlgebraicTypes = space,
        };
    }

    /// <summary>The certified path: the floating values as representatives of enclosures that decide every verdict.</summary>
    private static DmfInstance CertifiedInstance(int depth, IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, DataMatrix y, IReadOnlyList<ValueEnclosure> enclosures, string method)
    {
        var radius = enclosures.Select(e => e.Radius).DefaultIfEmpty(BigRational.Zero).Max();
        var conversion = y.ConversionError.IsZero ? "the entries are exact doubles" : Invariant($"the entries' rounding to doubles, at most {y.ConversionError.ToDouble():G3} in Frobenius norm, included");
        return new DmfInstance(depth, widths.ToArray(), lambdas.ToArray(), enclosures.Select(e => e.Representative).ToArray(), () => SingularValueDecomposition.Basis(y),
            Invariant($"certified: floating SVD ({method}) with proved enclosures, every value within {radius.ToDouble():G3} ({conversion}); thresholds, verdicts, types and classes hold for every value in the enclosures; sigma and F computed at the floating values"),
            singularValuesExact: false)
        {
            Enclosures = enclosures,
            CertifiedRadius = radius,
        };
    }

    /// <summary>The proved enclosures of the singular values (descending) on the certified path; null when the values are exact.</summary>
    public IReadOnlyList<ValueEnclosure>? Enclosures { get; private init; }

    /// <summary>The largest enclosure radius on the certified path; null when the values are exact.</summary>
    public BigRational? CertifiedRadius { get; private init; }

    /// <summary>How the verdicts were established: exact (rational or algebraic values) or certified (proved enclosures).</summary>
    public string Establishment => Enclosures is null ? "exact" : "certified";

    private static bool IsRectangularDiagonal(DataMatrix y)
    {
        var doubles = y.Doubles;
        for (int i = 0; i < y.Rows; i++)
        {
            for (int j = 0; j < y.Columns; j++)
            {
                // A nonzero rational has a nonzero double unless it underflows; then its exact entry decides.
                if (i != j && (doubles[(i * y.Columns) + j] != 0 || !y[i, j].IsZero))
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
