using Dmf.Symbolic.Exact;
using System.Text.Json;

namespace Dmf.Cli.Tests;

public class AnalyzeCommandTests
{
    [Fact]
    public void Default_run_is_the_L3_example_of_theory_section_5()
    {
        var result = CliRunner.Run("analyze");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("Instance: L = 3, widths 2,2,2,2, lambda = 0.5, 0.8, 1.2 (product 0.48)", result.Output);
        Assert.Contains("Thresholds: y_crit = 1.460593, y_glob = 1.664717", result.Output);
        Assert.Contains("Critical-point types: 9 (global minimizers 1, local minimizers incl. global 3, strict saddles 6, non-strict saddles 0)", result.Output);
        Assert.Matches(@"0\.960403 -> y1, 0 +5\.847518  global minimizer +agrees: .*min eig 0\.0000, zeros 2/2", result.Output);
        Assert.Matches(@"0, 0 +6\.560000  local minimizer +agrees: .*min eig 1\.0000, zeros 0/0", result.Output);
        Assert.Matches(@"0\.960403 -> y1, 0\.481503 -> y2 +6\.053400  strict saddle +agrees: .*min eig -1\.0072", result.Output);
        Assert.Contains("9 agree, 0 disagree, 0 inconclusive", result.Output);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var result = CliRunner.Run("analyze", "--json");
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("depth").GetInt32());
        Assert.Equal("[2,2,2,2]", root.GetProperty("widths").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("0.5", root.GetProperty("lambdas")[0].GetString());
        Assert.Equal("1.6", root.GetProperty("singularValues")[1].GetString());
        Assert.Equal("1.460593", root.GetProperty("yCrit").GetString());
        Assert.Equal("1.664717", root.GetProperty("yGlob").GetString());
        Assert.True(root.GetProperty("benign").GetBoolean());
        Assert.False(root.GetProperty("collapsesToZero").GetBoolean());
        Assert.Equal("9", root.GetProperty("totalTypes").GetString());
        var counts = root.GetProperty("counts");
        Assert.Equal("1", counts.GetProperty("globalMinimizer").GetString());
        Assert.Equal("3", counts.GetProperty("localMinimizer").GetString());
        Assert.Equal("6", counts.GetProperty("strictSaddle").GetString());
        Assert.Equal("0", counts.GetProperty("nonStrictSaddle").GetString());
        var points = root.GetProperty("criticalPoints");
        Assert.Equal(9, points.GetArrayLength());
        var global = points[0];
        Assert.Equal("global-minimizer", global.GetProperty("classification").GetString());
        Assert.Equal("0.960403", global.GetProperty("sigma")[0].GetString());
        Assert.Equal(1, global.GetProperty("assignment")[0].GetInt32());
        Assert.Equal(JsonValueKind.Null, global.GetProperty("assignment")[1].ValueKind);
        Assert.Equal(5.8475, global.GetProperty("loss").GetDouble(), 4);
        Assert.False(string.IsNullOrWhiteSpace(global.GetProperty("reason").GetString()));
        var numeric = global.GetProperty("numeric");
        Assert.True(numeric.GetProperty("agrees").GetBoolean());
        Assert.Equal(2, numeric.GetProperty("zeroEigenvalues").GetInt32());
        Assert.Equal(2, numeric.GetProperty("expectedZeroEigenvalues").GetInt32());
        Assert.True(numeric.GetProperty("gradientNorm").GetDouble() < 1e-12);
        Assert.Equal(0.0, numeric.GetProperty("minHessianEigenvalue").GetDouble(), 9);
        Assert.All(points.EnumerateArray(), p => Assert.Contains(p.GetProperty("classification").GetString(), new[] { "global-minimizer", "local-minimizer", "strict-saddle", "non-strict-saddle" }));
    }

