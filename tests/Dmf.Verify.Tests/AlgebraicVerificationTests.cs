using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>
/// Exact verification when Y's singular values are irrational: every claim of every type is proved with y pinned by its
/// own polynomial and interval, and claims about a wrong root, a wrong label or a conjugate value are not.
/// </summary>
public class AlgebraicVerificationTests
{
    private static BigRational Q(string text) => BigRational.Parse(text);

    private static BigRational[,] Matrix(string[][] rows)
    {
        var m = new BigRational[rows.Length, rows[0].Length];
        for (int i = 0; i < rows.Length; i++)
        {
            for (int j = 0; j < rows[0].Length; j++)
            {
                m[i, j] = Q(rows[i][j]);
            }
        }

        return m;
    }

    /// <summary>[[1, 1], [0, 1]]: singular values φ and 1/φ (roots of t⁴ − 3t² + 1).</summary>
    private static readonly string[][] Golden = { new[] { "1", "1" }, new[] { "0", "1" } };

    /// <summary>[[2, 1, 0], [1, 3, 1], [0, 1, 1]]: three irrational values, roots of a degree-6 polynomial.</summary>
    private static readonly string[][] Cubic = { new[] { "2", "1", "0" }, new[] { "1", "3", "1" }, new[] { "0", "1", "1" } };

    /// <summary>A 4 × 4 matrix whose singular values are roots of a degree-8 polynomial.</summary>
    private static readonly string[][] Quartic = { new[] { "3", "1", "0", "1" }, new[] { "1", "2", "1", "0" }, new[] { "0", "1", "2", "1" }, new[] { "1", "0", "1", "1" } };

    private static DmfInstance FromMatrix(int[] widths, string[] lambdas, string[][] y) =>
        DmfInstance.FromMatrix(widths, lambdas.Select(Q).ToList(), Matrix(y));

    public static TheoryData<string> Instances() => new() { "golden L3", "golden L2", "sqrt2 at y_crit", "cubic L2", "cubic L4 hidden", "quartic L5", "mixed L3", "mixed L2", "repeated golden L3" };

    /// <summary>A rational value beside two irrational ones: diag(2) ⊕ [[1, 1], [0, 1]].</summary>
    private static readonly string[][] Mixed = { new[] { "2", "0", "0" }, new[] { "0", "1", "1" }, new[] { "0", "0", "1" } };

    /// <summary>φ and 1/φ twice each: [[1, 1], [0, 1]] ⊕ [[1, 1], [0, 1]].</summary>
    private static readonly string[][] GoldenTwice = { new[] { "1", "1", "0", "0" }, new[] { "0", "1", "0", "0" }, new[] { "0", "0", "1", "1" }, new[] { "0", "0", "0", "1" } };

