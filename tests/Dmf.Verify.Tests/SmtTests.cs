using Dmf.Symbolic.Exact;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Tests;

/// <summary>The SMT-LIB2 model and both Z3 backends.</summary>
public class SmtTests
{
    private static SmtScript SquareRootQuery(string bound) => SmtQueries.SquareRootBelow(bound);

    [Fact]
    public void Equalities_at_irrational_algebraic_values_are_decided_exactly()
    {
        // sigma = x+ of f(.; 2) at L = 3, lambda = 0.48 (s = sqrt(0.48)): f(sigma) = 0 exactly, f(sigma) + 1/10^30 > 0 exactly.
        var landscape = Dmf.Symbolic.Landscape.ScalarLandscape.Create(3, BigRational.Parse("0.48"));
        var sigma = landscape.Roots(2).PositiveRoots.Single(r => r.Label == Dmf.Symbolic.Landscape.RootLabel.LargeRoot).Value;
        var s = RealRootIsolation.IsolateSquareFree(Polynomial.FromCoefficients(BigRational.Parse("-0.48"), 0, 1)).Single(r => r.Sign > 0);
        var model = new Dictionary<string, AlgebraicNumber> { ["x"] = sigma, ["s"] = s };
        var x = Terms.Real("x");
        var sqrtLambda = Terms.Real("s");
        var f = Dmf.Verify.Verification.ScalarForms.Print(Dmf.Symbolic.Landscape.ScalarTheory.F(3), x, Terms.Number(2), sqrtLambda, Terms.Number(BigRational.Parse("0.48")));
        Assert.True(IntervalTruth.Evaluate(Terms.Equal(f, Terms.Number(0)), model));
        Assert.False(IntervalTruth.Evaluate(Terms.Not(Terms.Equal(f, Terms.Number(0))), model));
        Assert.True(IntervalTruth.Evaluate(Terms.Greater(Terms.Add(f, Terms.Number(BigRational.Parse("1/1000000000000000000000000000000"))), Terms.Number(0)), model));
        Assert.Equal(0, ExactSign.Of(f, model));
        // Two irrational values besides the square root: decided only when the term is an identity (x·z − z·x, s² − λ).
        var model3 = new Dictionary<string, AlgebraicNumber>(model) { ["z"] = sigma };
        var z = Terms.Real("z");
        Assert.Equal(0, ExactSign.Of(Terms.Subtract(Terms.Multiply(x, z), Terms.Multiply(z, x)), model3));
        Assert.Equal(0, ExactSign.Of(Terms.Multiply(Terms.Subtract(Terms.Multiply(sqrtLambda, sqrtLambda), Terms.Number(BigRational.Parse("0.48"))), x, z), model3));
        Assert.Null(ExactSign.Of(Terms.Subtract(Terms.Multiply(x, z), Terms.Number(1)), model3));
    }

    [Fact]
    public void A_solver_transcript_reads_answer_model_and_reason_from_one_run()
    {
        var sat = SmtTranscript.Parse("sat\n(\n  (define-fun s () Real\n    2.0)\n)\n(:reason-unknown \"\")\n").Outcome("Z3", readModel: true, 5);
        Assert.Equal(SmtStatus.Sat, sat.Status);
        Assert.Equal("(\n  (define-fun s () Real\n    2.0)\n)", sat.Model);
        var unsat = SmtTranscript.Parse("unsat\n(error \"line 6 column 10: model is not available\")\n(:reason-unknown \"\")\n").Outcome("Z3", readModel: true, 5);
        Assert.Equal(SmtStatus.Unsat, unsat.Status);
        Assert.Null(unsat.Model);
        Assert.Equal("canceled", SmtTranscript.Parse("unknown\n(:reason-unknown \"canceled\")\n").Outcome("Z3", true, 5).ReasonUnknown);
        Assert.Equal("timeout", SmtTranscript.Parse("unsupported\nunknown\n(:reason-unknown timeout)\n").Outcome("cvc5", false, 5).ReasonUnknown);
        var rejected = Assert.Throws<InvalidOperationException>(() => SmtTranscript.Parse("(error \"line 1: unknown constant x\")\nsat\n").Outcome("Z3", true, 5));
        Assert.Equal("Z3 rejected the query: line 1: unknown constant x", rejected.Message);
    }

