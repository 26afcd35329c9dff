using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Spectrum;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>
/// Exact verification over certified values: every claim is proved for every y in the proved enclosure (boxes, brackets,
/// Descartes over the enclosure), so the verdicts hold for Y; the same matrices on the exact path get the same classes.
/// </summary>
public class EnclosedVerificationTests
{
    private static BigRational[,] Matrix(int[][] rows)
    {
        var m = new BigRational[rows.Length, rows[0].Length];
        for (int i = 0; i < rows.Length; i++)
        {
            for (int j = 0; j < rows[0].Length; j++)
            {
                m[i, j] = rows[i][j];
            }
        }

        return m;
    }

    private static readonly int[][] Golden = { new[] { 1, 1 }, new[] { 0, 1 } };

    private static readonly int[][] Cubic = { new[] { 2, 1, 0 }, new[] { 1, 3, 1 }, new[] { 0, 1, 1 } };

    private static readonly int[][] Quartic = { new[] { 3, 1, 0, 1 }, new[] { 1, 2, 1, 0 }, new[] { 0, 1, 2, 1 }, new[] { 1, 0, 1, 1 } };

    public static TheoryData<string> Instances() => new() { "golden L3", "golden L2", "cubic L2", "cubic L3", "cubic L4 hidden", "quartic L5" };

    private static (int[] Widths, BigRational[] Lambdas, int[][] Y) Case(string name) => name switch
    {
        "golden L3" => (new[] { 2, 2, 2, 2 }, new[] { new BigRational(1, 4), new BigRational(1, 2), BigRational.One }, Golden),
        "golden L2" => (new[] { 2, 3, 2 }, new[] { new BigRational(1, 5), BigRational.One }, Golden),
        "cubic L2" => (new[] { 3, 3, 3 }, new[] { new BigRational(1, 2), BigRational.One }, Cubic),
        "cubic L3" => (new[] { 3, 3, 3, 3 }, new[] { new BigRational(1, 4), new BigRational(1, 2), BigRational.One }, Cubic),
        "quartic L5" => (new[] { 4, 2, 2, 2, 2, 4 }, new[] { new BigRational(1, 4), new BigRational(1, 2), BigRational.One, BigRational.One, BigRational.One }, Quartic),
        _ => (new[] { 3, 4, 4, 4, 3 }, new[] { new BigRational(1, 8), new BigRational(1, 2), BigRational.One, BigRational.One }, Cubic),
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Every_type_is_verified_over_the_certified_enclosures(string name)
    {
        var (widths, lambdas, y) = Case(name);
        var instance = DmfInstance.Certify(widths, lambdas, DataMatrix.FromRationals(Matrix(y)));
        Assert.NotNull(instance);
        Assert.False(instance!.SingularValuesExact);
        var exact = DmfInstance.FromMatrix(widths, lambdas, Matrix(y));
        var space = instance.Types();
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var types = space.Enumerate().ToList();
        Assert.Equal(exact.Types().Count(), types.Count);
        foreach (var type in types)
        {
            var classification = CriticalPointClassifier.Classify(space, type);
            var result = verifier.Verify(instance, space, type, classification);
            Assert.True(result.Status == VerificationStatus.Verified,
                $"{name} {type}: " + string.Join("; ", result.Claims.Where(c => c.Status != ClaimStatus.Proved).Select(c => $"{c.Claim} {c.Status} {c.Detail}")));
            Assert.All(result.Claims.Where(c => c.Query.Contains("(declare-const y_g", StringComparison.Ordinal)), c => Assert.True(c.Query.Contains("certified", StringComparison.Ordinal), c.Query));
            Assert.Contains(result.Claims, c => c.Query.Contains("certified enclosure", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_false_condition_on_a_box_is_unknown_with_the_reason_never_refuted()
    {
        // On a box a counterexample says nothing about the value inside it: the wrong label (f' < 0 at x+) is not decided
        // by our interval arithmetic, so no solver is asked and the claim is unknown, naming the box.
        var (widths, lambdas, y) = Case("cubic L3");
        var instance = DmfInstance.Certify(widths, lambdas, DataMatrix.FromRationals(Matrix(y)))!;
        var values = EnclosedValues.Of(instance.Types());
        Assert.NotNull(values);
        Assert.True(values!.IsCertified);
        var wrong = EnclosedClaims.AtRoot(values, "label[1]", "f' < 0 at x+", 0, Dmf.Symbolic.Landscape.RootLabel.LargeRoot, "sigma", new[] { (Dmf.Symbolic.Landscape.ScalarTheory.FDerivative(3), SignCondition.Negative) }, "root[1]");
        var right = EnclosedClaims.AtRoot(values, "label[1]", "f' > 0 at x+", 0, Dmf.Symbolic.Landscape.RootLabel.LargeRoot, "sigma", new[] { (Dmf.Symbolic.Landscape.ScalarTheory.FDerivative(3), SignCondition.Positive) }, "root[1]");
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var result = verifier.Check(wrong, new[] { "box test" });
        Assert.Equal(ClaimStatus.Unknown, result.Status);
        Assert.Contains("too wide to decide", result.Detail, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Proved, verifier.Check(right, new[] { "box test" }).Status);
    }

    [Fact]
    public void Algebraic_values_off_the_thresholds_are_stated_on_intervals_and_at_a_threshold_stay_pinned()
    {
        var (widths, lambdas, y) = Case("golden L3");
        var algebraic = DmfInstance.FromMatrix(widths, lambdas, Matrix(y));
        var values = EnclosedValues.Of(algebraic.Types());
        Assert.NotNull(values);
        Assert.False(values!.IsCertified);
        var (lower, upper) = values.Box(0);
        var golden = algebraic.AlgebraicSingularValues![0];
        Assert.True(golden.CompareTo(lower) > 0 && golden.CompareTo(upper) < 0);

        // [[1, 1], [-1, 1]] has y = sqrt(2) twice, exactly y_crit for lambda = 27/64 (L = 3): pinned by its polynomial.
        var atThreshold = DmfInstance.FromMatrix(new[] { 2, 2, 2, 2 }, new[] { new BigRational(27, 64), BigRational.One, BigRational.One }, new BigRational[,] { { 1, 1 }, { -1, 1 } });
        Assert.Null(EnclosedValues.Of(atThreshold.Types()));
    }
}