    [Fact]
    public void Minimizers_of_the_L4_example_and_no_numeric()
    {
        var result = CliRunner.Run("analyze", "--depth", "4", "--lambda", "0.7", "--y", "2.5,1.7", "--only", "minimizers", "--no-numeric", "--digits", "4");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("All 3 minimizers, global first, then by loss:", result.Output);
        Assert.Matches(@"0\.9957 -> y1, 0 +7\.0998  global minimizer +not checked", result.Output);
        Assert.Matches(@"0\.9957 -> y1, 0\.8367 -> y2 +7\.4998  local minimizer", result.Output);
        Assert.Matches(@"0, 0 +9\.1400  local minimizer", result.Output);
        Assert.Contains("Numeric check: skipped (--no-numeric).", result.Output);
    }

    [Fact]
    public void A_non_strict_saddle_breaks_the_benign_verdict()
    {
        // L = 3: λ_crit(y) = 3³·1¹·y⁴/4⁴, so λ = 27/16 puts y = 2 exactly on y_crit.
        var result = CliRunner.Run("analyze", "--widths", "1,1,1,1", "--lambda", "27/16,1,1", "--y", "2");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Benign landscape: NO (y = y_crit at index 1", result.Output);
        Assert.Matches(@"0\.866025 -> y1 +4\.500000  non-strict saddle +agrees: .*zeros 1/1", result.Output);
    }

    [Fact]
    public void Y_as_a_matrix_in_csv_and_json()
    {
        string directory = Directory.CreateTempSubdirectory("dmf-analyze-").FullName;
        string csv = Path.Combine(directory, "y.csv");
        File.WriteAllText(csv, "# Y, 2 x 3\n2, 0, 0\n0, 1.6, 0\n");
        var diagonal = CliRunner.Run("analyze", "--y-matrix", csv, "--widths", "3,2,2,2");
        Assert.Equal(0, diagonal.ExitCode);
        Assert.Contains("singular values 2, 1.6 (exact: the diagonal of Y, in descending order)", diagonal.Output);
        Assert.Contains("9 agree, 0 disagree", diagonal.Output);

        string json = Path.Combine(directory, "y.json");
        File.WriteAllText(json, "[[1, 1], [\"-1\", 1]]");
        var rotated = CliRunner.Run("analyze", "--y-matrix", json, "--lambda", "1/4,1/2,1");
        Assert.Equal(0, rotated.ExitCode);
        Assert.Contains("singular values 1.414213562373..., 1.414213562373... (exact, algebraic:", rotated.Output); // √2 twice: one group
        Assert.Contains("Benign landscape: yes (every critical point is a local minimizer or a strict saddle)\n", rotated.Output);
        Assert.Contains(" 0 disagree, 0 inconclusive", rotated.Output);
    }

    [Fact]
    public void A_rotated_matrix_with_a_value_at_y_crit_is_not_benign_exactly()
    {
        // Y^T Y = diag(4, 1): singular values 2 and 1 exactly; with lambda = 27/256, 1, 1 (L = 3) y_crit = 1 = y_2.
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-analyze-").FullName, "y.csv");
        File.WriteAllText(path, "10/13,-12/13\n24/13,5/13\n");
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--lambda", "27/256,1,1", "--exact", "--second-solver", "none");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Y: singular values 2, 1 (exact: square roots of the eigenvalues of the Gram matrix", result.Output);
        Assert.Contains("Benign landscape: NO (y = y_crit at index 2: non-strict saddles exist)", result.Output);
        Assert.Contains("6 verified, 0 refuted, 0 unknown, 0 vacuous", result.Output);
        Assert.Contains("6 agree, 0 disagree", result.Output);
    }

