using Dmf.Symbolic.Landscape;

namespace Dmf.Verify.Verification;

/// <summary>A sign condition on one polynomial in (σ, s), with what it says in words.</summary>
internal sealed record BlockCondition(MultivariatePolynomial Quantity, SignCondition Condition, string Meaning);

/// <summary>
/// Exact conditions for a symmetric matrix M of polynomials in (σ, s) to be positive semidefinite (or definite): M splits
/// into the components of its structural nonzeros (s² = λ applied), and each component gives its conditions — a 1 × 1
/// entry ≥ 0; a 2 × 2 [[a, b], [b, c]]: a ≥ 0, c ≥ 0, ac − b² ≥ 0; an equicorrelated block dI + o(J − I) (checked
/// entry by entry): its eigenvalues d − o (n − 1 times) and d + (n − 1)o ≥ 0; any other component of size ≤ 4: every
/// coefficient e_k of det(tI + M) (the sum of the k × k principal minors) ≥ 0, which for a symmetric matrix is
/// equivalent. Larger components without that structure are refused (<see cref="NotSupportedException"/>).
/// </summary>
internal static class BlockConditions
{
    /// <summary>The conditions; strict asks for &gt; 0 (positive definite) instead of ≥ 0.</summary>
    public static IReadOnlyList<BlockCondition> For(MultivariatePolynomial[,] matrix, BigRational lambda, bool strict, string block)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.GetLength(0);
        var m = new MultivariatePolynomial[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = RootElimination.ReduceSquareRoot(matrix[i, j], lambda);
            }
        }

        var condition = strict ? SignCondition.Positive : SignCondition.NonNegative;
        var conditions = new List<BlockCondition>();
        foreach (var component in Components(m))
        {
            string where = Invariant($"{block}, entries {string.Join(",", component.Select(i => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))}");
            if (component.Count == 1)
            {
                conditions.Add(new BlockCondition(m[component[0], component[0]], condition, Invariant($"{where}: the diagonal entry {condition.Symbol()}")));
            }
            else if (Equicorrelated(m, component, lambda, out var d, out var o))
            {
                int size = component.Count;
                conditions.Add(new BlockCondition(d.Subtract(o), condition, Invariant($"{where}: eigenvalue d - o ({size - 1} times) {condition.Symbol()}")));
                conditions.Add(new BlockCondition(d.Add(o.Scale(size - 1)), condition, Invariant($"{where}: eigenvalue d + {size - 1}*o {condition.Symbol()}")));
            }
            else if (component.Count == 2)
            {
                var (a, b, c) = (m[component[0], component[0]], m[component[0], component[1]], m[component[1], component[1]]);
                if (!strict)
                {
                    conditions.Add(new BlockCondition(a, condition, $"{where}: a >= 0"));
                    conditions.Add(new BlockCondition(c, condition, $"{where}: c >= 0"));
                }
                else
                {
                    conditions.Add(new BlockCondition(a, condition, $"{where}: a > 0"));
                }

                conditions.Add(new BlockCondition(Reduce(a.Multiply(c).Subtract(b.Multiply(b)), lambda), condition, Invariant($"{where}: ac - b^2 {condition.Symbol()}")));
            }
            else if (component.Count <= 4)
            {
                for (int k = 1; k <= component.Count; k++)
                {
                    var sum = ScalarTheory.Constant(BigRational.Zero);
                    foreach (var minor in Subsets(component, k))
                    {
                        sum = sum.Add(Determinant(m, minor, lambda));
                    }

                    conditions.Add(new BlockCondition(Reduce(sum, lambda), k == component.Count ? condition : SignCondition.NonNegative, Invariant($"{where}: e_{k} of det(tI + M) {(k == component.Count ? condition : SignCondition.NonNegative).Symbol()}")));
                }
            }
            else if (SwapSymmetric(m, component, lambda, out var plus, out var minus))
            {
                // [[A, B], [B, A]] with B symmetric is congruent (orthogonally) to (A + B) ⊕ (A − B).
                conditions.AddRange(For(plus, lambda, strict, where + " (A + B)"));
                conditions.AddRange(For(minus, lambda, strict, where + " (A - B)"));
            }
            else
            {
                throw new NotSupportedException(Invariant($"{where}: a component of size {component.Count} without a structure the exact conditions cover"));
            }
        }

        return conditions;
    }

    /// <summary>Connected components of the graph of nonzero off-diagonal entries, skipping rows that are entirely zero.</summary>
    private static List<List<int>> Components(MultivariatePolynomial[,] m)
    {
        int n = m.GetLength(0);
        var seen = new bool[n];
        var components = new List<List<int>>();
        for (int start = 0; start < n; start++)
        {
            if (seen[start] || Enumerable.Range(0, n).All(j => m[start, j].IsZero))
            {
                continue;
            }

            var component = new List<int>();
            var stack = new Stack<int>();
            stack.Push(start);
            seen[start] = true;
            while (stack.Count > 0)
            {
                int i = stack.Pop();
                component.Add(i);
                for (int j = 0; j < n; j++)
                {
                    if (!seen[j] && !m[i, j].IsZero)
                    {
                        seen[j] = true;
                        stack.Push(j);
                    }
                }
            }

            component.Sort();
            components.Add(component);
        }

        return components;
    }

    /// <summary>
    /// Whether the component, its entries paired consecutively (p_i, q_i), is [[A, B], [B, A]] with B symmetric; then
    /// A + B and A − B (the matrix on p + q and on p − q).
    /// </summary>
    private static bool SwapSymmetric(MultivariatePolynomial[,] m, List<int> component, BigRational lambda, out MultivariatePolynomial[,] plus, out MultivariatePolynomial[,] minus)
    {
        int k = component.Count / 2;
        plus = new MultivariatePolynomial[k, k];
        minus = new MultivariatePolynomial[k, k];
        if (component.Count % 2 != 0)
        {
            return false;
        }

        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                int pi = component[2 * i], qi = component[(2 * i) + 1], pj = component[2 * j], qj = component[(2 * j) + 1];
                var a = m[pi, pj];
                var b = m[pi, qj];
                if (!Reduce(m[qi, qj].Subtract(a), lambda).IsZero || !Reduce(m[qi, pj].Subtract(b), lambda).IsZero || !Reduce(m[pj, qi].Subtract(b), lambda).IsZero)
                {
                    return false;
                }

                plus[i, j] = a.Add(b);
                minus[i, j] = a.Subtract(b);
            }
        }

        return true;
    }

    private static bool Equicorrelated(MultivariatePolynomial[,] m, List<int> component, BigRational lambda, out MultivariatePolynomial d, out MultivariatePolynomial o)
    {
        d = m[component[0], component[0]];
        o = m[component[0], component[1]];
        foreach (int i in component)
        {
            foreach (int j in component)
            {
                var expected = i == j ? d : o;
                if (!Reduce(m[i, j].Subtract(expected), lambda).IsZero)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The principal minor on <paramref name="rows"/>.</summary>
    private static MultivariatePolynomial Determinant(MultivariatePolynomial[,] m, IReadOnlyList<int> rows, BigRational lambda) =>
        Minor(m, rows.ToList(), rows.ToList(), lambda);

    /// <summary>The minor on the given rows and columns, by Laplace expansion along the first row (s² = λ applied).</summary>
    private static MultivariatePolynomial Minor(MultivariatePolynomial[,] m, List<int> rows, List<int> columns, BigRational lambda)
    {
        if (rows.Count == 1)
        {
            return m[rows[0], columns[0]];
        }

        var total = ScalarTheory.Constant(BigRational.Zero);
        for (int k = 0; k < columns.Count; k++)
        {
            var entry = m[rows[0], columns[k]];
            if (entry.IsZero)
            {
                continue;
            }

            var term = Reduce(entry.Multiply(Minor(m, rows.Skip(1).ToList(), columns.Where((_, index) => index != k).ToList(), lambda)), lambda);
            total = k % 2 == 0 ? total.Add(term) : total.Subtract(term);
        }

        return total;
    }

    private static IEnumerable<IReadOnlyList<int>> Subsets(List<int> items, int k)
    {
        if (k == 0)
        {
            yield return Array.Empty<int>();
            yield break;
        }

        for (int i = 0; i <= items.Count - k; i++)
        {
            foreach (var rest in Subsets(items.Skip(i + 1).ToList(), k - 1))
            {
                yield return new[] { items[i] }.Concat(rest).ToList();
            }
        }
    }

    private static MultivariatePolynomial Reduce(MultivariatePolynomial p, BigRational lambda) => RootElimination.ReduceSquareRoot(p, lambda);
}
