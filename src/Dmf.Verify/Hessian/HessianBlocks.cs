using Dmf.Symbolic.Expressions.Evaluation;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Hessian;

/// <summary>
/// A position of the singular bases of a critical point (docs/theory.md §4a): the y it carries (0 beyond d_Y) and its
/// root when the slot there is active.
/// </summary>
/// <param name="Position">0-based position; it exists as a row of layer l iff Position &lt; d_l, as a column iff &lt; d_{l−1}.</param>
/// <param name="Index">The index j of y_j it carries, or null for a hidden-only position.</param>
/// <param name="Y">y_j, or 0.</param>
/// <param name="Root">σ at this position (active slot), or null.</param>
/// <param name="Symbolic">y_j's group when its value stays a variable in the blocks — irrational, or known by a certified
/// enclosure (<paramref name="Y"/> is then an approximation) — else null. Two positions hold the same value exactly when
/// they hold the same group.</param>
internal sealed record BlockPosition(int Position, int? Index, BigRational Y, ScalarRoot? Root, SingularValueGroup? Symbolic = null);

/// <summary>
/// A block's matrix and what its variables stand for besides s: x is the σ of the block's active position, or — in a block
/// without one — <see cref="XValue"/>'s irrational y; y is <see cref="YValue"/>'s irrational y. When the active position's
/// own y is irrational and <see cref="OwnerEliminated"/> is false, y is that value (to be eliminated at σ's root); when it is
/// true, another irrational value took y and the owner's was removed here by y = N(σ)/(s·σ^{L−2}), the matrix multiplied by
/// s·σ^{L−2} &gt; 0 (the entries are affine in Y, so this stays polynomial and keeps the inertia).
/// </summary>
internal sealed record BlockMatrix(MultivariatePolynomial[,] Entries, BlockPosition? XValue, BlockPosition? YValue, bool OwnerEliminated)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(BlockMatrix? other) =>
        other is not null &&
        ValueLists.Equal(Entries, other.Entries) &&
        Equals(XValue, other.XValue) &&
        Equals(YValue, other.YValue) &&
        OwnerEliminated == other.OwnerEliminated;

    /// <summary>A hash consistent with <see cref="Equals(BlockMatrix?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(ValueLists.Hash(Entries), XValue, YValue, OwnerEliminated);
}

/// <summary>
/// The invariant blocks of the Hessian of F at a critical point (docs/theory.md §4a), each expanded by Dmf.Symbolic from
/// the derived Hessian form: d²F[Δ, Δ] with Δ supported on the entries of one unordered pair of positions {a, c}
/// (a = c: the (a,a) entries of every layer; a ≠ c: the (a,c) and (c,a) entries wherever the layer has them), on 1 × 1 or
/// 2 × 2 windows of the diagonal layers. The form is written in the coordinates δ with Δ_l = δ_l/√λ_l and multiplied by
/// s = √λ &gt; 0 — a congruence and a positive factor, so the same inertia — where, with w_l = σ/√λ_l, every entry is a
/// polynomial in σ and s (and an active slot's own block is equicorrelated for any λ_l).
/// </summary>
internal static class HessianBlocks
{
    /// <summary>
    /// The positions: active indices first (by index), then unused y-indices, then hidden-only positions up to the largest
    /// width. <paramref name="exact"/>: σ at the exact values (proofs) rather than at their approximations (numerics).
    /// </summary>
    public static IReadOnlyList<BlockPosition> Positions(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, bool exact)
    {
        var roots = type.RootPerIndex(exact);
        var ys = space.SingularValues;
        var active = Enumerable.Range(0, roots.Count).Where(j => roots[j] is not null);
        var unused = Enumerable.Range(0, roots.Count).Where(j => roots[j] is null);
        bool boxed = BoxedValues.Apply(space);
        var positions = active.Concat(unused).Select((j, p) => new BlockPosition(p, j, ys[j], roots[j], space.IsSymbolic(j) || boxed ? space.GroupOf(j) : null)).ToList();
        int largest = instance.Widths.Max();
        for (int p = positions.Count; p < largest; p++)
        {
            positions.Add(new BlockPosition(p, null, BigRational.Zero, null));
        }

        return positions;
    }