    [Fact]
    public void Irrational_singular_values_are_exact_in_the_json()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-analyze-").FullName, "y.csv");
        File.WriteAllText(path, "1,1\n0,1\n");
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--lambda", "1/100,1,1", "--json", "--no-numeric");
        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.True(root.GetProperty("singularValuesExact").GetBoolean());
        Assert.Equal("1.618033988750...", root.GetProperty("singularValues")[0].GetString());
        var golden = root.GetProperty("singularValuesAlgebraic")[0];
        Assert.Equal("t^4 - 3*t^2 + 1", golden.GetProperty("polynomial").GetString());
        var lower = BigRational.Parse(golden.GetProperty("lower").GetString()!);
        var upper = BigRational.Parse(golden.GetProperty("upper").GetString()!);
        Assert.True(lower.ToDouble() < 1.6180339887 && 1.6180339887 < upper.ToDouble());
        Assert.Equal("9", root.GetProperty("totalTypes").GetString());
    }

    [Fact]
    public void Exact_verification_proves_every_type_of_a_matrix_with_irrational_singular_values()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-analyze-").FullName, "y.csv");
        File.WriteAllText(path, "1,1\n0,1\n");
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--lambda", "1/4,1/2,1", "--exact", "--second-solver", "none", "--no-numeric");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("singular values 1.618033988750..., 0.618033988750... (exact, algebraic", result.Output);
        Assert.Contains("3 verified, 0 refuted, 0 unknown, 0 vacuous", result.Output);
    }

    [Fact]
    public void Seeded_factors_and_the_markdown_report()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-analyze-").FullName, "report.md");
        var result = CliRunner.Run("analyze", "--widths", "2,3,4,2", "--seed", "7", "--out", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("9 agree, 0 disagree", result.Output);
        string report = File.ReadAllText(path);
        Assert.StartsWith("# Landscape analysis: L = 3, widths 2,3,4,2", report);
        Assert.Contains("| 1 | 0.960403 → y1, 0 | 5.847518 | global minimizer |", report);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
        ReportLinks.AssertAllResolve(path);
    }

    [Fact]
    public void Audit_checks_every_type()
    {
        var result = CliRunner.Run("analyze", "--audit", "--depth", "2", "--lambda", "0.6,0.9", "--y", "2,1.2,1.2", "--widths", "3,2,3");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Audit: all", result.Output);
        Assert.Contains("0 disagree, 0 inconclusive", result.Output);
    }

    [Fact]
    public void Limit_truncates_and_says_so()
    {
        // The limit never drops a minimizer: the example's 3 are listed though the limit is 2, and the 6 saddles are counted.
        var result = CliRunner.Run("analyze", "--limit", "2", "--no-numeric");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 critical-point types, every minimizer (global first), then saddles by loss; not listed: 6 strict saddles (--limit lists more):", result.Output);
        var listed = CliRunner.Run("analyze", "--limit", "5", "--no-numeric");
        Assert.Contains("not listed: 4 strict saddles", listed.Output);
        Assert.Matches(@"4  0\.960403 -> y1, 0\.481503 -> y2 +6\.053400  strict saddle", listed.Output);
        Assert.Matches(@"5  0\.796993 -> y2, 0 +6\.661265  strict saddle", listed.Output);
    }

    [Fact]
    public void Sharpness_of_every_minimizer_and_the_stability_for_a_step()
    {
        // The default example: lambda_max 8.659387 (global [x+, 0]), 11.544734 (spurious [x+, x+]), 2.4 (W = 0, exact);
        // at step 0.2 only the spurious minimizer is unstable (2/lambda_max = 0.173239 < 0.2).
        var result = CliRunner.Run("analyze", "--only", "minimizers", "--no-numeric", "--step", "0.2");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"1  8\.659387 +0 \(\+-[0-9.E-]+\) +34\.888533 +10/0/2 +0\.230963 +\(y1, y2\) +stable", result.Output);
        Assert.Matches(@"2  11\.544734 .* +0\.173239 +\(y1, y2\) +UNSTABLE", result.Output);
        Assert.Matches(@"3  2\.400000 +1\.000000 +20\.000000 +12/0/0 +0\.833333 +\(y1, y1\) +stable", result.Output);

        var json = System.Text.Json.JsonDocument.Parse(CliRunner.Run("analyze", "--only", "minimizers", "--no-numeric", "--json").Output).RootElement;
        var zero = json.GetProperty("criticalPoints")[2].GetProperty("sharpness");
        Assert.True(zero.GetProperty("lambdaMax").GetProperty("exact").GetBoolean());
        Assert.Equal("2.4", zero.GetProperty("lambdaMax").GetProperty("lower").GetString());
        Assert.Equal("5/6", zero.GetProperty("largestStableStep").GetProperty("lower").GetString());
    }

    [Fact]
    public void Sharpness_beyond_the_default_budget_is_counted_and_said()
    {
        // 40 distinct values at unequal lambda_l: about 40^2 blocks to form per minimizer, beyond the default 2,000.
        string values = string.Join(",", Enumerable.Range(0, 40).Select(i => (3 + (0.05 * i)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var result = CliRunner.Run("analyze", "--y", values, "--lambda", "1/2,1,2", "--only", "minimizers", "--no-numeric", "--limit", "3");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("distinct Hessian blocks to form, beyond 2000 (--sharpness computes more)", result.Output);
    }

    [Theory]
    [InlineData(new[] { "--lambda", "0.5,0,1.2" }, "lambda_2 must be positive, got 0")]
    [InlineData(new[] { "--lambda", "0.5,-1,1.2" }, "lambda_2 must be positive, got -1")]
    [InlineData(new[] { "--lambda", "0.5,0.8" }, "--lambda needs one value per layer: depth 3 needs 3 values")]
    [InlineData(new[] { "--depth", "4" }, "--lambda is needed for depth 4")]
    [InlineData(new[] { "--depth", "1", "--lambda", "1" }, "--depth must be between 2 and 1000")]
    [InlineData(new[] { "--y", "2,NaN" }, "--y")]
    [InlineData(new[] { "--y", "2,-1" }, "y_2 must be nonnegative, got -1")]
    [InlineData(new[] { "--widths", "2,2,2" }, "--widths needs L + 1 = 4 values")]
    [InlineData(new[] { "--widths", "3,2,2,3" }, "min(d_0, d_L) = min(3, 3) = 3 singular values, but 2 were given")]
    [InlineData(new[] { "--widths", "2,0,2,2" }, "--widths must be between 1 and 8192 (width d_1), got 0")]
    [InlineData(new[] { "--widths", "2,99999,2,2" }, "--widths must be between 1 and 8192 (width d_1), got 99999")]
    [InlineData(new[] { "--only", "maxima" }, "--only expects all, minimizers or saddles, got 'maxima'")]
    [InlineData(new[] { "--limit", "0" }, "--limit must be between 1")]
    [InlineData(new[] { "--depth", "20", "--lambda", "1" }, "use --no-numeric for depth 20")]
    [InlineData(new[] { "--y-matrix", "/nonexistent/y.csv" }, "cannot read '/nonexistent/y.csv'")]
    [InlineData(new[] { "--y-matrix", "/dev/zero" }, "--y-matrix: '/dev/zero' is empty or not a regular file (a device, FIFO or socket is not read; use - for standard input)")]
    [InlineData(new[] { "--y-matrix", "/" }, "--y-matrix: '/' is a directory, not a file")]
    [InlineData(new[] { "--y", "2,1", "--y-matrix", "y.csv" }, "not both")]
    [InlineData(new[] { "--step", "0" }, "--step expects a positive step, got '0'")]
    [InlineData(new[] { "--step", "-1/2" }, "--step expects a positive step, got '-1/2'")]
    [InlineData(new[] { "--step", "x" }, "--step")]
    [InlineData(new[] { "--step", "0.1", "--only", "saddles" }, "--step marks minimizers; it cannot be combined with --only saddles")]
    [InlineData(new[] { "--step", "0.1", "--depth", "80", "--lambda", "1", "--no-numeric" }, "--step needs every minimizer's Hessian spectrum: not computed at depth 80")]
    public void Bad_input_gets_one_line_and_exit_code_2(string[] args, string message)
    {
        var result = CliRunner.Run(new[] { "analyze" }.Concat(args).ToArray());
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("", "is empty or not a regular file")]
    [InlineData("# only a comment\n", "holds no matrix entries")]
    [InlineData("2,0\n0,NaN\n", "line 2, entry 2")]
    [InlineData("2,0\n0\n", "line 2 has 1 entries, the first row has 2")]
    [InlineData("2,0,0\n0,1,0\n", "Y must be d_L x d_0 = 2 x 2, got 2 x 3")]
    public void Bad_matrix_files_get_one_line_and_exit_code_2(string content, string message)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-analyze-").FullName, "y.csv");
        File.WriteAllText(path, content);
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--widths", "2,2,2,2");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Bad_json_matrix_names_the_problem()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-analyze-").FullName, "y.json");
        File.WriteAllText(path, "{\"rows\": 1}");
        var result = CliRunner.Run("analyze", "--y-matrix", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must hold a JSON array of rows", result.Error);
    }
}

