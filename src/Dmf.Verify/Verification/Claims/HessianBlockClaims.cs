using Dmf.Symbolic.Landscape;
using Dmf.Verify.Hessian;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// The second-order condition block by block (docs/theory.md §4a): the Hessian blocks of minimizers and non-strict
/// saddles are PSD (<see cref="HessianBlocks"/>, <see cref="BlockConditions"/>).
/// </summary>
internal static class HessianBlockClaims
{
    /// <summary>
    /// The second-order condition block by block (docs/theory.md §4a): hessian[j] — every block whose only algebraic
    /// number is index j's σ (its own L × L block, positive definite at x₊; its pairs with every unused or hidden-only
    /// position, and with active positions at the same root) is positive semidefinite; hessian[free] — every block of
    /// two positions without σ (positive definite for L ≥ 3). Blocks of two active positions at different roots hold two
    /// algebraic numbers and are not claimed (docs/verification.md).
    /// </summary>
    internal static IEnumerable<Claim> HessianClaims(ClaimContext context, CriticalPointType type) =>
        BlockClaims(context, type, BlockFamily.Hessian);

    internal static IEnumerable<Claim> BlockClaims(ClaimContext context, CriticalPointType type, BlockFamily family)
    {
        var lambda = context.Instance.Landscape.LambdaProduct;
        var positions = HessianBlocks.Positions(context.Instance, context.Space, type, exact: context.Enclosed is null);
        var blocks = new List<(int? Owner, IReadOnlyList<BlockCondition> Conditions, BlockMatrix Matrix)>();
        var unsupported = new List<string>();
        var twoRoot = new List<Claim>();
        int skipped = 0;
        for (int a = 0; a < positions.Count; a++)
        {
            for (int c = a; c < positions.Count; c++)
            {
                var (pa, pc) = (positions[a], positions[c]);
                if (HessianBlocks.TwoRoots(pa, pc))
                {
                    if (family.Step is { } eta && TwoRootBlocks.Stability(context, family, pa, pc, eta) is { Count: > 0 } pair)
                    {
                        twoRoot.AddRange(pair);
                    }
                    else
                    {
                        skipped++;
                    }

                    continue;
                }

                var owner = pa.Root is not null ? pa : pc.Root is not null ? pc : null;
                bool strict = family.Step is not null || (owner is null ? context.Instance.Depth >= 3 : a == c && owner.Root!.Label is RootLabel.LargeRoot or RootLabel.SoftThresholdRoot);
                string block = Invariant($"block {{{a + 1},{c + 1}}}");
                BlockMatrix? matrix = null;
                MultivariatePolynomial[,]? entries = null;
                try
                {
                    matrix = context.MatrixOf(pa, pc);
                    entries = family.Step is { } step ? SharpnessClaims.Shifted(context, matrix, a == c ? new[] { pa } : new[] { pa, pc }, step) : matrix.Entries;
                    blocks.Add((owner?.Index, BlockConditions.For(entries, lambda, strict, block), matrix));
                }
                catch (NotSupportedException exception)
                {
                    // Beyond the exact conditions (an L × L block at unequal λ_l, L ≥ 5): a bound on the eigenvalues still
                    // has a perturbation certificate at the root (BlockCertificates).
                    if (family.Step is not null && matrix is not null && entries is not null && Certificate(context, entries, matrix, owner, block) is { } certified)
                    {
                        blocks.Add((owner?.Index, certified, matrix));
                    }
                    else
                    {
                        unsupported.Add(exception.Message);
                    }
                }
            }
        }

        foreach (var group in blocks.Where(b => b.Owner is not null).GroupBy(b => b.Owner!.Value).OrderBy(g => g.Key))
        {
            int j = group.Key;
            var root = positions.First(p => p.Index == j).Root!;
            var single = group.Where(b => !OtherValue(b.Matrix, context, j)).ToList();
            var conditions = single.SelectMany(b => b.Conditions).Select(k => (k.Quantity, k.Condition)).ToList();
            if (single.Count > 0)
            {
                string says = family.Step is null ? "are PSD" : family.Says;
                string own = family.Step is null ? "; its own block PD at x+" : string.Empty;
                // A block beyond the exact conditions came as a perturbation certificate: its first bound says what the exact part established.
                var certified = single.SelectMany(b => b.Conditions).FirstOrDefault(c => c.Meaning.Contains(CertificateMark, StringComparison.Ordinal));
                string what = certified is null ? "exact conditions on eigenvalues, diagonal entries and minors" : "exact conditions on eigenvalues, diagonal entries and minors, and entry bounds of a perturbation certificate";
                var claim = context.AtRoots(j, root, Invariant($"{family.Name}[{j + 1}]"), Invariant($"the {single.Count} Hessian blocks holding sigma for index {j + 1} alone {says} ({conditions.Count} {what}{own})"), conditions);
                yield return certified is null ? claim : claim with { Reduction = (claim.Reduction is { } reduction ? reduction + "; " : string.Empty) + certified.Meaning };
            }

            foreach (var pair in group.Where(b => OtherValue(b.Matrix, context, j)).GroupBy(b => b.Matrix.YValue!.Index!.Value).OrderBy(g => g.Key))
            {
                yield return PairedBlocksClaim(context, j, root, pair.Key, pair.SelectMany(b => b.Conditions).ToList(), pair.Count(), family);
            }
        }

        var freeBlocks = blocks.Where(b => b.Owner is null).ToList();
        if (freeBlocks.Sum(b => b.Conditions.Count) > 0)
        {
            yield return FreeBlocksClaim(context, freeBlocks.SelectMany(b => b.Conditions.Select(k => (k, b.Matrix.XValue?.Index, b.Matrix.YValue?.Index))).ToList(), freeBlocks.Count, family);
        }

        foreach (var reason in unsupported)
        {
            var reals = new PinnedReals(lambda);
            yield return new Claim(Invariant($"{family.Name}[block]"), family.Step is null ? "a Hessian block is PSD" : "a Hessian block " + family.Says, reals.Constants.ToList(), reals.Context.ToList(), Terms.And(), null) { NotEncoded = reason };
        }

        foreach (var claim in twoRoot)
        {
            yield return claim;
        }

        if (family.Step is not null && skipped > 0)
        {
            // The hessian[…] claims need not these blocks (the rules' lemmas cover them); a bound on every eigenvalue does.
            var reals = new PinnedReals(lambda);
            yield return new Claim(Invariant($"{family.Name}[pairs]"), Invariant($"the {skipped} Hessian blocks of two active positions at different roots {family.Says}"), reals.Constants.ToList(), reals.Context.ToList(), Terms.And(), null)
            {
                NotEncoded = "these blocks hold two different sigma: they are claimed on a box of both (stable[j,k], by their exact conditions or a perturbation certificate) where both values are rational; with an irrational or certified value, or where no box settles them, their eigenvalues are bounded by certified enclosures (the sharpness table), not by the solver",
            };
        }
    }

