using Dmf.Symbolic.Expressions.Evaluation;
using Dmf.Verify.Hessian;

namespace Dmf.Verify.Numerics;

/// <summary>
/// Which block of docs/theory.md §4a, as far as its form depends on it: one position or two, which of them carry an
/// active slot, and which layers have each position as a row or column (bit l set iff the position is below d_l,
/// l = 0..L). Blocks with the same shape share one form; only the values put into it differ.
/// </summary>
/// <param name="Size">1 (an (a, a) block) or 2 (an {a, c} block).</param>
/// <param name="Active">Bit r set iff window position r carries an active slot.</param>
/// <param name="RowsA">Widths bitmask of the first position.</param>
/// <param name="RowsC">Widths bitmask of the second position (equal to <paramref name="RowsA"/> for one position).</param>
internal readonly record struct BlockShape(int Size, int Active, ulong RowsA, ulong RowsC);

/// <summary>
/// One Hessian block in the true coordinates (the Δ entries of the singular bases, orthonormal in W), as polynomials in
/// the block's values: the diagonal layer entries w_{l,r} of its active positions and the data values y_r — expanded by
/// Dmf.Symbolic from the derived Hessian form (<see cref="CurvatureWitness.SecondOrder(IReadOnlyList{BigRational}, DenseMatrix{MultivariatePolynomial}, IReadOnlyList{DenseMatrix{MultivariatePolynomial}}, IReadOnlyList{DenseMatrix{MultivariatePolynomial}}, int)"/>),
/// the one definition every target uses. Unlike <see cref="HessianBlocks"/> (a congruent form, for the inertia) its
/// eigenvalues are the Hessian's. Value variables: w_{l,r} at l·Size + r, then y_r at L·Size + r.
/// </summary>
internal sealed class HessianBlockForm
{
    private HessianBlockForm(int size, int valueCount, IReadOnlyList<Term>[,] entries)
    {
        Size = size;
        ValueCount = valueCount;
        Entries = entries;
    }

    /// <summary>The block's order (number of Δ entries in it).</summary>
    public int Size { get; }

    /// <summary>How many value variables the terms' exponents run over.</summary>
    public int ValueCount { get; }

    /// <summary>Entry (i, j) of the symmetric block: a sum of coefficient × monomial in the values.</summary>
    public IReadOnlyList<Term>[,] Entries { get; }

    /// <summary>One term c·Π v_k^{e_k} of an entry.</summary>
    public sealed record Term(BigRational Coefficient, int[] Exponents)
    {
        /// <summary>Equal when every member is, lists and arrays element by element.</summary>
        public bool Equals(Term? other) =>
            other is not null &&
            Equals(Coefficient, other.Coefficient) &&
            ValueLists.Equal(Exponents, other.Exponents);

        /// <summary>A hash consistent with <see cref="Equals(Term?)"/>.</summary>
        public override int GetHashCode() => HashCode.Combine(Coefficient, ValueLists.Hash(Exponents));
    }

    /// <summary>
    /// The block at values ṽ (<paramref name="values"/>, indexed as the terms' exponents): each entry Σ c·Π ṽ^e exactly, and
    /// a bound r on how far the true block can be when each true value is within relative error δ_k
    /// (<paramref name="errors"/>; null: exact values) — Σ over entries and terms of |c|·Π|ṽ|^e·(Π(1 + δ_k)^{e_k} − 1), which
    /// bounds Σ_ij |E_ij| ≥ ‖E‖₂.
    /// </summary>
    public (BigRational[,] Matrix, BigRational Radius) At(IReadOnlyList<BigRational> values, IReadOnlyList<BigRational>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var matrix = new BigRational[Size, Size];
        var radius = BigRational.Zero;
        for (int i = 0; i < Size; i++)
        {
            for (int j = 0; j < Size; j++)
            {
                var value = BigRational.Zero;
                foreach (var term in Entries[i, j])
                {
                    var monomial = term.Coefficient;
                    var growth = BigRational.One;
                    for (int k = 0; k < term.Exponents.Length; k++)
                    {
                        int e = term.Exponents[k];
                        if (e == 0)
                        {
                            continue;
                        }

                        monomial *= BigRational.Pow(values[k], e);
                        if (errors is not null && !errors[k].IsZero)
                        {
                            growth *= BigRational.Pow(BigRational.One + errors[k], e);
                        }
                    }

                    value += monomial;
                    radius += BigRational.Abs(monomial) * (growth - BigRational.One);
                }

                matrix[i, j] = value;
            }
        }

        return (matrix, radius);
    }