public class AnalyzeExactTests
{
    [Fact]
    public void The_default_example_is_verified_and_its_queries_replay()
    {
        string directory = Path.Combine(Directory.CreateTempSubdirectory("dmf-exact-").FullName, "smt");
        var result = CliRunner.Run("analyze", "--exact", "--smt-out", directory);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("9 verified, 0 refuted, 0 unknown", result.Output);
        Assert.Equal(9, System.Text.RegularExpressions.Regex.Matches(result.Output, @"exact \(Z3\): verified").Count);
        var files = Directory.GetFiles(directory, "*.smt2");
        Assert.True(files.Length >= 50, $"{files.Length} files");
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("001-xp_0-", StringComparison.Ordinal));

        // The replay example of docs/verification.md names a file this run writes.
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "verification.md"));
        var named = System.Text.RegularExpressions.Regex.Matches(docs, @"queries/([\w.-]+\.smt2)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(named);
        Assert.All(named, name => Assert.Contains(files, f => Path.GetFileName(f) == name));
        foreach (var file in files)
        {
            Assert.StartsWith("; dmf exact verification", File.ReadAllText(file));
        }

        var replay = CliRunner.Run(new[] { "smt", "check", "--expect", "unsat" }.Concat(files).ToArray());
        Assert.Equal(0, replay.ExitCode);
        Assert.Equal(files.Length, replay.Output.Split('\n').Count(line => line.EndsWith(": unsat", StringComparison.Ordinal)));
    }

    [RequiresProgramFact("z3")]
    public void The_default_example_queries_replay_with_the_z3_executable()
    {
        string directory = Path.Combine(Directory.CreateTempSubdirectory("dmf-exact-").FullName, "smt");
        Assert.Equal(0, CliRunner.Run("analyze", "--exact", "--no-numeric", "--smt-out", directory).ExitCode);
        var z3 = new Dmf.Verify.Smt.ProcessZ3();
        foreach (var file in Directory.GetFiles(directory, "*.smt2").Order(StringComparer.Ordinal).Take(12))
        {
            Assert.Equal(Dmf.Verify.Smt.SmtStatus.Unsat, z3.Replay(file));
        }
    }

    [RequiresProgramFact("cvc5")]
    public void The_second_solver_corroborates_claims_and_is_recorded()
    {
        var result = CliRunner.Run("analyze", "--exact", "--no-numeric", "--only", "minimizers", "--second-solver", "cvc5", "--timeout-ms", "1000", "--json");
        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var claims = document.RootElement.GetProperty("criticalPoints").EnumerateArray().SelectMany(p => p.GetProperty("exact").GetProperty("claims").EnumerateArray()).ToList();
        Assert.All(claims, c => Assert.StartsWith("cvc5 version 1.", c.GetProperty("independentAnswer").GetString()));
        Assert.Contains(claims, c => c.GetProperty("provedBy").GetArrayLength() == 2);
    }

    [Theory]
    [InlineData(new[] { "--exact", "--second-solver", "yices" }, "--second-solver must be auto, cvc5 or none, got 'yices'")]
    [InlineData(new[] { "--second-solver", "cvc5" }, "--second-solver sets the solvers of --exact; add --exact")]
    [InlineData(new[] { "--second-timeout-ms", "500" }, "--second-timeout-ms sets the solvers of --exact; add --exact")]
    [InlineData(new[] { "--timeout-ms", "500" }, "--timeout-ms sets the solvers of --exact; add --exact")]
    public void Bad_second_solvers_get_one_line_and_exit_code_2(string[] args, string message)
    {
        var result = CliRunner.Run(new[] { "analyze", "--no-numeric" }.Concat(args).ToArray());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Unknown_claims_give_exit_code_4()
    {
        // A 1 ms budget: Z3 gives up on the claims (the issue measured 9 of 9 types unknown); nothing is refuted.
        var result = CliRunner.Run("analyze", "--exact", "--no-numeric", "--timeout-ms", "1");
        Assert.Equal(4, result.ExitCode);
        Assert.Matches(@"\d+ verified, 0 refuted, [1-9]\d* unknown", result.Output);
    }

    [Fact]
    public void Json_carries_the_claims()
    {
        var result = CliRunner.Run("analyze", "--exact", "--json", "--only", "minimizers", "--no-numeric");
        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        foreach (var point in document.RootElement.GetProperty("criticalPoints").EnumerateArray())
        {
            var exact = point.GetProperty("exact");
            Assert.Equal("verified", exact.GetProperty("status").GetString());
            foreach (var claim in exact.GetProperty("claims").EnumerateArray())
            {
                Assert.Equal("proved", claim.GetProperty("result").GetString());
                Assert.Equal(16, claim.GetProperty("queryHash").GetString()!.Length);
                Assert.StartsWith("Z3 4.", claim.GetProperty("z3Version").GetString());
                Assert.True(claim.GetProperty("millis").GetInt64() >= 0);
            }
        }
    }

    [Fact]
    public void Smt_out_without_exact_is_bad_input()
    {
        var result = CliRunner.Run("analyze", "--smt-out", "dir");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("add --exact", result.Error);
    }
}