    [Fact]
    public void Terms_print_as_standard_smtlib()
    {
        var x = Terms.Real("x");
        Assert.Equal("(/ 3.0 4.0)", Terms.Number(BigRational.Parse("0.75")).ToString());
        Assert.Equal("(- (/ 1.0 2.0))", Terms.Number(BigRational.Parse("-1/2")).ToString());
        Assert.Equal("(- 7.0)", Terms.Number(-7).ToString());
        Assert.Equal("(* x x x)", Terms.Power(x, 3).ToString());
        Assert.Equal("1.0", Terms.Power(x, 0).ToString());
        Assert.Equal("(and (< x 1.0) (not (= x 0.0)))", Terms.And(Terms.Less(x, Terms.Number(1)), Terms.Not(Terms.Equal(x, Terms.Number(0)))).ToString());
        Assert.Throws<ArgumentException>(() => Terms.Real("1x"));
        Assert.Throws<ArgumentException>(() => Terms.And(x));
    }

    [Fact]
    public void A_script_pins_logic_seed_and_budgets()
    {
        string text = SquareRootQuery("1.5").ToText(new SmtBudget(1000, 200, 500, 42));
        Assert.StartsWith("; test: sqrt(2) < 1.5\n", text);
        Assert.Contains("(set-option :random-seed 42)", text);
        Assert.Contains("(set-option :rlimit 1000)", text);
        Assert.Contains("(set-option :timeout 200)", text);
        Assert.Contains("(set-logic QF_NRA)", text);
        Assert.Contains("(declare-const s Real)", text);
        Assert.EndsWith("(check-sat)\n", text);
    }

    [RequiresProgramFact("z3")]
    public void In_process_and_process_backends_agree()
    {
        var inProcess = InProcessZ3.Load();
        var process = new ProcessZ3();
        Assert.Contains("4.", inProcess.Version);
        Assert.Contains("Z3", process.Version);
        foreach (var (bound, expected) in new[] { ("1.5", SmtStatus.Sat), ("1.4", SmtStatus.Unsat) })
        {
            var a = inProcess.Check(SquareRootQuery(bound), SmtBudget.Default);
            var b = process.Check(SquareRootQuery(bound), SmtBudget.Default);
            Assert.Equal(expected, a.Status);
            Assert.Equal(expected, b.Status);
            if (expected == SmtStatus.Sat)
            {
                Assert.Contains("root-obj", a.Model);
                Assert.Contains("root-obj", b.Model);
            }
        }
    }

    [Fact]
    public void A_saved_query_replays_in_process_as_z3_prints_it()
    {
        var z3 = InProcessZ3.Load();
        string unsat = SquareRootQuery("1.4").ToText(SmtBudget.Default);
        Assert.Equal(new[] { SmtStatus.Unsat }, SmtTranscript.Parse(z3.Evaluate(unsat, 60_000)).Statuses);
        var sat = SmtTranscript.Parse(z3.Evaluate(SquareRootQuery("1.5").ToText(SmtBudget.Default) + "(get-model)\n", 60_000));
        Assert.Equal(new[] { SmtStatus.Sat }, sat.Statuses);
        Assert.Contains(sat.Other, line => line.Contains("define-fun s", StringComparison.Ordinal));
        Assert.Null(sat.Error);
        var malformed = SmtTranscript.Parse(z3.Evaluate("(assert (> x 1))\n(check-sat)\n", 60_000));
        Assert.Contains("unknown constant x", malformed.Error);
    }

