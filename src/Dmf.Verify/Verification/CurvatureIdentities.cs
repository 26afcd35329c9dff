using Dmf.Symbolic.Landscape;
using Dmf.Verify.Hessian;

namespace Dmf.Verify.Verification;

/// <summary>
/// The curvature identities of <see cref="IdentityLemmas"/> (n1, n2, h1), from the Hessian form Dmf.Symbolic derives,
/// with λ_1..λ_L symbolic. The form is evaluated with generic entries and regularizations, checked weighted-homogeneous
/// (weight 1 for W and Δ entries, L for Y, 2L − 2 for λ_l, total degree 2L), and then composed with
/// W_l ↦ σ·Π_{m≠l} a_m, Δ_l ↦ ε_l·Π_{m≠l} a_m, λ_l ↦ A^{2L−2}·a_l², Y ↦ A^L·Y (A = Π a_l): by homogeneity that is A^{2L}
/// times d²F at the balanced point w_l = σ/a_l, δ_l = ε_l/a_l, λ_l = a_l² (a_l = √λ_l, A = √λ), a polynomial identity
/// with no square root in it.
/// </summary>
internal static class CurvatureIdentities
{
    /// <summary>n2: A^{2L}·d²F[W, W] = 2L·σ²·A^{2L−2}·f'(σ; y, A) exactly; null when it holds.</summary>
    public static string? BalancedScalingFailure(int depth, int targetScale = 1)
    {
        // Generic variables: w_1..w_L, λ_1..λ_L, y.
        int n = 2 * depth + 1;
        var w = Variables(n, 0, depth);
        var lambdas = Variables(n, depth, depth);
        var y = MultivariatePolynomial.Variable(n, 2 * depth);
        var form = CurvatureWitness.SecondOrder(lambdas, CurvatureWitness.Scalar(y), w.Select(CurvatureWitness.Scalar).ToList(), w.Select(CurvatureWitness.Scalar).ToList(), n);
        if (HomogeneityFailure(form, Weights((depth, 1), (depth, 2 * depth - 2), (1, depth)), 2 * depth) is { } failure)
        {
            return failure;
        }

        // Target variables: σ, a_1..a_L, y.
        var point = new BalancedPoint(depth, depth + 2);
        var composed = form.Compose(point.Layers().Concat(point.Regularizations()).Append(point.Data(depth + 1)).ToList());
        var expected = point.Sigma.Power(2).Multiply(point.A.Power(2 * depth - 2)).Multiply(point.Embed(ScalarTheory.FDerivative(depth), depth + 1)).Scale(2 * depth * targetScale);
        return composed.Subtract(expected).IsZero ? null : "A^(2L) d2F[W,W] - 2L sigma^2 A^(2L-2) f'(sigma) is not 0";
    }

    /// <summary>n1: A^{2L}·d²F[Δ, Δ] along the swap = −4σ^L·A^{2L−1}·(y_k − y_j) modulo f/x at y_j; null when it holds.</summary>
    public static string? SwapFailure(int depth, int targetScale = 1)
    {
        // Generic variables: w_1..w_L, λ_1..λ_L, y_j, y_k.
        int n = 2 * depth + 2;
        var w = Variables(n, 0, depth);
        var lambdas = Variables(n, depth, depth);
        var (layers, directions, y) = CurvatureWitness.SwapBlock(w, MultivariatePolynomial.Variable(n, 2 * depth), MultivariatePolynomial.Variable(n, 2 * depth + 1));
        var form = CurvatureWitness.SecondOrder(lambdas, y, layers, directions, n);
        if (HomogeneityFailure(form, Weights((depth, 1), (depth, 2 * depth - 2), (2, depth)), 2 * depth) is { } failure)
        {
            return failure;
        }

        // Target variables: σ, a_1..a_L, y_j, y_k.
        var point = new BalancedPoint(depth, depth + 3);
        var composed = form.Compose(point.Layers().Concat(point.Regularizations()).Append(point.Data(depth + 1)).Append(point.Data(depth + 2)).ToList());
        var yj = MultivariatePolynomial.Variable(depth + 3, depth + 1);
        var yk = MultivariatePolynomial.Variable(depth + 3, depth + 2);
        var expected = point.Sigma.Power(depth).Multiply(point.A.Power(2 * depth - 1)).Multiply(yk.Subtract(yj)).Scale(-4 * targetScale);
        var remainder = composed.Subtract(expected).RemainderByMonic(0, point.Embed(ScalarTheory.FOverX(depth), depth + 1));
        return remainder.IsZero ? null : "A^(2L) d2F along the swap + 4 sigma^L A^(2L-1) (y_k - y_j) is not a multiple of f/x at y_j";
    }