    /// <summary>How the first entry bound of a certificate's conditions is marked (its meaning carries what the exact part established).</summary>
    private const string CertificateMark = "entry bound of a perturbation certificate";

    /// <summary>
    /// The entry bounds of a perturbation certificate for a shifted block with at most one σ and numeral values, as block
    /// conditions at the owner's root (or without σ); null when the block is not clearly positive definite there.
    /// </summary>
    private static IReadOnlyList<BlockCondition>? Certificate(ClaimContext context, MultivariatePolynomial[,] entries, BlockMatrix matrix, BlockPosition? owner, string block)
    {
        if (context.Enclosed is not null || matrix.XValue is not null || matrix.YValue is not null)
        {
            return null;
        }

        if (BlockCertificates.Perturbation(entries, context.ApproximatePoint(owner?.Root)) is not { } certificate)
        {
            return null;
        }

        var bounds = certificate.Rows.SelectMany(row => row).ToList();
        return bounds.Select((bound, i) => new BlockCondition(bound.Quantity, bound.Condition, i == 0
            ? Invariant($"{block}: {CertificateMark} ({certificate.Established})")
            : Invariant($"{block}: entry bound {i + 1} of {bounds.Count} of the certificate"))).ToList();
    }

    /// <summary>Whether the block's y is another index's irrational value rather than index <paramref name="owner"/>'s own.</summary>
    private static bool OtherValue(BlockMatrix matrix, ClaimContext context, int owner) =>
        matrix.YValue is not null && (matrix.OwnerEliminated || context.IsRational(owner));