    /// <summary>The shape of the block of <paramref name="window"/> (1 or 2 positions) for layers of <paramref name="widths"/>.</summary>
    public static BlockShape ShapeOf(IReadOnlyList<int> widths, IReadOnlyList<BlockPosition> window)
    {
        if (widths.Count > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(widths), widths.Count - 1, "Hessian blocks are formed for depths up to 63.");
        }

        ulong Rows(BlockPosition p)
        {
            ulong mask = 0;
            for (int l = 0; l < widths.Count; l++)
            {
                mask |= p.Position < widths[l] ? 1UL << l : 0;
            }

            return mask;
        }

        int active = 0;
        for (int r = 0; r < window.Count; r++)
        {
            active |= window[r].Root is null ? 0 : 1 << r;
        }

        return new BlockShape(window.Count, active, Rows(window[0]), Rows(window[^1]));
    }

    /// <summary>Expands the form of a block of <paramref name="shape"/> for regularizations <paramref name="lambdas"/>.</summary>
    public static HessianBlockForm Of(IReadOnlyList<int> widths, IReadOnlyList<BigRational> lambdas, BlockShape shape)
    {
        int depth = lambdas.Count;
        int size = shape.Size;
        // Entries() reads positions against the widths only: stand-in positions with the shape's masks.
        var window = Enumerable.Range(0, size).Select(r => new BlockPosition(StandIn(widths, r == 0 ? shape.RowsA : shape.RowsC), null, BigRational.Zero, null)).ToList();
        var entries = HessianBlocks.Entries(widths, window);
        int values = (depth * size) + size;
        int n = values + entries.Count;
        var zero = MultivariatePolynomial.Constant(n, BigRational.Zero);
        var layers = Enumerable.Range(0, depth).Select(l => DenseMatrix<MultivariatePolynomial>.Create(size, size, (row, column) =>
            row == column && (shape.Active & (1 << row)) != 0 ? MultivariatePolynomial.Variable(n, (l * size) + row) : zero)).ToList();
        var directions = Enumerable.Range(0, depth).Select(l => DenseMatrix<MultivariatePolynomial>.Create(size, size, (row, column) =>
        {
            int k = entries.IndexOf((l, row, column));
            return k < 0 ? zero : MultivariatePolynomial.Variable(n, values + k);
        })).ToList();
        var y = DenseMatrix<MultivariatePolynomial>.Create(size, size, (row, column) => row != column ? zero : MultivariatePolynomial.Variable(n, (depth * size) + row));
        var form = CurvatureWitness.SecondOrder(lambdas, y, layers, directions, n);

        var terms = new List<Term>[entries.Count, entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            for (int j = 0; j < entries.Count; j++)
            {
                terms[i, j] = new List<Term>();
            }
        }

        foreach (var (exponents, coefficient) in form.Terms)
        {
            var pair = Enumerable.Range(0, entries.Count).Where(k => exponents[values + k] > 0).ToList();
            var monomial = exponents.Take(values).ToArray();
            if (pair.Count == 1 && exponents[values + pair[0]] == 2)
            {
                terms[pair[0], pair[0]].Add(new Term(coefficient, monomial));
            }
            else if (pair.Count == 2 && exponents[values + pair[0]] == 1 && exponents[values + pair[1]] == 1)
            {
                var half = coefficient / 2;
                terms[pair[0], pair[1]].Add(new Term(half, monomial));
                terms[pair[1], pair[0]].Add(new Term(half, monomial));
            }
            else
            {
                throw new InvalidOperationException("d²F[Δ, Δ] must be a quadratic form in Δ.");
            }
        }

        var result = new IReadOnlyList<Term>[entries.Count, entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            for (int j = 0; j < entries.Count; j++)
            {
                result[i, j] = terms[i, j];
            }
        }

        return new HessianBlockForm(entries.Count, values, result);
    }

    /// <summary>A position whose comparisons with the widths give <paramref name="mask"/> (masks are downward closed in position).</summary>
    private static int StandIn(IReadOnlyList<int> widths, ulong mask)
    {
        int position = 0;
        for (int l = 0; l < widths.Count; l++)
        {
            if ((mask & (1UL << l)) == 0)
            {
                // The position is at least d_l; the largest width it is below bounds it from above.
                position = Math.Max(position, widths[l]);
            }
        }

        return position;
    }
}