/// <summary>Every Markdown image or link target in a report exists beside it.</summary>
public static class ReportLinks
{
    public static void AssertAllResolve(string reportPath)
    {
        string text = File.ReadAllText(reportPath);
        var targets = System.Text.RegularExpressions.Regex.Matches(text, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(targets);
        foreach (var target in targets)
        {
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(reportPath)!, target)), $"{reportPath} links {target}, which does not exist");
        }
    }
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ReportAtomicityTests
{
    [Fact]
    public void An_existing_report_is_replaced_whole_and_keeps_its_permissions()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-atomic-").FullName, "report.md");
        File.WriteAllText(path, new string('x', 100_000));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal(0, CliRunner.Run("analyze", "--no-numeric", "--out", path).ExitCode);
        Assert.StartsWith("# Landscape analysis", File.ReadAllText(path));
        Assert.DoesNotContain("xxxx", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, ".*.tmp"));
    }

    [Fact]
    public void An_inconclusive_row_is_marked_as_not_established_not_as_a_finding()
    {
        // lambda = 1e100, 1, 1: curvatures span more than doubles hold, so the check at W = 0 is inconclusive — "??",
        // exit code 0 (nothing disagrees); "!!" is kept for findings.
        var result = CliRunner.Run("analyze", "--lambda", "1e100,1,1");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 agree, 0 disagree, 1 inconclusive", result.Output, StringComparison.Ordinal);
        Assert.Contains("\n       ?? 8 eigenvalues within", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("!!", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deep_instance_is_described_in_one_readable_line()
    {
        // Depth 1000: 1001 widths, 1000 equal lambda and a product of 1002 decimal characters would fill a page.
        var result = CliRunner.Run("analyze", "--depth", "1000", "--lambda", "1/2", "--no-numeric", "--only", "minimizers");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Instance: L = 1000, widths 2 (x1001), lambda = 0.5 (x1000) (product 9.332636E-302 to 7 digits, a 1002-character decimal exactly)\n", result.Output, StringComparison.Ordinal);

        // Short lists stay value by value.
        Assert.StartsWith("Instance: L = 3, widths 2,2,2,2, lambda = 0.5, 0.8, 1.2 (product 0.48)\n", CliRunner.Run("analyze", "--no-numeric").Output, StringComparison.Ordinal);
    }
}
