using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>Z3 proves the classification of every type of the theory.md §5 examples; wrong claims are refuted.</summary>
public class ExactVerificationTests
{
    private static BigRational Q(string text) => BigRational.Parse(text);

    private static DmfInstance Instance(int[] widths, string[] lambdas, string[] ys) =>
        DmfInstance.FromSingularValues(widths, lambdas.Select(Q).ToList(), ys.Select(Q).ToList());

    public static TheoryData<string> Examples() => new() { "L3", "L2", "L4" };

    private static DmfInstance Example(string name) => name switch
    {
        "L3" => Instance(new[] { 2, 2, 2, 2 }, new[] { "0.5", "0.8", "1.2" }, new[] { "2", "1.6" }),
        "L2" => Instance(new[] { 2, 2, 2 }, new[] { "0.6", "0.9" }, new[] { "2", "1.2" }),
        _ => Instance(new[] { 2, 2, 2, 2, 2 }, new[] { "0.7", "0.7", "0.7", "0.7" }, new[] { "2.5", "1.7" }),
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_type_of_the_section_5_examples_is_verified(string example)
    {
        var instance = Example(example);
        var space = instance.Types();
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        foreach (var type in space.Enumerate())
        {
            var classification = CriticalPointClassifier.Classify(space, type);
            var result = verifier.Verify(instance, space, type, classification);
            Assert.True(result.Status == VerificationStatus.Verified,
                $"{type}: " + string.Join("; ", result.Claims.Where(c => c.Status != ClaimStatus.Proved).Select(c => $"{c.Claim} {c.Status} {c.Detail}")));
            Assert.Contains(result.Claims, c => c.Claim is "witness" or "ordering" or "flat");
        }
    }

    [Fact]
    public void Both_backends_agree_on_every_query_of_the_L3_example()
    {
        var instance = Example("L3");
        var space = instance.Types();
        var inProcess = InProcessZ3.Load();
        var process = new ProcessZ3();
        var header = new[] { "replay test" };
        foreach (var type in space.Enumerate())
        {
            foreach (var claim in TypeClaims.For(instance, space, type, CriticalPointClassifier.Classify(space, type)))
            {
                var script = claim.Negation(header);
                Assert.Equal(inProcess.Check(script, SmtBudget.Default).Status, process.Check(script, SmtBudget.Default).Status);
            }
        }
    }

    [Fact]
    public void Non_strict_saddles_are_verified_flat_with_third_order_descent()
    {
        var landscape = Dmf.Symbolic.Landscape.ScalarLandscape.Create(3, 1);
        var instance = DmfInstance.FromSingularValues(new[] { 1, 1, 1, 1 }, new[] { landscape.CriticalLambda(2), BigRational.One, BigRational.One }, new BigRational[] { 2 });
        var space = instance.Types();
        var type = space.Enumerate().Single(t => t.ActiveCount == 1);
        var classification = CriticalPointClassifier.Classify(space, type);
        Assert.Equal(PointClass.NonStrictSaddle, classification.Class);
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default).Verify(instance, space, type, classification);
        Assert.Equal(VerificationStatus.Verified, result.Status);
        Assert.Contains(result.Claims, c => c.Claim == "descent" && c.Status == ClaimStatus.Proved);
    }

    [Theory]
    [InlineData("[x+, x-]", "label[2]")]   // a mislabeled root: claim f' > 0 at x-
    [InlineData("[0, x+]", "witness")]     // a flipped ordering witness
    [InlineData("[x+, 0]", "global vs [x+, x+]")] // a wrong loss comparison
    [InlineData("[x+, x+]", "spurious")]   // a wrong loss comparison
    [InlineData("[x+, 0]", "ordering")]    // a flipped ordering condition
    public void Wrong_claims_are_refuted(string typeName, string claimName)
    {
        var instance = Example("L3");
        var space = instance.Types();
        var type = space.Enumerate().Single(t => t.ToString() == typeName);
        var claim = TypeClaims.For(instance, space, type, CriticalPointClassifier.Classify(space, type)).Single(c => c.Name == claimName);
        var wrong = claim with { Statement = Terms.Not(claim.Statement), ExactCheck = null };
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default).Check(wrong, new[] { "mutation test" });
        Assert.True(result.Status == ClaimStatus.Refuted, $"{result.Status}: {result.Detail}");
        Assert.Contains("counterexample", result.Detail);
    }

    [Fact]
    public void Saved_queries_replay_to_the_same_answer()
    {
        var instance = Example("L2");
        var space = instance.Types();
        var type = space.Enumerate().First();
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default).Verify(instance, space, type, CriticalPointClassifier.Classify(space, type));
        string directory = Directory.CreateTempSubdirectory("dmf-replay-").FullName;
        var process = new ProcessZ3();
        foreach (var claim in result.Claims)
        {
            string path = Path.Combine(directory, claim.Claim.Replace('[', '_').Replace("]", string.Empty) + ".smt2");
            File.WriteAllText(path, claim.Query);
            Assert.Equal(SmtStatus.Unsat, process.Replay(path));
            Assert.Equal(16, claim.QueryHash.Length);
        }
    }

    [Fact]
    public void Parallel_verification_is_deterministic()
    {
        var instance = Example("L3");
        var space = instance.Types();
        var types = space.Enumerate().ToList();
        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var sequential = types.Select(t => verifier.Verify(instance, space, t, CriticalPointClassifier.Classify(space, t)).Status).ToList();
        var parallel = types.AsParallel().AsOrdered().Select(t => verifier.Verify(instance, space, t, CriticalPointClassifier.Classify(space, t)).Status).ToList();
        Assert.Equal(sequential, parallel);
    }
}
