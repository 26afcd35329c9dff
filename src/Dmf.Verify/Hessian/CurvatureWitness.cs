using System.Collections.Concurrent;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Evaluation;

namespace Dmf.Verify.Hessian;

/// <summary>
/// The change of F along a witness direction, expanded by Dmf.Symbolic: the derived Hessian form d²F[Δ, Δ]
/// (<see cref="DmfCalculus"/>) — or, for third order, the objective itself along the line W + tΔ — evaluated over
/// <see cref="PolynomialArithmetic"/> with W and Δ as matrices of polynomials in the unknowns listed, and Y and λ_l as
/// exact numerals. The blocks are the invariant subspaces of docs/theory.md §3 in the singular bases: one slot (1 × 1 layers)
/// for the balanced scaling, two slots (2 × 2) for the swap of an active and an unused index, the free slot of L = 2.
/// </summary>
internal static class CurvatureWitness
{
    private static readonly ConcurrentDictionary<int, (DmfObjective Objective, DmfDerivation Derivation)> Derivations = new();

    /// <summary>d²F[W, W] on one slot: W_l = [w_l] (unknowns w_1..w_L), Y = [y], Δ = W (the balanced scaling W(1 + t)).</summary>
    public static MultivariatePolynomial BalancedScaling(IReadOnlyList<BigRational> lambdas, BigRational y) =>
        BalancedScaling(lambdas, lambdas.Count, Constant(lambdas.Count, y));

    /// <summary><see cref="BalancedScaling(IReadOnlyList{BigRational}, BigRational)"/> with y symbolic: unknowns w_1..w_L, then y.</summary>
    public static MultivariatePolynomial BalancedScaling(IReadOnlyList<BigRational> lambdas) =>
        BalancedScaling(lambdas, lambdas.Count + 1, MultivariatePolynomial.Variable(lambdas.Count + 1, lambdas.Count));

    private static MultivariatePolynomial BalancedScaling(IReadOnlyList<BigRational> lambdas, int n, MultivariatePolynomial y)
    {
        var w = Enumerable.Range(0, lambdas.Count).Select(l => Scalar(MultivariatePolynomial.Variable(n, l))).ToList();
        return SecondOrder(lambdas, Scalar(y), w, w, n);
    }

    /// <summary>
    /// The third derivative of t ↦ F(W(1 + t)) at 0 on one slot (unknowns w_1..w_L, then t): 6 × the t³ coefficient
    /// of the objective evaluated along the line.
    /// </summary>
    public static MultivariatePolynomial BalancedThirdOrder(IReadOnlyList<BigRational> lambdas, BigRational y) =>
        BalancedThirdOrder(lambdas, lambdas.Count + 1, Constant(lambdas.Count + 1, y));

    /// <summary><see cref="BalancedThirdOrder(IReadOnlyList{BigRational}, BigRational)"/> with y symbolic: unknowns w_1..w_L, t, then y.</summary>
    public static MultivariatePolynomial BalancedThirdOrder(IReadOnlyList<BigRational> lambdas) =>
        BalancedThirdOrder(lambdas, lambdas.Count + 2, MultivariatePolynomial.Variable(lambdas.Count + 2, lambdas.Count + 1));

    private static MultivariatePolynomial BalancedThirdOrder(IReadOnlyList<BigRational> lambdas, int n, MultivariatePolynomial y)
    {
        int depth = lambdas.Count;
        var onePlusT = MultivariatePolynomial.Constant(n, BigRational.One).Add(MultivariatePolynomial.Variable(n, depth));
        var (objective, _) = Derivation(depth);
        var environment = new EvaluationEnvironment<MultivariatePolynomial>().Bind(objective.Data, Scalar(y));
        for (int l = 0; l < depth; l++)
        {
            environment.Bind(objective.Layers[l], Scalar(MultivariatePolynomial.Variable(n, l).Multiply(onePlusT)));
            environment.Bind(objective.Regularizations[l], Constant(n, lambdas[l]));
        }

        var loss = new ExpressionEvaluator<MultivariatePolynomial>(new PolynomialArithmetic(n), environment).Evaluate(objective.Loss);
        return loss.CoefficientOf(depth, 3).Multiply(Constant(n, 6));
    }

