using Dmf.Symbolic.Landscape;
using Dmf.Verify.Hessian;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// Sharpness (docs/theory.md §4c): every eigenvalue of ∇²F below 2/η (stable[…]), or one at or above it (unstable[…]),
/// block by block in the congruent coordinates of <see cref="HessianBlocks"/>.
/// </summary>
internal static class SharpnessClaims
{
    /// <summary>
    /// The sharpness claims of a minimizer for a step: stable[…] where its λ_max is below 2/η (proved block by block);
    /// where it is not (or not decided), a claim that says the instability is not encoded — the solver proves bounds from
    /// above, and instability needs one block's eigenvalue at or above 2/η.
    /// </summary>
    internal static IEnumerable<Claim> ForStep(ClaimContext context, CriticalPointType type, Classification classification, BigRational? step, LinearStability? stability)
    {
        if (step is not { } eta || stability is not { } verdict || !classification.IsMinimizer)
        {
            return Array.Empty<Claim>();
        }

        if (verdict == LinearStability.Stable)
        {
            return StabilityClaims(context, type, eta);
        }

        if (verdict == LinearStability.Unstable && InstabilityClaim(context, type, eta) is { } unstable)
        {
            return new[] { unstable };
        }

        var reals = new PinnedReals(context.Lambda);
        string what = verdict == LinearStability.Unstable ? "lambda_max >= 2/eta" : "lambda_max vs 2/eta";
        return new[]
        {
            new Claim("unstable", Invariant($"{what} = {(2 / eta).ToExactString()} (step {eta.ToExactString()})"), reals.Constants.ToList(), reals.Context.ToList(), Terms.And(), null)
            {
                NotEncoded = verdict == LinearStability.Unstable
                    ? "established by the blocks' certified enclosures (the sharpness table), not by the solver: no block with numeral values shows an eigenvalue at or above 2/eta (lambda_max lives in a block holding an irrational or certified value)"
                    : "2/eta lies inside lambda_max's enclosure at 768 bits: not decided",
            },
        };
    }