    /// <summary>
    /// hessian[j|k]: the blocks holding σ for index j and the irrational y_k of another index are PSD — conditions in σ, y_k
    /// and s (an irrational y_j was eliminated in the block itself, <see cref="BlockMatrix.OwnerEliminated"/>), with σ's
    /// root conditions in the same query.
    /// </summary>
    private static Claim PairedBlocksClaim(ClaimContext context, int j, ScalarRoot root, int k, IReadOnlyList<BlockCondition> conditions, int blocks, BlockFamily family)
    {
        var lambda = context.Instance.Landscape.LambdaProduct;
        string name = Invariant($"{family.Name}[{j + 1}|{k + 1}]");
        string description = Invariant($"the {blocks} Hessian blocks holding sigma for index {j + 1} and y_{k + 1} = {context.Space.ValueText(k)} {family.Says} ({conditions.Count} exact conditions)");
        if (context.Enclosed is { } enclosed)
        {
            return EnclosedClaims.AtRootWithValue(enclosed, name, description, j, root.Label, context.SigmaName(j, root.Label), conditions.Select(c => (c.Quantity, c.Condition)).ToList(), k, context.YName(k), Invariant($"root[{j + 1}]"),
                "the conditions are on the block's entries at sigma, y_k and s (y_j was replaced by N(sigma)/(s*sigma^(L-2)) in the block, multiplied by s*sigma^(L-2) > 0)");
        }

        var exactSigma = context.Space.GroupOf(j).Exact is { } own
            ? AlgebraicRootClaims.Separated(root.Value, context.AlgebraicElimination(own))
            : ClaimContext.Separated(root, context.Elimination(context.Space.SingularValues[j])).Value;
        if (BoxClaims.Try(name, description, conditions.Select(c => (c.Quantity, c.Condition)).ToList(), context.SigmaName(j, root.Label), exactSigma, context.YName(k), context.Space.GroupOf(k).Exact!, context.Instance.Landscape, Invariant($"root[{j + 1}]")) is { } box)
        {
            return box;
        }

        var reals = new PinnedReals(lambda);
        var (sigma, rootConditions, reduction) = context.RootConjuncts(j, root, reals);
        var value = context.YTerm(k, reals);
        var s = reals.SquareRootOfLambda;
        var statement = Terms.And(rootConditions.Concat(conditions.Select(c => c.Condition.Of(ScalarForms.Print(c.Quantity, sigma, value, s, Terms.Number(lambda))))).ToArray());
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, ClaimContext.AtValues(reals, statement))
        {
            Pins = reals.Pins.ToList(),
            Reduction = reduction + "; the conditions are on the block's entries at sigma, y_" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " and s (an irrational y of the active index was replaced by N(sigma)/(s*sigma^(L-2)) in the block, multiplied by s*sigma^(L-2) > 0)",
        };
    }

    /// <summary>
    /// The blocks without σ: conditions on rationals and s = √λ alone — and, in a block holding irrational values, on them,
    /// pinned beside s (<paramref name="conditions"/> pairs each condition with the indices whose values its x and y denote).
    /// </summary>
    internal static Claim FreeBlocksClaim(ClaimContext context, IReadOnlyList<(BlockCondition Condition, int? XValue, int? YValue)> conditions, int blocks, BlockFamily family)
    {
        var lambda = context.Instance.Landscape.LambdaProduct;
        string says = family.Step is null ? (context.Instance.Depth >= 3 ? "are PD" : "are PSD") : family.Says;
        string name = Invariant($"{family.Name}[free]");
        string description = Invariant($"the {blocks} Hessian blocks of positions without sigma {says} ({conditions.Count} exact conditions)");
        if (context.Enclosed is { } enclosed)
        {
            return EnclosedClaims.AtValues(enclosed, name, description + ", for every value in their intervals", conditions.Select(k => (k.Condition.Quantity, k.Condition.Condition, k.XValue, k.YValue)).ToList(), k => context.YName(k));
        }

        var reals = new PinnedReals(lambda);
        var zero = Terms.Number(BigRational.Zero);
        SmtTerm[] Variables(int? x, int? y) => new[] { x is { } i ? context.YTerm(i, reals) : zero, y is { } j ? context.YTerm(j, reals) : zero, (SmtTerm)reals.SquareRootOfLambda, Terms.Number(lambda) };
        var statement = Terms.And(conditions.Select(k => k.Condition.Condition.Of(PinnedReals.PolynomialAt(k.Condition.Quantity, Variables(k.XValue, k.YValue)))).ToArray());
        var root = context.Instance.Landscape.SquareRootOfLambda;
        bool Exact() => conditions.All(k =>
        {
            var c0 = k.Condition.Quantity.CoefficientOf(ScalarTheory.S, 0).ToUnivariate(ScalarTheory.X);
            var c1 = k.Condition.Quantity.CoefficientOf(ScalarTheory.S, 1).ToUnivariate(ScalarTheory.X);
            if (c0.Degree > 0 || c1.Degree > 0)
            {
                return false;
            }

            return k.Condition.Condition.Holds(root.SignOf(Polynomial.FromCoefficients(c0[0], c1[0])));
        });
        var exact = conditions.Any(k => k.XValue is not null || k.YValue is not null) ? ClaimContext.AtValues(reals, statement) : Exact;
        return new Claim(name, description, reals.Constants.ToList(), reals.Context.ToList(), statement, exact)
        {
            Pins = reals.Pins.ToList(),
        };
    }
}
