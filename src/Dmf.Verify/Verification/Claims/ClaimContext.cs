using System.Collections.Concurrent;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Hessian;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// What every claim family of the catalogue reads: the instance, its space of critical-point types, and the terms and
/// claim shapes they share — σ's and y's names, a condition at a root, the eliminations behind them. The eliminations
/// and block matrices are computed once per context (a run owns one per instance) and keyed by their values.
/// </summary>
internal sealed class ClaimContext
{
    private readonly ConcurrentDictionary<BigRational, RootElimination> _eliminations = new();
    private readonly ConcurrentDictionary<(Polynomial, BigRational, BigRational), AlgebraicRootElimination> _algebraicEliminations = new();
    private readonly ConcurrentDictionary<(BlockKey, BlockKey), BlockMatrix> _blocks = new();

    private readonly Lazy<BigRational> _squareRootOfLambda;

    public ClaimContext(DmfInstance instance, CriticalPointTypes space)
    {
        Instance = instance ?? throw new ArgumentNullException(nameof(instance));
        Space = space ?? throw new ArgumentNullException(nameof(space));
        Enclosed = EnclosedValues.Of(space);
        _squareRootOfLambda = new Lazy<BigRational>(() =>
        {
            var (low, high) = EnclosedValues.SquareRootBox(Lambda);
            return BigRational.Midpoint(low, high);
        });
    }

    public DmfInstance Instance { get; }

    public CriticalPointTypes Space { get; }

    /// <summary>λ = Π λ_l.</summary>
    public BigRational Lambda => Instance.Landscape.LambdaProduct;

    /// <summary>The values' intervals when the claims are stated for every y in them (a certified instance), else null.</summary>
    public EnclosedValues? Enclosed { get; }

    public static SmtTerm Zero => Terms.Number(BigRational.Zero);

    /// <summary>x₊'s label at this depth (L = 2: the soft-threshold root).</summary>
    public static RootLabel LargeRootLabel(int depth) => depth == 2 ? RootLabel.SoftThresholdRoot : RootLabel.LargeRoot;

    /// <summary>
    /// (x, y, s, λ) where the certificates and the choice of a failing condition look: x and y the σ of
    /// <paramref name="x"/> and <paramref name="y"/> at 80-bit approximations (0 without one), s near √λ.
    /// </summary>
    public BigRational[] ApproximatePoint(ScalarRoot? x, ScalarRoot? y = null)
    {
        static BigRational Near(ScalarRoot? root)
        {
            if (root is null)
            {
                return BigRational.Zero;
            }

            var refined = BinaryMagnitude.RefinedRelative(root.Value, 80);
            return BigRational.Midpoint(refined.Interval.Lower, refined.Interval.Upper);
        }

        return new[] { Near(x), Near(y), _squareRootOfLambda.Value, Lambda };
    }

    /// <summary>The elimination of an irrational y at the roots of f(·; y), shared by the claims.</summary>
    public AlgebraicRootElimination AlgebraicElimination(AlgebraicNumber y) =>
        _algebraicEliminations.GetOrAdd((y.DefiningPolynomial, y.Interval.Lower, y.Interval.Upper), _ => new AlgebraicRootElimination(Instance.Landscape, y));

    /// <summary>The elimination for (L, y, λ), shared by the claims (its Sturm sequence of R' is computed once).</summary>
    public RootElimination Elimination(BigRational y) =>
        _eliminations.GetOrAdd(y, value => new RootElimination(Instance.Depth, value, Lambda));

    /// <summary>A block's matrix, shared by every type with the same positions, values and active flags.</summary>
    public BlockMatrix MatrixOf(BlockPosition a, BlockPosition c) =>
        _blocks.GetOrAdd((BlockKey.Of(a), BlockKey.Of(c)), _ => HessianBlocks.Matrix(Instance.Widths, Instance.Lambdas, a, c));

    /// <summary>
    /// Whether y_{j+1} is a numeral in the claims: a rational known exactly in a space whose claims are not stated on
    /// boxes. On boxes every value is a variable — a rational one too, with its point box — so that a condition at a
    /// root loses the owner's y (y = N(σ)/(s·σ^{L−2})) and what vanishes at every root vanishes identically.
    /// </summary>
    public bool IsRational(int j) => !HessianBlocks.IsVariable(Space, j);

    /// <summary>The name of the constant for y_{j+1}'s group, when it is irrational.</summary>
    public string YName(int j) => Invariant($"y_g{Space.GroupNumberOf(j) + 1}");