    /// <summary>
    /// λ_max of a minimizer, proved (docs/verification.md, "Sharpness"): a &lt; λ_max &lt; b for a rational bracket around its
    /// enclosure — every eigenvalue below b, block by block (lmax-below[…], the stable claims at η = 2/b), and the block
    /// λ_max lives in with an eigenvalue at or above a (lmax-above[…]) — and, where λ_max is an algebraic number (a block of
    /// rational entries), lmax: its defining polynomial p changes sign on (a, b) and has exactly one root there, so with
    /// the bracket λ_max is that root. The bracket is the narrowest of 2^−32 … 2^−10 (relative) at which the block's
    /// condition is clearly violated at a and p's root is alone.
    /// </summary>
    internal static IEnumerable<Claim> ForLargest(ClaimContext context, CriticalPointType type, Classification classification, HessianSharpness? sharpness)
    {
        if (sharpness is null || !classification.IsMinimizer || sharpness.Largest.Lower.Sign <= 0)
        {
            yield break;
        }

        var largest = sharpness.Largest;
        var p = largest.Exact is { } exact && !exact.TryGetRational(out _) ? exact.DefiningPolynomial : null;
        bool InBlock(BlockPosition a, BlockPosition c) => LivesIn(sharpness.LargestBlock, a, c);
        // The narrowest bracket whose lower bound the block's conditions show; else the 2^-16 one (stated, left unknown).
        (BigRational A, BigRational B, Claim? Above)? chosen = null;
        foreach (int bits in new[] { 32, 24, 16, 10 })
        {
            var (a, b) = Bracket(largest, bits);
            if (p is not null && SturmSequence.Create(p).CountRootsClosed(a, b) != 1)
            {
                continue;
            }

            var above = context.Enclosed is null ? Reaching(context, type, new EigenvalueBound("lmax-above", a, "a"), InBlock) : null;
            if (above is not null || (chosen is null && bits <= 16))
            {
                chosen = (a, b, above);
            }

            if (above is not null)
            {
                break;
            }
        }

        if (chosen is not { } bracket)
        {
            yield break;
        }

        var below = Below(context, type, new EigenvalueBound("lmax-below", bracket.B, "b")).ToList();
        foreach (var claim in below)
        {
            yield return claim;
        }

        var reals = new PinnedReals(context.Lambda);
        string where = string.Join(",", sharpness.LargestBlock.Select(i => i is { } k ? k.ToString(System.Globalization.CultureInfo.InvariantCulture) : "hidden"));
        yield return bracket.Above ?? new Claim("lmax-above", Invariant($"the block of ({where}) has an eigenvalue at or above a = {bracket.A.ToExactString()}"), reals.Constants.ToList(), reals.Context.ToList(), Terms.And(), null)
        {
            NotEncoded = context.Enclosed is not null
                ? "the values are known by intervals: a lower bound needs one block's condition violated for every value in them, which is not encoded"
                : "neither an exact condition nor a direction v with v^T S v <= 0 shows lambda_max's block reaching a (a block holding an irrational value is not tried)",
        };

        if (p is null)
        {
            yield break;
        }

        // p(a)·p(b) < 0 with numerals: a root in (a, b); our Sturm count says it is the only one.
        var (pa, pb) = (p.Evaluate(bracket.A), p.Evaluate(bracket.B));
        var statement = Terms.Less(Terms.Multiply(Terms.Number(pa), Terms.Number(pb)), ClaimContext.Zero);
        var (lower, upper) = (bracket.A, bracket.B);
        yield return new Claim("lmax", Invariant($"lambda_max is the root of p(t) = {p.ToString("t")} in (a, b) = ({lower.ToExactString()}, {upper.ToExactString()}), in the block of ({where}): p changes sign there and has no other root (Sturm), and the premises put lambda_max in (a, b)"), reals.Constants.ToList(), reals.Context.ToList(), statement, () => (pa * pb).Sign < 0 && SturmSequence.Create(p).CountRootsClosed(lower, upper) == 1)
        {
            Premises = below.Select(c => c.Name).Append(bracket.Above?.Name ?? "lmax-above").ToList(),
            Reduction = "lambda_max < b (every block's eigenvalues, lmax-below) and the block's eigenvalue at or above a (lmax-above) put lambda_max in [a, b); the block's eigenvalues are roots of its characteristic polynomial, of which p is the factor with a root there",
        };
    }

    /// <summary>Whether the block of positions (a, c) is where λ_max lives (1-based indices of Y, null for hidden positions; one entry for a position's own block).</summary>
    private static bool LivesIn(IReadOnlyList<int?> block, BlockPosition a, BlockPosition c)
    {
        int? Of(BlockPosition p) => p.Index + 1;
        return block.Count == 1
            ? a.Position == c.Position && Of(a) == block[0]
            : a.Position != c.Position && ((Of(a) == block[0] && Of(c) == block[1]) || (Of(a) == block[1] && Of(c) == block[0]));
    }

    /// <summary>Short dyadic rationals a &lt; λ_max &lt; b about 2^−<paramref name="bits"/> (relative) outside its enclosure.</summary>
    private static (BigRational A, BigRational B) Bracket(RealEnclosure largest, int bits)
    {
        var (lower, upper) = largest.Exact is { } exact && !exact.TryGetRational(out _)
            ? (BinaryMagnitude.RefinedRelative(exact, bits + 8).Interval.Lower, BinaryMagnitude.RefinedRelative(exact, bits + 8).Interval.Upper)
            : (largest.Lower, largest.Upper);
        int e = BinaryMagnitude.FloorLog2(lower) - bits - 2;
        var margin = lower * BigRational.FromBinary(1, -bits);
        var a = BigRational.FromBinary(BigRational.Floor((lower - margin) * BigRational.FromBinary(1, -e)), e);
        var b = BigRational.FromBinary(BigRational.Ceiling((upper + margin) * BigRational.FromBinary(1, -e)), e);
        return (a, b);
    }