    /// <summary>
    /// d²F[Δ, Δ] on two slots: W_l = diag(w_l, 0) (the active index j, then the unused k), Y = diag(y_j, y_k), and the
    /// tangent of rotating (u_j, u_k) and (v_j, v_k) together: Δ_L = A·W_L, Δ_1 = −W_1·A, A = [[0, −1], [1, 0]].
    /// </summary>
    public static MultivariatePolynomial Swap(IReadOnlyList<BigRational> lambdas, BigRational yActive, BigRational yUnused) =>
        Swap(lambdas, lambdas.Count, Constant(lambdas.Count, yActive), Constant(lambdas.Count, yUnused));

    /// <summary><see cref="Swap(IReadOnlyList{BigRational}, BigRational, BigRational)"/> with both values symbolic: unknowns w_1..w_L, y_j, y_k.</summary>
    public static MultivariatePolynomial Swap(IReadOnlyList<BigRational> lambdas)
    {
        int n = lambdas.Count + 2;
        return Swap(lambdas, n, MultivariatePolynomial.Variable(n, lambdas.Count), MultivariatePolynomial.Variable(n, lambdas.Count + 1));
    }

    private static MultivariatePolynomial Swap(IReadOnlyList<BigRational> lambdas, int n, MultivariatePolynomial yActive, MultivariatePolynomial yUnused)
    {
        var (layers, directions, y) = SwapBlock(Enumerable.Range(0, lambdas.Count).Select(l => MultivariatePolynomial.Variable(n, l)).ToList(), yActive, yUnused);
        return SecondOrder(lambdas, y, layers, directions, n);
    }

    /// <summary>
    /// The swap's layers W_l = diag(w_l, 0), data Y = diag(y_j, y_k) and tangent Δ_L = A·W_L, Δ_1 = −W_1·A,
    /// A = [[0, −1], [1, 0]] (Δ_l = 0 in between), for layer entries and values given as polynomials.
    /// </summary>
    internal static (IReadOnlyList<DenseMatrix<MultivariatePolynomial>> Layers, IReadOnlyList<DenseMatrix<MultivariatePolynomial>> Directions, DenseMatrix<MultivariatePolynomial> Y) SwapBlock(
        IReadOnlyList<MultivariatePolynomial> entries, MultivariatePolynomial yActive, MultivariatePolynomial yUnused)
    {
        int depth = entries.Count;
        int n = yActive.Variables;
        var zero = Constant(n, BigRational.Zero);
        var one = Constant(n, BigRational.One);
        var minusOne = Constant(n, BigRational.MinusOne);
        var a = DenseMatrix<MultivariatePolynomial>.Create(2, 2, (i, j) => (i, j) switch { (0, 1) => minusOne, (1, 0) => one, _ => zero });
        var layers = Enumerable.Range(0, depth)
            .Select(l => DenseMatrix<MultivariatePolynomial>.Create(2, 2, (i, j) => i == 0 && j == 0 ? entries[l] : zero))
            .ToList();
        var arithmetic = new PolynomialArithmetic(n);
        var directions = Enumerable.Range(0, depth).Select(l => DenseMatrix<MultivariatePolynomial>.Create(2, 2, (_, _) => zero)).ToList();
        directions[depth - 1] = Multiply(a, layers[depth - 1], arithmetic);
        var lower = Multiply(layers[0], a, arithmetic);
        directions[0] = depth == 1 ? directions[0] : Add(directions[0], lower.Map(x => x.Multiply(minusOne)), arithmetic);
        var y = DenseMatrix<MultivariatePolynomial>.Create(2, 2, (i, j) => i != j ? zero : i == 0 ? yActive : yUnused);
        return (layers, directions, y);
    }

    /// <summary>L = 2's free slot: W = 0, Y = [y], Δ_1 = [a], Δ_2 = [b] (unknowns a, b).</summary>
    public static MultivariatePolynomial FreeSlot(IReadOnlyList<BigRational> lambdas, BigRational y) => FreeSlot(lambdas, 2, Constant(2, y));