    /// <summary>The name of the constant for σ of index <paramref name="index"/>'s group at the root <paramref name="label"/>.</summary>
    public string SigmaName(int index, RootLabel label)
    {
        int group = Space.GroupNumberOf(index);
        string suffix = label switch { RootLabel.SmallRoot => "small", RootLabel.DoubleRoot => "double", _ => "large" };
        return Invariant($"sigma_g{group + 1}_{suffix}");
    }

    /// <summary>y_{j+1} as a term: its numeral when rational, else its group's constant pinned by its isolating interval only (<see cref="PinnedReals.Bracketed"/>).</summary>
    public SmtTerm BracketedYTerm(int j, PinnedReals reals) =>
        Space.GroupOf(j).Exact is { } irrational ? reals.Bracketed(YName(j), irrational) : Terms.Number(Space.SingularValues[j]);

    /// <summary>y_{j+1} as a term: its numeral when rational, else its group's constant, pinned by polynomial and interval.</summary>
    public SmtTerm YTerm(int j, PinnedReals reals) =>
        Space.GroupOf(j).Exact is { } irrational ? reals.Algebraic(YName(j), irrational) : Terms.Number(Space.SingularValues[j]);

    /// <summary>
    /// Our exact evaluation of a statement whose constants are all pinned to numbers (interval refinement, then exact
    /// signs); it disagrees only when it decides the statement false — an equality among three or more irrational values
    /// that is not an identity stays undecided and is left to the solvers. Null when some constant is not pinned to a number.
    /// </summary>
    public static Func<bool>? AtValues(PinnedReals reals, SmtTerm statement)
    {
        if (!reals.AllValuesKnown)
        {
            return null;
        }

        var values = reals.Values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return () => IntervalTruth.Evaluate(statement, values) != false;
    }

    /// <summary>A claim over the constants <paramref name="reals"/> declared and pinned.</summary>
    public static Claim Make(string name, string description, PinnedReals reals, SmtTerm statement, Func<bool>? exact) =>
        new(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact) { Pins = reals.Pins.ToList() };

    /// <summary>The root with the interval every claim about it uses (<see cref="RootClaims.Separated"/>).</summary>
    public static ScalarRoot Separated(ScalarRoot root, RootElimination elimination) =>
        new(root.Label, RootClaims.Separated(root.Value, elimination));

    /// <summary>c(σ_j, y_j, √λ) ⋈ 0 at index j's root, in one variable (<see cref="RootClaims.Sign"/>) or, for an irrational y_j, in σ and s.</summary>
    public Claim AtRoot(int j, ScalarRoot root, string name, string description, MultivariatePolynomial c, SignCondition condition) =>
        AtRoots(j, root, name, description, new[] { (c, condition) });

    /// <summary>Several conditions at index j's root in one query (<see cref="RootClaims.Signs"/>, <see cref="AlgebraicRootClaims.Signs"/>).</summary>
    public Claim AtRoots(int j, ScalarRoot root, string name, string description, IReadOnlyList<(MultivariatePolynomial, SignCondition)> conditions)
    {
        string sigmaName = SigmaName(j, root.Label);
        if (Enclosed is { } enclosed)
        {
            return EnclosedClaims.AtRoot(enclosed, name, description, j, root.Label, sigmaName, conditions, Invariant($"root[{j + 1}]"));
        }

        if (Space.GroupOf(j).Exact is { } irrational)
        {
            var algebraic = AlgebraicElimination(irrational);
            return AlgebraicRootClaims.Signs(name, description, algebraic, sigmaName, AlgebraicRootClaims.Separated(root.Value, algebraic), YName(j), conditions, Invariant($"root[{j + 1}]"));
        }

        var elimination = Elimination(Space.SingularValues[j]);
        return RootClaims.Signs(name, description, elimination, sigmaName, Separated(root, elimination).Value, conditions);
    }

