using Dmf.Symbolic.Landscape;
using Dmf.Verify.Hessian;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Verification;

/// <summary>
/// The sharpness claims of a block of two active positions at different roots (docs/verification.md, "Sharpness"): two
/// algebraic numbers in one block, claimed on a box of both σ and of s = √λ (<see cref="BoxClaims"/>) with root[j] and
/// root[k] placing them — by the block's exact conditions where they apply (L = 2), else by certificates
/// (<see cref="BlockCertificates"/>).
/// </summary>
internal static class TwoRootBlocks
{
    /// <summary>
    /// unstable[j,k]: one condition of the shifted block of two active positions at different roots is ≤ 0, on a box of
    /// both σ (<see cref="BoxClaims"/>); picked where the approximations make it clearly negative. Null otherwise.
    /// </summary>
    internal static Claim? Instability(ClaimContext context, BlockPosition a, BlockPosition c, EigenvalueBound bound)
    {
        if (a.Symbolic is not null || c.Symbolic is not null || Conditions(context, a, c, bound.Step) is not { } shifted)
        {
            return null;
        }

        var point = context.ApproximatePoint(a.Root, c.Root);
        if (shifted.Conditions is null)
        {
            // Beyond the exact conditions: a direction v with v^T S v <= 0 (BlockCertificates).
            return BlockCertificates.NegativeDirection(shifted.Matrix, point) is { } quadratic
                ? Box(context, a, c, bound.Family, Invariant($"{shifted.Block} has an eigenvalue at or above {bound.Text}: v^T S v <= 0 for a rational vector v, S = {bound.Symbol}*I minus the block (a certificate: S is not positive definite)"), new[] { (quadratic, SignCondition.NonPositive) })
                : null;
        }

        return SharpnessClaims.ClearlyNegative(shifted.Conditions, point) is { } condition
            ? Box(context, a, c, bound.Family, SharpnessClaims.FailureDescription(shifted.Block, bound, condition), new[] { (condition.Quantity, SignCondition.NonPositive) })
            : null;
    }

    /// <summary>
    /// stable[j,k] (or stable[j,k].1, .2, … for the parts of a certificate): the block of two active positions at different roots (σ_j in x, σ_k in y, both values rational),
    /// shifted by the step, is positive definite — decided on a box of (σ_j, σ_k) by our interval arithmetic and the solver
    /// (<see cref="BoxClaims"/>), with root[j] and root[k] placing the two σ: by its exact conditions where they apply (a
    /// component of at most 4 entries: L = 2), else by a perturbation certificate (<see cref="BlockCertificates"/>). Null
    /// (empty) when the block is not encodable here (an irrational or certified value) or no box settles it.
    /// </summary>
    internal static IReadOnlyList<Claim> Stability(ClaimContext context, BlockFamily family, BlockPosition a, BlockPosition c, BigRational step)
    {
        if (context.Enclosed is not null || Conditions(context, a, c, step) is not { } shifted)
        {
            return Array.Empty<Claim>();
        }

        string block = Invariant($"the Hessian block of index {a.Index + 1} ({a.Root!.Label.ToSymbol()}) and index {c.Index + 1} ({c.Root!.Label.ToSymbol()}) {family.Says}");
        if (shifted.Conditions is { } conditions)
        {
            return Box(context, a, c, family.Name, Invariant($"{block} ({conditions.Count} exact conditions)"), conditions.Select(q => (q.Quantity, q.Condition)).ToList()) is { } claim
                ? new[] { claim }
                : Array.Empty<Claim>();
        }

        // A perturbation certificate, one claim per row of entry bounds (one query each stays within the solver's reach).
        if (BlockCertificates.Perturbation(shifted.Matrix, context.ApproximatePoint(a.Root, c.Root)) is not { } certificate)
        {
            return Array.Empty<Claim>();
        }

        var claims = new List<Claim>();
        for (int row = 0; row < certificate.Rows.Count; row++)
        {
            var bounds = certificate.Rows[row];
            string part = Invariant($"part {row + 1} of {certificate.Rows.Count} of a perturbation certificate: {bounds.Count} entry bounds");
            if (Box(context, a, c, family.Name, Invariant($"{block} ({part})"), bounds, Invariant($".{row + 1}")) is not { } claim)
            {
                return Array.Empty<Claim>();
            }

            claims.Add(claim with { Reduction = claim.Reduction + "; with the other parts, " + certificate.Established });
        }

        return claims;
    }

    /// <summary>
    /// The block of two active positions at different roots shifted by the step, in (σ_a, σ_c, s), and its exact PD
    /// conditions — null conditions when the block is beyond them; null when the block is not formed here.
    /// </summary>
    private static (string Block, MultivariatePolynomial[,] Matrix, IReadOnlyList<BlockCondition>? Conditions)? Conditions(ClaimContext context, BlockPosition a, BlockPosition c, BigRational step)
    {
        if (a.Index is null || c.Index is null || a.Root is null || c.Root is null)
        {
            return null;
        }

        MultivariatePolynomial[,] shifted;
        try
        {
            shifted = SharpnessClaims.Shifted(context, HessianBlocks.Matrix(context.Instance.Widths, context.Instance.Lambdas, a, c), new[] { a, c }, step);
        }
        catch (NotSupportedException)
        {
            return null;
        }

        string block = Invariant($"block {{{a.Position + 1},{c.Position + 1}}}");
        try
        {
            return (block, shifted, BlockConditions.For(shifted, context.Lambda, strict: true, block));
        }
        catch (NotSupportedException)
        {
            return (block, shifted, null);
        }
    }

    /// <summary>The box claim over both σ of a two-root block, with root[j] and root[k] as premises.</summary>
    private static Claim? Box(ClaimContext context, BlockPosition a, BlockPosition c, string family, string description, IReadOnlyList<(MultivariatePolynomial Quantity, SignCondition Condition)> conditions, string part = "")
    {
        int j = a.Index!.Value, k = c.Index!.Value;
        var (ra, rc) = (a.Root!, c.Root!);
        return BoxClaims.Try(
            Invariant($"{family}[{j + 1},{k + 1}]{part}"),
            description,
            conditions,
            context.SigmaName(j, ra.Label),
            ra.Value,
            context.SigmaName(k, rc.Label),
            rc.Value,
            context.Instance.Landscape,
            Invariant($"root[{j + 1}]"),
            Invariant($"root[{k + 1}]"));
    }
}