    /// <summary><see cref="FreeSlot(IReadOnlyList{BigRational}, BigRational)"/> with y symbolic: unknowns a, b, then y.</summary>
    public static MultivariatePolynomial FreeSlot(IReadOnlyList<BigRational> lambdas) => FreeSlot(lambdas, 3, MultivariatePolynomial.Variable(3, 2));

    private static MultivariatePolynomial FreeSlot(IReadOnlyList<BigRational> lambdas, int n, MultivariatePolynomial y)
    {
        var zero = Scalar(Constant(n, BigRational.Zero));
        return SecondOrder(lambdas, Scalar(y), new[] { zero, zero }, new[] { Scalar(MultivariatePolynomial.Variable(n, 0)), Scalar(MultivariatePolynomial.Variable(n, 1)) }, n);
    }

    /// <summary>d²F[Δ, Δ] from the derived Hessian form, with Y, W_l, Δ_l and λ_l bound as given (n variables).</summary>
    internal static MultivariatePolynomial SecondOrder(IReadOnlyList<BigRational> lambdas, DenseMatrix<MultivariatePolynomial> y, IReadOnlyList<DenseMatrix<MultivariatePolynomial>> layers, IReadOnlyList<DenseMatrix<MultivariatePolynomial>> directions, int n) =>
        SecondOrder(lambdas.Select(l => Constant(n, l)).ToList(), y, layers, directions, n);

    /// <summary>d²F[Δ, Δ] from the derived Hessian form with λ_l bound to polynomials too (symbolic regularization).</summary>
    internal static MultivariatePolynomial SecondOrder(IReadOnlyList<MultivariatePolynomial> lambdas, DenseMatrix<MultivariatePolynomial> y, IReadOnlyList<DenseMatrix<MultivariatePolynomial>> layers, IReadOnlyList<DenseMatrix<MultivariatePolynomial>> directions, int n)
    {
        int depth = lambdas.Count;
        var (objective, derivation) = Derivation(depth);
        var environment = new EvaluationEnvironment<MultivariatePolynomial>().Bind(objective.Data, y);
        for (int l = 0; l < depth; l++)
        {
            environment.Bind(objective.Layers[l], layers[l]);
            environment.Bind(objective.Directions[l], directions[l]);
            environment.Bind(objective.Regularizations[l], lambdas[l]);
        }

        return new ExpressionEvaluator<MultivariatePolynomial>(new PolynomialArithmetic(n), environment).Evaluate(derivation.HessianQuadraticForm);
    }

    private static (DmfObjective Objective, DmfDerivation Derivation) Derivation(int depth) =>
        Derivations.GetOrAdd(depth, l =>
        {
            var objective = DmfObjective.Create(l);
            return (objective, DmfCalculus.Derive(objective, DerivativeSelection.HessianForm));
        });

    private static MultivariatePolynomial Constant(int n, BigRational value) => MultivariatePolynomial.Constant(n, value);

    internal static DenseMatrix<MultivariatePolynomial> Scalar(MultivariatePolynomial value) => DenseMatrix<MultivariatePolynomial>.Create(1, 1, (_, _) => value);

    private static DenseMatrix<MultivariatePolynomial> Multiply(DenseMatrix<MultivariatePolynomial> a, DenseMatrix<MultivariatePolynomial> b, PolynomialArithmetic arithmetic) =>
        DenseMatrix<MultivariatePolynomial>.Create(a.Rows, b.Columns, (i, j) =>
            Enumerable.Range(0, a.Columns).Aggregate(arithmetic.Zero, (sum, k) => sum.Add(a[i, k].Multiply(b[k, j]))));

    private static DenseMatrix<MultivariatePolynomial> Add(DenseMatrix<MultivariatePolynomial> a, DenseMatrix<MultivariatePolynomial> b, PolynomialArithmetic arithmetic) =>
        DenseMatrix<MultivariatePolynomial>.Create(a.Rows, a.Columns, (i, j) => a[i, j].Add(b[i, j]));
}