    /// <summary>
    /// c₀ + v·c₁ ⋈ 0 at index j's root for another index's irrational value v (pinned beside σ): both parts with the same
    /// positive factor (D for a rational y_j, (s·σ^{L−2})^k for an irrational one), so the sum keeps its sign.
    /// </summary>
    public Claim AtRootWithValue(int j, ScalarRoot root, string name, string description, MultivariatePolynomial c0, MultivariatePolynomial c1, int other, SignCondition condition)
    {
        string sigmaName = SigmaName(j, root.Label);
        if (Enclosed is { } enclosed)
        {
            int power = Math.Max(0, Math.Max(c0.DegreeIn(ScalarTheory.Y), c1.DegreeIn(ScalarTheory.Y)));
            var y = ScalarTheory.Variable(ScalarTheory.Y);
            var eliminated = enclosed.Substitution.Eliminate(c0, power).Add(y.Multiply(enclosed.Substitution.Eliminate(c1, power)));
            return EnclosedClaims.AtRootWithValue(enclosed, name, description, j, root.Label, sigmaName, new[] { (eliminated, condition) }, other, YName(other), Invariant($"root[{j + 1}]"),
                "both parts of c0 + v*c1 are multiplied by the same positive factor (s*x^(L-2))^k with y_j = N(x)/(s*x^(L-2)) (true at the root), y standing for the other value v");
        }

        var (quantity, exactSigma) = BoxQuantity(j, root, c0, c1);
        if (Space.GroupOf(other).Exact is { } otherValue
            && BoxClaims.Try(name, description, new[] { (quantity, condition) }, sigmaName, exactSigma, YName(other), otherValue, Instance.Landscape, Invariant($"root[{j + 1}]")) is { } box)
        {
            return box;
        }

        // Pinned: the same quantity (y_j eliminated, y standing for the other value) at σ, with σ's root conjuncts.
        var reals = new PinnedReals(Lambda);
        var value = YTerm(other, reals);
        var (sigma, rootConditions, reduction) = RootConjuncts(j, root, reals);
        var s = Space.GroupOf(j).Exact is null ? Zero : reals.SquareRootOfLambda;
        var statement = Terms.And(rootConditions.Append(condition.Of(ScalarForms.Print(quantity, sigma, value, s, Terms.Number(Lambda)))).ToArray());
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, AtValues(reals, statement))
        {
            Pins = reals.Pins.ToList(),
            Reduction = reduction + "; both parts of c0 + v*c1 are multiplied by the same positive factor when y_j is eliminated at the root",
        };
    }

    /// <summary>
    /// σ for index j, declared, and the conjuncts that make it a positive root of f(·; y_j): R(σ) = 0 for a rational y_j, the
    /// link conditions for an irrational one (pinned beside it).
    /// </summary>
    public (SmtTerm Sigma, IReadOnlyList<SmtTerm> Conditions, string Reduction) RootConjuncts(int j, ScalarRoot root, PinnedReals reals)
    {
        string sigmaName = SigmaName(j, root.Label);
        if (Space.GroupOf(j).Exact is { } irrational)
        {
            var elimination = AlgebraicElimination(irrational);
            var (sigma, conditions) = AlgebraicRootClaims.PinnedRoot(elimination, sigmaName, AlgebraicRootClaims.Separated(root.Value, elimination), YName(j), reals);
            return (sigma, conditions, "the link conjuncts make sigma a positive root of f(.; y_j): N(sigma)/(s*sigma^(L-2)) is a root of y_j's polynomial inside its isolating interval, hence y_j");
        }

        var rational = Elimination(Space.SingularValues[j]);
        var x = reals.Algebraic(sigmaName, Separated(root, rational).Value);
        return (x, new[] { Terms.Greater(x, Zero), Terms.Equal(PinnedReals.PolynomialAt(rational.RootPolynomial, x), Zero) }, "sigma > 0 with R(sigma) = 0 is a positive root of f(.; y_j) (R = N^2 - lambda*D^2)");
    }

    /// <summary>
    /// c₀ + y·c₁ with index j's y eliminated at its root (the same positive factor for both parts), as one polynomial in
    /// x, y (standing for the other value) and s, with the σ its claims use.
    /// </summary>
    public (MultivariatePolynomial Quantity, AlgebraicNumber Sigma) BoxQuantity(int j, ScalarRoot root, MultivariatePolynomial c0, MultivariatePolynomial c1)
    {
        var y = ScalarTheory.Variable(ScalarTheory.Y);
        if (Space.GroupOf(j).Exact is { } irrational)
        {
            var elimination = AlgebraicElimination(irrational);
            int k = Math.Max(0, Math.Max(c0.DegreeIn(ScalarTheory.Y), c1.DegreeIn(ScalarTheory.Y)));
            return (elimination.Eliminate(c0, k).Add(y.Multiply(elimination.Eliminate(c1, k))), AlgebraicRootClaims.Separated(root.Value, elimination));
        }

        var rational = Elimination(Space.SingularValues[j]);
        MultivariatePolynomial Lift(Polynomial q) => MultivariatePolynomial.FromUnivariate(q, ScalarTheory.VariableCount, ScalarTheory.X);
        return (Lift(rational.Eliminate(c0)).Add(y.Multiply(Lift(rational.Eliminate(c1)))), Separated(root, rational).Value);
    }

    /// <summary>What a block's matrix depends on at one of its positions.</summary>
    private readonly record struct BlockKey(int Position, BigRational Y, bool Active, bool Symbolic)
    {
        public static BlockKey Of(BlockPosition p) => new(p.Position, p.Y, p.Root is not null, p.Symbolic is not null);
    }
}