    /// <summary>Two different positions, both active, at different roots (another label, or another value): the block holds two σ.</summary>
    public static bool TwoRoots(BlockPosition a, BlockPosition c) =>
        a.Root is { } ra && c.Root is { } rc && a.Position != c.Position && (ra.Label != rc.Label || a.Y != c.Y);

    /// <summary>
    /// Whether y_{index+1} stays a variable in the blocks: an irrational or certified value, or any value of a space whose
    /// claims are stated on boxes (<see cref="BoxedValues"/>); else a rational numeral.
    /// </summary>
    public static bool IsVariable(CriticalPointTypes space, int index) => space.IsSymbolic(index) || BoxedValues.Apply(space);

    /// <summary>
    /// The Δ entries of the block of <paramref name="window"/> ({a} or {a, c}): (layer, row, column) in window
    /// coordinates, wherever the layer (d_{l+1} × d_l, 0-based l) has them — the (a, a) entries for one position, the
    /// (a, c) and (c, a) entries for two.
    /// </summary>
    public static List<(int Layer, int Row, int Column)> Entries(IReadOnlyList<int> widths, IReadOnlyList<BlockPosition> window)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(window);
        int size = window.Count;
        var entries = new List<(int Layer, int Row, int Column)>();
        for (int l = 0; l + 1 < widths.Count; l++)
        {
            for (int row = 0; row < size; row++)
            {
                for (int column = 0; column < size; column++)
                {
                    bool inBlock = size == 1 || row != column;
                    if (inBlock && window[row].Position < widths[l + 1] && window[column].Position < widths[l])
                    {
                        entries.Add((l, row, column));
                    }
                }
            }
        }

