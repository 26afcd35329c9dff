using Dmf.Symbolic.Exact;
using Dmf.Verify.Hessian;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>Z3 proves the classification of every type of the docs/theory.md §5 examples; wrong claims are refuted.</summary>
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

    [RequiresProgramFact("z3")]
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

    [RequiresProgramFact("cvc5")]
    public void Cvc5_never_contradicts_a_claim_z3_proves_on_the_L3_example()
    {
        // The independent second solver: on every claim of the L3 example it answers unsat or runs out of time
        // (cvc5 1.0.3 without libpoly struggles with equalities at irrational algebraic points), never sat.
        var instance = Example("L3");
        var space = instance.Types();
        var header = new[] { "cvc5 corroboration test" };
        var scripts = space.Enumerate()
            .SelectMany(type => TypeClaims.For(instance, space, type, CriticalPointClassifier.Classify(space, type)))
            .Select(claim => claim.Negation(header))
            .ToList();
        var z3 = InProcessZ3.Load();
        var cvc5 = new ProcessCvc5();
        var budget = SmtBudget.Default with { TimeoutMilliseconds = 500, WallClockMilliseconds = 10_000 };
        var results = scripts.AsParallel().AsOrdered().WithDegreeOfParallelism(2)
            .Select(script => (Z3: z3.Check(script, SmtBudget.Default).Status, Cvc5: cvc5.Check(script, budget)))
            .ToList();
        Assert.True(results.Count > 40, $"{results.Count} claims");
        Assert.All(results, r => Assert.Equal(SmtStatus.Unsat, r.Z3));
        Assert.DoesNotContain(results, r => r.Cvc5.Status == SmtStatus.Sat);
        Assert.All(results.Where(r => r.Cvc5.Status == SmtStatus.Unknown), r => Assert.Contains("timeout", r.Cvc5.ReasonUnknown));
        int decided = results.Count(r => r.Cvc5.Status == SmtStatus.Unsat);
        Assert.True(decided >= results.Count / 2, $"cvc5 decided only {decided} of {results.Count}");
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
    [InlineData("L3", "[x+, x-]", "label[2]")]          // a mislabeled root: claim f' > 0 at x-
    [InlineData("L3", "[0, x+]", "witness")]            // a flipped ordering witness (N1)
    [InlineData("L3", "[x+, 0]", "global vs [x+, x+]")] // a wrong loss comparison
    [InlineData("L3", "[x+, x+]", "spurious")]          // a wrong loss comparison
    [InlineData("L3", "[x+, 0]", "ordering")]           // a flipped ordering condition
    [InlineData("L3", "[x+, x-]", "threshold[2]")]      // y_2 vs y_crit flipped (a rational comparison)
    [InlineData("L3", "[x+, 0]", "global-threshold[1]")] // y_1 vs y_glob flipped
    [InlineData("L3", "[x+, x-]", "witness")]           // N2: the balanced scaling's curvature made positive
    [InlineData("L3", "[x-, x+]", "label[1]")]          // the small root labelled x+
    [InlineData("L2", "[x+, 0]", "witness")]            // N3: the free-slot block made nonnegative
    [InlineData("L2", "[x+, x+]", "ordering")]          // L = 2's ordering condition flipped
    [InlineData("NS", "[x*]", "descent")]               // the third-order descent of a non-strict saddle flipped
    [InlineData("L3", "[x+, x-]", "root[1]")]           // "sigma is not a root": the equality decided exactly at algebraic values
    [InlineData("NS", "[x*]", "flat")]                  // "the balanced curvature is not zero" at the double root
    [InlineData("L3", "[x+, x-]", "complete[y=2]")]     // the completeness implication negated
    [InlineData("L3", "[x+, x-]", "unique[2]")]         // R' has a root on the isolating interval
    [InlineData("L3", "[x+, x+]", "gain[2]")]           // x+ beats the empty slot below y_glob
    [InlineData("L3", "[x+, 0]", "hessian[1]")]         // a block of the active slot is not PSD
    [InlineData("L3", "[x+, 0]", "hessian[free]")]      // the free slot's block is not PD
    [InlineData("L2", "[x+, x+]", "hessian[2]")]        // L = 2
    [InlineData("NS", "[x*]", "hessian[1]")]            // the non-strict saddle's blocks are not PSD
    public void Wrong_claims_of_every_decidable_kind_are_refuted_with_an_exact_counterexample(string example, string typeName, string claimName)
    {
        var instance = example == "NS"
            ? DmfInstance.FromSingularValues(new[] { 1, 1, 1, 1 }, new[] { Dmf.Symbolic.Landscape.ScalarLandscape.Create(3, 1).CriticalLambda(2), BigRational.One, BigRational.One }, new BigRational[] { 2 })
            : Example(example);
        var space = instance.Types();
        var type = space.Enumerate().Single(t => t.ToString() == typeName);
        var claim = TypeClaims.For(instance, space, type, CriticalPointClassifier.Classify(space, type)).Single(c => c.Name == claimName);
        var wrong = claim with { Statement = Terms.Not(claim.Statement), ExactCheck = null };
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default).Check(wrong, new[] { "mutation test" });
        Assert.True(result.Status == ClaimStatus.Refuted, $"{result.Status}: {result.Detail}");
        Assert.Contains("counterexample (checked exactly)", result.Detail);
    }

    [Theory]
    [InlineData("[x+, x-]", "hessian[2]")] // the small root: its own block has the N2 direction
    [InlineData("[0, x+]", "hessian[2]")]  // ordering fails: the pair with the larger unused y has the N1 direction
    [InlineData("[x-, 0]", "hessian[1]")]
    public void The_second_order_claims_of_a_minimizer_are_refuted_at_strict_saddles(string typeName, string claimName)
    {
        // The same block conditions a minimizer proves are false at a strict saddle: they carry the second-order content.
        var instance = Example("L3");
        var space = instance.Types();
        var type = space.Enumerate().Single(t => t.ToString() == typeName);
        var claim = HessianBlockClaims.HessianClaims(new ClaimContext(instance, space), type).Single(c => c.Name == claimName);
        Assert.False(claim.ExactCheck!());
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default).Check(claim with { ExactCheck = null }, new[] { "second order at a saddle" });
        Assert.True(result.Status == ClaimStatus.Refuted, $"{result.Status}: {result.Detail}");
    }

    [Fact]
    public void Loss_comparisons_follow_from_proved_gains_and_not_from_unproved_ones()
    {
        var instance = Example("L3");
        var space = instance.Types();
        var type = space.Enumerate().Single(t => t.ToString() == "[x+, x+]");
        var claims = TypeClaims.For(instance, space, type, CriticalPointClassifier.Classify(space, type));
        var spurious = claims.Single(c => c.Name == "spurious");
        Assert.Equal(new[] { "gain[2]" }, spurious.Premises);
        Assert.DoesNotContain(spurious.Constants, c => c.Name.StartsWith("sigma", StringComparison.Ordinal));

        var verifier = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default);
        var verdict = verifier.Verify(instance, space, type, CriticalPointClassifier.Classify(space, type));
        Assert.Equal(VerificationStatus.Verified, verdict.Status);
        Assert.Equal(ClaimStatus.Proved, verdict.Claims.Single(c => c.Claim == "gain[2]").Status);
    }

    [Fact]
    public void Saved_queries_replay_to_the_same_answer()
    {
        var instance = Example("L2");
        var space = instance.Types();
        var type = space.Enumerate().First();
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default).Verify(instance, space, type, CriticalPointClassifier.Classify(space, type));
        var z3 = InProcessZ3.Load();
        Assert.NotEmpty(result.Claims);
        foreach (var claim in result.Claims)
        {
            // The saved text alone, in a fresh context: the answer the verifier got, unsat.
            Assert.Equal(new[] { SmtStatus.Unsat }, SmtTranscript.Parse(z3.Evaluate(claim.Query, 60_000)).Statuses);
            Assert.Equal(16, claim.QueryHash.Length);
        }
    }

    [RequiresProgramFact("z3")]
    public void Saved_queries_replay_to_the_same_answer_with_the_z3_executable()
    {
        var instance = Example("L2");
        var space = instance.Types();
        var type = space.Enumerate().First();
        var result = new ExactVerifier(InProcessZ3.Load(), SmtBudget.Default).Verify(instance, space, type, CriticalPointClassifier.Classify(space, type));
        string directory = Directory.CreateTempSubdirectory("dmf-replay-").FullName;
        var process = new ProcessZ3();
        Assert.NotEmpty(result.Claims);
        foreach (var claim in result.Claims)
        {
            string path = Path.Combine(directory, claim.Claim.Replace('[', '_').Replace("]", string.Empty) + ".smt2");
            File.WriteAllText(path, claim.Query);
            Assert.Equal(SmtStatus.Unsat, process.Replay(path));
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

/// <summary>The witness curvatures expanded by Dmf.Symbolic equal the closed forms of docs/theory.md §2–§3.</summary>
public class CurvatureWitnessTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(5, 3)]
    public void Balanced_scaling_matches_the_closed_form(int depth, int seed)
    {
        // F(W(1+t)) = (P(1+t)^L − y)² + (1+t)² Σ λ_l w_l²: F'' = 2L²P² + 2L(L−1)P(P − y) + 2Σλ_l w_l²,
        // F''' = (2L²(2L−2) + 2L²(L−1))P² + 2L(L−1)(L−2)P(P − y), P = Π w_l.
        var random = new Random(seed);
        BigRational R() => new(random.Next(1, 9), random.Next(1, 5));
        var lambdas = Enumerable.Range(0, depth).Select(_ => R()).ToList();
        var y = R();
        var second = CurvatureWitness.BalancedScaling(lambdas, y);
        var third = CurvatureWitness.BalancedThirdOrder(lambdas, y);
        for (int trial = 0; trial < 5; trial++)
        {
            var w = Enumerable.Range(0, depth).Select(_ => R()).ToList();
            var p = w.Aggregate(BigRational.One, (a, b) => a * b);
            int l = depth;
            var regularization = Enumerable.Range(0, depth).Aggregate(BigRational.Zero, (a, k) => a + (lambdas[k] * w[k] * w[k]));
            Assert.Equal((2 * l * l * p * p) + (2 * l * (l - 1) * p * (p - y)) + (2 * regularization), second.Evaluate(w));
            Assert.Equal((((2 * l * l * ((2 * l) - 2)) + (2 * l * l * (l - 1))) * p * p) + (2 * l * (l - 1) * (l - 2) * p * (p - y)), third.Evaluate(w.Append(BigRational.Zero).ToList()));
        }
    }

    [Fact]
    public void Swap_curvature_at_a_critical_point_is_minus_4p_times_the_gap()
    {
        // L = 2, λ = (1, 1), y_j = 3: σ² = √λ(y − √λ) = 2, w_l = σ; the swap with y_k = 5 has curvature −4p(y_k − y_j) = −16.
        var lambdas = new BigRational[] { 1, 1 };
        var curvature = CurvatureWitness.Swap(lambdas, 3, 5);

        // w_1 = w_2 = √2 is irrational: evaluate the polynomial's parts, w_1² = w_2² = 2, w_1·w_2 = p = 2.
        var terms = curvature.Terms.ToList();
        var value = terms.Aggregate(BigRational.Zero, (sum, t) => sum + (t.Coefficient * BigRational.Pow(2, (t.Exponents[0] + t.Exponents[1]) / 2)));
        Assert.All(terms, t => Assert.Equal(0, (t.Exponents[0] + t.Exponents[1]) % 2));
        Assert.Equal(new BigRational(-16), value);
    }

    [Fact]
    public void Free_slot_block_is_the_N3_form()
    {
        var block = CurvatureWitness.FreeSlot(new[] { BigRational.Parse("0.6"), BigRational.Parse("0.9") }, 2);
        var a = BigRational.Parse("0.3");
        var b = BigRational.Parse("-1.7");
        Assert.Equal((2 * BigRational.Parse("0.6") * a * a) + (2 * BigRational.Parse("0.9") * b * b) - (4 * 2 * a * b), block.Evaluate(new[] { a, b }));
    }
}