    /// <summary>
    /// h1: A^{2L}·d²F[Δ, Δ] on one slot is Σ_l c_d·ε_l² + 2c_o·Σ_{i&lt;j} ε_i·ε_j with c_d + (L − 1)·c_o = 2A^{2L−2}·f'(σ)
    /// and c_d − c_o − 4A^{2L} a multiple of f/x; null when it holds.
    /// </summary>
    public static string? OwnBlockFailure(int depth, int targetScale = 1)
    {
        // Generic variables: w_1..w_L, δ_1..δ_L, λ_1..λ_L, y.
        int n = 3 * depth + 1;
        var w = Variables(n, 0, depth);
        var delta = Variables(n, depth, depth);
        var lambdas = Variables(n, 2 * depth, depth);
        var y = MultivariatePolynomial.Variable(n, 3 * depth);
        var form = CurvatureWitness.SecondOrder(lambdas, CurvatureWitness.Scalar(y), w.Select(CurvatureWitness.Scalar).ToList(), delta.Select(CurvatureWitness.Scalar).ToList(), n);
        if (HomogeneityFailure(form, Weights((depth, 1), (depth, 1), (depth, 2 * depth - 2), (1, depth)), 2 * depth) is { } failure)
        {
            return failure;
        }

        // Target variables: σ, a_1..a_L, ε_1..ε_L, y.
        int m = 2 * depth + 2;
        var point = new BalancedPoint(depth, m);
        var epsilons = Enumerable.Range(0, depth).Select(l => MultivariatePolynomial.Variable(m, depth + 1 + l).Multiply(point.OthersProduct(l))).ToList();
        var composed = form.Compose(point.Layers().Concat(epsilons).Concat(point.Regularizations()).Append(point.Data(2 * depth + 1)).ToList());
        int Epsilon(int l) => depth + 1 + l;
        if (composed.Terms.Any(t => Enumerable.Range(0, depth).Sum(l => t.Exponents[Epsilon(l)]) != 2))
        {
            return "d2F on the slot is not a quadratic form in eps";
        }

        var diagonal = composed.CoefficientOf(Epsilon(0), 2);
        var offDiagonal = composed.CoefficientOf(Epsilon(0), 1).CoefficientOf(Epsilon(1), 1).Scale(BigRational.One / 2);
        for (int i = 0; i < depth; i++)
        {
            if (!composed.CoefficientOf(Epsilon(i), 2).Subtract(diagonal).IsZero)
            {
                return Invariant($"the coefficients of eps_1^2 and eps_{i + 1}^2 differ (not d I + o (J - I))");
            }

            for (int j = i + 1; j < depth; j++)
            {
                if (!composed.CoefficientOf(Epsilon(i), 1).CoefficientOf(Epsilon(j), 1).Subtract(offDiagonal.Scale(2)).IsZero)
                {
                    return Invariant($"the coefficient of eps_{i + 1} eps_{j + 1} differs from that of eps_1 eps_2 (not d I + o (J - I))");
                }
            }
        }

        var balanced = diagonal.Add(offDiagonal.Scale(depth - 1));
        if (!balanced.Subtract(point.A.Power(2 * depth - 2).Multiply(point.Embed(ScalarTheory.FDerivative(depth), 2 * depth + 1)).Scale(2)).IsZero)
        {
            return "A^(2L) (d + (L-1) o) - 2 A^(2L-2) f'(sigma) is not 0";
        }

        var spread = diagonal.Subtract(offDiagonal).Subtract(point.A.Power(2 * depth).Scale(4 * targetScale));
        return spread.RemainderByMonic(0, point.Embed(ScalarTheory.FOverX(depth), 2 * depth + 1)).IsZero ? null : "A^(2L) (d - o - 4) is not a multiple of f/x";
    }