    /// <summary>
    /// The sharpness claims for a step η (docs/verification.md, "Sharpness"): every eigenvalue of ∇²F is below 2/η —
    /// block by block, (2/η)·I − B ≻ 0, which in the blocks' congruent coordinates (δ_l = √λ_l·Δ_l, times s) reads
    /// (2/η)·s·diag(1/λ_l) − M ≻ 0 (times s·σ^{L−2} where the owner's y was eliminated): stable[j], stable[j|k],
    /// stable[free], like hessian[…]; a block of two active positions at different roots as stable[j,k] on a box of both σ
    /// where that is encodable, else a claim says it is not (stable[pairs]) and the type's stability stays unknown.
    /// </summary>
    internal static IEnumerable<Claim> StabilityClaims(ClaimContext context, CriticalPointType type, BigRational step) =>
        Below(context, type, EigenvalueBound.OfStep("stable", step));

    /// <summary>Every eigenvalue of ∇²F below <paramref name="bound"/>, block by block (<see cref="StabilityClaims"/>).</summary>
    internal static IEnumerable<Claim> Below(ClaimContext context, CriticalPointType type, EigenvalueBound bound) =>
        HessianBlockClaims.BlockClaims(context, type, new BlockFamily(bound.Family, Invariant($"have every eigenvalue below {bound.Text}"), bound.Step));

    /// <summary>
    /// unstable[…]: one exact condition of one block's shifted matrix (2/η)·s·diag(1/λ_l) − M is ≤ 0, so that block is not
    /// positive definite — ∇²F has an eigenvalue at or above 2/η. The block and the condition are picked where the
    /// approximations of σ and s make the condition clearly negative; a block of two different σ is tried on a box of both
    /// (<see cref="TwoRootBlocks.Instability"/>); blocks whose values stand as variables (irrational or certified y) are not tried.
    /// Null when no block qualifies.
    /// </summary>
    internal static Claim? InstabilityClaim(ClaimContext context, CriticalPointType type, BigRational step) =>
        Reaching(context, type, EigenvalueBound.OfStep("unstable", step), null);