        return entries;
    }

    /// <summary>
    /// The block of {a, c} as a symmetric matrix of polynomials in the variables of <see cref="ScalarTheory"/> (x = the σ
    /// of the block's active position, s), one row per entry of Δ in the block; empty when no layer has such an entry.
    /// Irrational values stay symbolic (<see cref="BlockMatrix"/> says which variable holds which). Two active positions
    /// with different roots (<see cref="TwoRoots"/>): x is a's σ and y is c's, which needs both values rational.
    /// </summary>
    public static BlockMatrix Matrix(IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, BlockPosition a, BlockPosition c)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(lambdas);
        int depth = lambdas.Count;
        bool twoRoots = TwoRoots(a, c);
        if (twoRoots && (a.Symbolic is not null || c.Symbolic is not null))
        {
            throw new NotSupportedException("a block of two active positions with different roots and an irrational or certified value holds three unknowns; it is not claimed");
        }

        var window = a.Position == c.Position ? new[] { a } : new[] { a, c };
        int size = window.Length;
        var owner = window.FirstOrDefault(p => p.Root is not null);
        var other = window.FirstOrDefault(p => p.Symbolic is not null && (owner?.Symbolic is null || !ReferenceEquals(p.Symbolic, owner.Symbolic)));
        bool ownerEliminated = owner?.Symbolic is not null && other is not null;
        var yValue = other ?? (owner?.Symbolic is not null ? owner : null);
        var xValue = owner is null ? window.FirstOrDefault(p => p.Symbolic is not null && yValue is not null && !ReferenceEquals(p.Symbolic, yValue.Symbolic)) : null;

        var entries = Entries(widths, window);

        var matrix = new MultivariatePolynomial[entries.Count, entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            for (int j = 0; j < entries.Count; j++)
            {
                matrix[i, j] = ScalarTheory.Constant(BigRational.Zero);
            }
        }

        if (entries.Count == 0)
        {
            return new BlockMatrix(matrix, xValue, yValue, ownerEliminated);
        }

        // Unknowns: w_1..w_L (the active σ/√λ_l, shared by both positions when both are active at one root), one per Δ
        // entry, the values held by y, by x, and the owner's value when it is eliminated; then c's own w_1..w_L when the
        // two positions are active at different roots.
        int values = depth + entries.Count + 3;
        int n = values + (twoRoots ? depth : 0);
        int uY = values - 3, uX = values - 2, uOwner = values - 1;
        MultivariatePolynomial ValueOf(BlockPosition p) =>
            p.Symbolic is null ? MultivariatePolynomial.Constant(n, p.Y)
            : xValue is not null && ReferenceEquals(p.Symbolic, xValue.Symbolic) ? MultivariatePolynomial.Variable(n, uX)
            : ownerEliminated && ReferenceEquals(p.Symbolic, owner!.Symbolic) ? MultivariatePolynomial.Variable(n, uOwner)
            : MultivariatePolynomial.Variable(n, uY);
        var zero = MultivariatePolynomial.Constant(n, BigRational.Zero);
        var layers = Enumerable.Range(0, depth).Select(l => DenseMatrix<MultivariatePolynomial>.Create(size, size, (row, column) =>
            row == column && window[row].Root is not null ? MultivariatePolynomial.Variable(n, twoRoots && row == 1 ? values + l : l) : zero)).ToList();
        var directions = Enumerable.Range(0, depth).Select(l => DenseMatrix<MultivariatePolynomial>.Create(size, size, (row, column) =>
        {
            int k = entries.IndexOf((l, row, column));
            return k < 0 ? zero : MultivariatePolynomial.Variable(n, depth + k);
        })).ToList();
        var y = DenseMatrix<MultivariatePolynomial>.Create(size, size, (row, column) => row != column ? zero : ValueOf(window[row]));
        var form = CurvatureWitness.SecondOrder(lambdas, y, layers, directions, n);

        var sigma = ScalarTheory.Variable(ScalarTheory.X);
        var s = ScalarTheory.Variable(ScalarTheory.S);
        foreach (var (exponents, coefficient) in form.Terms)
        {
            var pair = Enumerable.Range(0, entries.Count).Where(k => exponents[depth + k] > 0).ToList();
            int degree = pair.Sum(k => exponents[depth + k]);
            if (degree != 2)
            {
                throw new InvalidOperationException("d²F[Δ, Δ] must be quadratic in Δ.");
            }

            // w_l = σ/√λ_l and Δ_l = δ_l/√λ_l: layer l contributes λ_l^{−(e_w + e_Δ)/2}. When every layer's exponent sum is
            // odd the product carries 1/(√λ_1⋯√λ_L) = 1/s, when every one is even a rational factor; times s > 0, both are
            // polynomials in σ and s.
            var factor = coefficient;
            int sigmaPower = 0, secondPower = 0;
            var parities = new HashSet<int>();
            for (int l = 0; l < depth; l++)
            {
                int second = twoRoots ? exponents[values + l] : 0;
                secondPower += second;
                int ew = exponents[l] + second;
                int ed = pair.Where(k => entries[k].Layer == l).Sum(k => exponents[depth + k]);
                int total = ew + ed;
                parities.Add(total % 2);
                factor /= BigRational.Pow(lambdas[l], total / 2);
                sigmaPower += ew - second;
            }

            if (parities.Count != 1)
            {
                throw new InvalidOperationException("A Hessian monomial mixes even and odd layers; it is not a function of σ and √λ.");
            }

            var term = sigma.Power(sigmaPower).Multiply(ScalarTheory.Variable(ScalarTheory.Y).Power(exponents[uY] + secondPower)).Multiply(sigma.Power(exponents[uX])).Scale(factor);
            if (ownerEliminated)
            {
                // The owner's y = N(σ)/(s·σ^{L−2}); the block is multiplied by s·σ^{L−2}, and d²F is affine in Y.
                term = exponents[uOwner] switch
                {
                    0 => term.Multiply(s).Multiply(sigma.Power(depth - 2)),
                    1 => term.Multiply(ScalarTheory.RootNumerator(depth).Substitute(ScalarTheory.Lambda, lambdas.Aggregate(BigRational.One, (p, l) => p * l))),
                    _ => throw new InvalidOperationException("d²F[Δ, Δ] must be affine in Y."),
                };
            }

            if (parities.Single() == 0)
            {
                term = term.Multiply(s);
            }

            if (pair.Count == 1)
            {
                matrix[pair[0], pair[0]] = matrix[pair[0], pair[0]].Add(term);
            }
            else
            {
                var half = term.Scale(new BigRational(1, 2));
                matrix[pair[0], pair[1]] = matrix[pair[0], pair[1]].Add(half);
                matrix[pair[1], pair[0]] = matrix[pair[1], pair[0]].Add(half);
            }
        }

        return new BlockMatrix(matrix, xValue, yValue, ownerEliminated);
    }
}