    /// <summary>Null when every term of <paramref name="p"/> has weighted degree <paramref name="degree"/>.</summary>
    internal static string? HomogeneityFailure(MultivariatePolynomial p, IReadOnlyList<int> weights, int degree)
    {
        var degrees = p.WeightedDegrees(weights);
        return degrees.All(d => d == degree) ? null
            : Invariant($"the derived Hessian form is not weighted-homogeneous of degree {degree} (weighted degrees {string.Join(", ", degrees.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)))})");
    }

    private static IReadOnlyList<int> Weights(params (int Count, int Weight)[] groups) =>
        groups.SelectMany(g => Enumerable.Repeat(g.Weight, g.Count)).ToList();

    private static List<MultivariatePolynomial> Variables(int n, int first, int count) =>
        Enumerable.Range(first, count).Select(k => MultivariatePolynomial.Variable(n, k)).ToList();

    /// <summary>The target variables σ (index 0) and a_1..a_L (1..L) among <paramref name="variables"/>, with A = Π a_l.</summary>
    private sealed class BalancedPoint
    {
        private readonly int _depth;
        private readonly int _variables;

        public BalancedPoint(int depth, int variables)
        {
            _depth = depth;
            _variables = variables;
            Sigma = MultivariatePolynomial.Variable(variables, 0);
            A = Enumerable.Range(0, depth).Aggregate(MultivariatePolynomial.Constant(variables, BigRational.One), (product, l) => product.Multiply(Entry(l)));
        }

        public MultivariatePolynomial Sigma { get; }

        /// <summary>A = Π a_l (= √λ at the point).</summary>
        public MultivariatePolynomial A { get; }

        /// <summary>Π_{m≠l} a_m (= A/a_l).</summary>
        public MultivariatePolynomial OthersProduct(int l) =>
            Enumerable.Range(0, _depth).Where(m => m != l).Aggregate(MultivariatePolynomial.Constant(_variables, BigRational.One), (product, m) => product.Multiply(Entry(m)));

        /// <summary>A·w_l = σ·Π_{m≠l} a_m for every layer.</summary>
        public IEnumerable<MultivariatePolynomial> Layers() => Enumerable.Range(0, _depth).Select(l => Sigma.Multiply(OthersProduct(l)));

        /// <summary>A^{2L−2}·λ_l = A^{2L−2}·a_l² for every layer.</summary>
        public IEnumerable<MultivariatePolynomial> Regularizations() => Enumerable.Range(0, _depth).Select(l => A.Power(2 * _depth - 2).Multiply(Entry(l).Power(2)));

        /// <summary>A^L·y for the data variable with the given index.</summary>
        public MultivariatePolynomial Data(int index) => A.Power(_depth).Multiply(MultivariatePolynomial.Variable(_variables, index));

        /// <summary>A scalar-theory polynomial at x = σ, y = the variable <paramref name="yIndex"/>, s = A, λ = A².</summary>
        public MultivariatePolynomial Embed(MultivariatePolynomial p, int yIndex) =>
            p.Compose(new[] { Sigma, MultivariatePolynomial.Variable(_variables, yIndex), A, A.Power(2) });

        private MultivariatePolynomial Entry(int l) => MultivariatePolynomial.Variable(_variables, 1 + l);
    }
}