    [RequiresProgramFact("cvc5")]
    public void Cvc5_reads_the_same_scripts()
    {
        var cvc5 = new ProcessCvc5();
        Assert.StartsWith("cvc5 version 1.", cvc5.Version);
        Assert.Equal(SmtStatus.Unsat, cvc5.Check(SquareRootQuery("1.4"), SmtBudget.Default).Status);
        // cvc5 1.0.3 without libpoly decides nonlinear unsat claims but constructs no nonlinear models: a linear
        // satisfiable query is sat, s > 0 ∧ s² = 2 (or even = 9/4) is unknown with reason timeout.
        var s = Terms.Real("s");
        var linear = new SmtScript(new[] { "test: 0 < 2s < 1" }, "QF_NRA", new[] { s }, new[] { Terms.Greater(s, Terms.Number(0)), Terms.Less(Terms.Multiply(Terms.Number(2), s), Terms.Number(1)) });
        Assert.Equal(SmtStatus.Sat, cvc5.Check(linear, SmtBudget.Default).Status);
        var irrational = cvc5.Check(SquareRootQuery("1.5"), SmtBudget.Default with { TimeoutMilliseconds = 1000 });
        Assert.Contains("timeout", irrational.ReasonUnknown);
        Assert.NotEqual(SmtStatus.Unsat, irrational.Status);
    }

    [RequiresProgramFact("z3")]
    public void A_saved_query_replays_with_the_z3_executable()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-smt-").FullName, "q.smt2");
        File.WriteAllText(path, SquareRootQuery("1.4").ToText(SmtBudget.Default));
        Assert.Equal(SmtStatus.Unsat, new ProcessZ3().Replay(path));
    }

    [Fact]
    public void A_hard_query_with_a_tiny_budget_is_unknown_not_an_exception()
    {
        // x⁴·y⁴ + … with many variables: an rlimit of 1 stops Z3 at once.
        var vars = Enumerable.Range(0, 6).Select(i => Terms.Real("x" + i)).ToArray();
        var sum = Terms.Add(vars.Select(v => Terms.Power(v, 4)).ToArray());
        var product = Terms.Multiply(vars);
        var script = new SmtScript(new[] { "hard" }, "QF_NRA", vars, new[] { Terms.Less(sum, Terms.Subtract(product, Terms.Number(1))) });
        var outcome = InProcessZ3.Load().Check(script, new SmtBudget(1, 1, 2000, 1));
        Assert.Equal(SmtStatus.Unknown, outcome.Status);
        Assert.False(string.IsNullOrEmpty(outcome.ReasonUnknown));
    }

    [Fact]
    public void Missing_libz3_says_which_package_provides_it()
    {
        var exception = Assert.Throws<SmtUnavailableException>(() => InProcessZ3.Load(new[] { "libz3-does-not-exist.so" }));
        Assert.Contains("libz3-4", exception.Message);
        Assert.Contains("libz3-does-not-exist.so", exception.Message);
    }

    [Fact]
    public void Parallel_queries_are_deterministic_and_crash_free()
    {
        var z3 = InProcessZ3.Load();
        var results = Enumerable.Range(0, 40).AsParallel().Select(i => z3.Check(SquareRootQuery(i % 2 == 0 ? "1.5" : "1.4"), SmtBudget.Default).Status).ToList();
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? SmtStatus.Sat : SmtStatus.Unsat), results);
    }
}

public class SmtErrorTests
{
    [Fact]
    public void A_malformed_query_is_an_exception_not_a_dead_process()
    {
        // x is used but never declared: Z3 reports an error, which must not end the test host.
        var x = Terms.Real("x");
        var script = new SmtScript(new[] { "malformed" }, "QF_NRA", Array.Empty<SmtConstant>(), new[] { Terms.Less(x, Terms.Number(1)) });
        Assert.Throws<InvalidOperationException>(() => InProcessZ3.Load().Check(script, SmtBudget.Default));
    }
}