    private static DmfInstance Instance(string name) => name switch
    {
        "golden L3" => FromMatrix(new[] { 2, 2, 2, 2 }, new[] { "1/4", "1/2", "1" }, Golden),
        "golden L2" => FromMatrix(new[] { 2, 3, 2 }, new[] { "1/5", "1" }, Golden),
        "sqrt2 at y_crit" => FromMatrix(new[] { 2, 2, 2, 2 }, new[] { "27/64", "1", "1" }, new[] { new[] { "1", "1" }, new[] { "-1", "1" } }),
        "cubic L2" => FromMatrix(new[] { 3, 3, 3 }, new[] { "1/2", "1" }, Cubic),
        "quartic L5" => FromMatrix(new[] { 4, 2, 2, 2, 2, 4 }, new[] { "1/4", "1/2", "1", "1", "1" }, Quartic),
        "mixed L3" => FromMatrix(new[] { 3, 3, 3, 3 }, new[] { "1/4", "1/2", "1" }, Mixed),
        "mixed L2" => FromMatrix(new[] { 3, 3, 3 }, new[] { "1/5", "1" }, Mixed),
        "repeated golden L3" => FromMatrix(new[] { 4, 4, 4, 4 }, new[] { "1/4", "1/2", "1" }, GoldenTwice),
        _ => FromMatrix(new[] { 3, 4, 4, 4, 3 }, new[] { "1/8", "1/2", "1", "1" }, Cubic),
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Every_type_is_verified_with_irrational_singular_values(string name)
    {
        var instance = Instance(name);
        Assert.NotNull(instance.AlgebraicSingularValues);
        var space = instance.Types();
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        foreach (var type in space.Enumerate())
        {
            var classification = CriticalPointClassifier.Classify(space, type);
            var result = verifier.Verify(instance, space, type, classification);
            Assert.True(result.Status == VerificationStatus.Verified,
                $"{name} {type}: " + string.Join("; ", result.Claims.Where(c => c.Status != ClaimStatus.Proved).Select(c => $"{c.Claim} {c.Status} {c.Detail}")));
        }
    }

    [Fact]
    public void Blocks_and_swaps_with_two_irrational_values_are_proved_on_certified_boxes()
    {
        // L = 3 on the cubic matrix: the minimizers' blocks pair sigma for an active index with an unused irrational y, and
        // the swap saddle pairs sigma with the larger unused value.
        var instance = FromMatrix(new[] { 3, 3, 3, 3 }, new[] { "1/4", "1/2", "1" }, Cubic);
        var space = instance.Types();
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var paired = new List<ClaimResult>();
        foreach (var type in space.Enumerate())
        {
            var classification = CriticalPointClassifier.Classify(space, type);
            var claims = TypeClaims.For(instance, space, type, classification);
            if (!claims.Any(c => c.Name.Contains('|') || (c.Name == "witness" && classification.Rule == ClassificationRule.OrderingViolated)))
            {
                continue;
            }

            var result = verifier.Verify(instance, space, type, classification);
            Assert.True(result.Status == VerificationStatus.Verified, $"{type}: " + string.Join("; ", result.Claims.Where(c => c.Status != ClaimStatus.Proved).Select(c => $"{c.Claim} {c.Status} {c.Detail}")));
            paired.AddRange(result.Claims.Where(c => c.Claim.Contains('|') || c.Query.Contains("for every sigma", StringComparison.Ordinal)));
        }

        Assert.NotEmpty(paired);
        // Stated on boxes: sigma's bracket and the other value's isolating interval, no resultant, no pinned polynomial.
        Assert.All(paired, c => Assert.Contains("the query proves the conditions on that box", c.Query));
        Assert.All(paired, c => Assert.Contains("an isolating interval of its exact value", c.Query));
    }

    [Fact]
    public void A_root_of_a_conjugate_value_is_not_proved_a_root_of_y()
    {
        // phi and 1/phi share the polynomial t^4 - 3t^2 + 1, so the resultant P holds the roots of f(.; 1/phi) too; the link
        // conditions tell them apart.
        var landscape = ScalarLandscape.Create(2, Q("1/5"));
        var values = RealRootIsolation.IsolateSquareFree(Polynomial.FromCoefficients(1, 0, -3, 0, 1)).Where(v => v.Sign > 0).OrderBy(v => v).ToList();
        var (small, golden) = (values[0], values[1]);
        var elimination = new AlgebraicRootElimination(landscape, golden);
        var own = AlgebraicValueRoots.Roots(landscape, golden).PositiveRoots.Single().Value;
        var conjugate = AlgebraicValueRoots.Roots(landscape, small).PositiveRoots.Single().Value;
        Assert.Equal(0, conjugate.SignOf(elimination.RootPolynomial));
        Assert.True(elimination.IsRootOfF(own));
        Assert.False(elimination.IsRootOfF(conjugate));

        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var header = new[] { "conjugate test" };
        Assert.Equal(ClaimStatus.Proved, verifier.Check(AlgebraicRootClaims.Root("root", "own", elimination, "sigma", own, "y"), header).Status);
        Assert.Equal(ClaimStatus.Refuted, verifier.Check(AlgebraicRootClaims.Root("root", "conjugate", elimination, "sigma", conjugate, "y"), header).Status);
    }

    [Fact]
    public void A_wrong_label_or_threshold_is_refuted()
    {
        var landscape = ScalarLandscape.Create(3, Q("1/8"));
        var golden = RealRootIsolation.IsolateSquareFree(Polynomial.FromCoefficients(1, 0, -3, 0, 1)).Max()!;
        var elimination = new AlgebraicRootElimination(landscape, golden);
        var roots = AlgebraicValueRoots.Roots(landscape, golden).PositiveRoots;
        var small = AlgebraicRootClaims.Separated(roots.Single(r => r.Label == RootLabel.SmallRoot).Value, elimination);
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var header = new[] { "label test" };
        var derivative = ScalarTheory.FDerivative(3);
        var right = AlgebraicRootClaims.Signs("label", "f' < 0", elimination, "sigma", small, "y", new[] { (derivative, SignCondition.Negative) });
        var wrong = AlgebraicRootClaims.Signs("label", "f' > 0", elimination, "sigma", small, "y", new[] { (derivative, SignCondition.Positive) });
        Assert.Equal(ClaimStatus.Proved, verifier.Check(right, header).Status);
        Assert.Equal(ClaimStatus.Refuted, verifier.Check(wrong, header).Status);
        Assert.False(wrong.ExactCheck!());

        // With the root claimed on its own, the right label goes on a box of sigma; the wrong one finds no box and is refuted pinned.
        var boxed = AlgebraicRootClaims.Signs("label", "f' < 0", elimination, "sigma", small, "y", new[] { (derivative, SignCondition.Negative) }, "root");
        Assert.Contains("a box on which our interval arithmetic found them to hold", boxed.Reduction);
        Assert.Equal(ClaimStatus.Proved, verifier.Check(boxed, header).Status);
        var wrongBoxed = AlgebraicRootClaims.Signs("label", "f' > 0", elimination, "sigma", small, "y", new[] { (derivative, SignCondition.Positive) }, "root");
        Assert.DoesNotContain("a box", wrongBoxed.Reduction);
        Assert.Equal(ClaimStatus.Refuted, verifier.Check(wrongBoxed, header).Status);

        // The root as a bracket: f(.; y) changes sign around sigma and is monotone there, for every y in a box of y.
        var root = AlgebraicRootClaims.Root("root", "x-", elimination, "sigma", small, "y");
        Assert.Contains("changes sign between a = ", root.Reduction);
        Assert.Equal(ClaimStatus.Proved, verifier.Check(root, header).Status);
    }

    [Fact]
    public void Eliminating_y_keeps_the_sign_at_every_root()
    {
        // For y = sqrt(2) (L = 3, lambda = 1/4) the labels by f' agree with the exact core's; g - y^2's factor too.
        var landscape = ScalarLandscape.Create(3, Q("1/4"));
        var y = RealRootIsolation.IsolateSquareFree(Polynomial.FromCoefficients(-2, 0, 1)).Single(v => v.Sign > 0);
        var elimination = new AlgebraicRootElimination(landscape, y);
        foreach (var root in AlgebraicValueRoots.Roots(landscape, y).PositiveRoots)
        {
            int expected = root.Label == RootLabel.SmallRoot ? -1 : 1;
            Assert.Equal(expected, elimination.SignAt(elimination.Eliminate(ScalarTheory.FDerivative(3)), root.Value));
            Assert.True(elimination.IsRootOfF(root.Value));
        }

        // The eliminated form has no y and is s-linear.
        var eliminated = elimination.Eliminate(ScalarTheory.ScaledGainAtRoot(3));
        Assert.Equal(0, Math.Max(0, eliminated.DegreeIn(ScalarTheory.Y)));
        Assert.True(eliminated.DegreeIn(ScalarTheory.S) <= 1);
    }
}