    /// <summary>
    /// An eigenvalue of ∇²F at or above <paramref name="bound"/> (<see cref="InstabilityClaim"/>), in a block that
    /// <paramref name="only"/> accepts (any block when null). Null when no block qualifies.
    /// </summary>
    internal static Claim? Reaching(ClaimContext context, CriticalPointType type, EigenvalueBound bound, Func<BlockPosition, BlockPosition, bool>? only)
    {
        var step = bound.Step;
        if (context.Enclosed is not null)
        {
            return null;
        }

        var lambda = context.Instance.Landscape.LambdaProduct;
        var positions = HessianBlocks.Positions(context.Instance, context.Space, type, exact: true);
        for (int a = 0; a < positions.Count; a++)
        {
            for (int c = a; c < positions.Count; c++)
            {
                var (pa, pc) = (positions[a], positions[c]);
                if (only is not null && !only(pa, pc))
                {
                    continue;
                }

                if (HessianBlocks.TwoRoots(pa, pc))
                {
                    if (TwoRootBlocks.Instability(context, pa, pc, bound) is { } pair)
                    {
                        return pair;
                    }

                    continue;
                }

                var matrix = context.MatrixOf(pa, pc);
                if (matrix.XValue is not null || matrix.YValue is not null)
                {
                    continue;
                }

                var owner = pa.Root is not null ? pa : pc.Root is not null ? pc : null;
                string block = Invariant($"block {{{a + 1},{c + 1}}}");
                var shifted = Shifted(context, matrix, a == c ? new[] { pa } : new[] { pa, pc }, step);
                var point = context.ApproximatePoint(owner?.Root);
                BlockCondition? failing;
                string description;
                try
                {
                    failing = ClearlyNegative(BlockConditions.For(shifted, lambda, strict: true, block), point);
                    description = failing is null ? string.Empty : FailureDescription(block, bound, failing);
                }
                catch (NotSupportedException)
                {
                    // Beyond the exact conditions: a direction v with v^T S v <= 0 (BlockCertificates).
                    failing = BlockCertificates.NegativeDirection(shifted, point) is { } quadratic
                        ? new BlockCondition(quadratic, SignCondition.Positive, Invariant($"{block}: v^T S v > 0 for a rational vector v"))
                        : null;
                    description = Invariant($"{block} has an eigenvalue at or above {bound.Text}: v^T S v <= 0 for a rational vector v, S = {bound.Symbol}*I minus the block (a certificate: S is not positive definite)");
                }

                if (failing is { } condition)
                {
                    var negated = new BlockCondition(condition.Quantity, SignCondition.NonPositive, condition.Meaning);
                    return owner is { Index: { } j, Root: { } r }
                        ? context.AtRoots(j, r, Invariant($"{bound.Family}[{j + 1}]"), description, new[] { (condition.Quantity, SignCondition.NonPositive) })
                        : HessianBlockClaims.FreeBlocksClaim(context, new[] { (negated, (int?)null, (int?)null) }, 1, new BlockFamily(bound.Family, Invariant($"have an eigenvalue at or above {(bound.Symbol == "(2/eta)" ? "2/eta" : bound.Text)}"), step));
                }
            }
        }

        return null;
    }

    /// <summary>A condition whose value at <paramref name="point"/> is negative beyond 2^−40 of its largest coefficient, or null.</summary>
    internal static BlockCondition? ClearlyNegative(IReadOnlyList<BlockCondition> conditions, IReadOnlyList<BigRational> point) =>
        conditions.FirstOrDefault(condition =>
        {
            var value = condition.Quantity.Evaluate(point);
            var scale = condition.Quantity.Terms.Aggregate(BigRational.One, (m, t) => BigRational.Max(m, BigRational.Abs(t.Coefficient)));
            return value.Sign < 0 && BigRational.Abs(value) >= scale * BigRational.FromBinary(1, -40);
        });

    internal static string FailureDescription(string block, EigenvalueBound bound, BlockCondition condition) =>
        Invariant($"{block} has an eigenvalue at or above {bound.Text}: for {bound.Symbol}*I minus the block, the condition '{condition.Meaning}' fails");

    /// <summary>
    /// (2/η)·s·diag(1/λ_l) − M for a block M in the congruent coordinates of <see cref="HessianBlocks"/> (δ_l = √λ_l·Δ_l,
    /// times s = √λ): positive definite iff every eigenvalue of the true block is below 2/η. Where the owner's y was
    /// eliminated the block was multiplied by s·σ^{L−2} &gt; 0, and so is the shift.
    /// </summary>
    internal static MultivariatePolynomial[,] Shifted(ClaimContext context, BlockMatrix matrix, IReadOnlyList<BlockPosition> window, BigRational step)
    {
        var entries = HessianBlocks.Entries(context.Instance.Widths, window);
        int n = entries.Count;
        var s = ScalarTheory.Variable(ScalarTheory.S);
        var factor = matrix.OwnerEliminated ? s.Multiply(s).Multiply(ScalarTheory.Variable(ScalarTheory.X).Power(context.Instance.Depth - 2)) : s;
        var shifted = new MultivariatePolynomial[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < n; k++)
            {
                var negated = matrix.Entries[i, k].Scale(BigRational.MinusOne);
                shifted[i, k] = i != k ? negated : negated.Add(factor.Scale(2 / (step * context.Instance.Lambdas[entries[i].Layer])));
            }
        }

        return shifted;
    }
}
