namespace Dmf.Cli.Tests;

/// <summary><c>dmf smt check</c>: saved queries replayed through the in-process libz3, without the z3 executable.</summary>
public class SmtCommandTests
{
    private const string Unsat = "(set-option :timeout 5000)\n(set-logic QF_NRA)\n(declare-const s Real)\n(assert (> s 0.0))\n(assert (= (* s s) 2.0))\n(assert (< s (/ 7.0 5.0)))\n(check-sat)\n";
    private const string Sat = "(set-logic QF_NRA)\n(declare-const s Real)\n(assert (> s 0.0))\n(assert (= (* s s) 2.0))\n(check-sat)\n(get-model)\n";

    private static string Write(string name, string text)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-smt-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Each_check_sat_answer_is_printed_with_its_file()
    {
        string unsat = Write("a.smt2", Unsat);
        string sat = Write("b.smt2", Sat);
        var result = CliRunner.Run("smt", "check", unsat, sat);
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n');
        Assert.Equal(unsat + ": unsat", lines[0]);
        Assert.Equal(sat + ": sat", lines[1]);
        Assert.Contains(lines, line => line.StartsWith("  ", StringComparison.Ordinal) && line.Contains("root-obj", StringComparison.Ordinal));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void An_answer_other_than_the_expected_one_gives_exit_code_1()
    {
        Assert.Equal(0, CliRunner.Run("smt", "check", "--expect", "unsat", Write("a.smt2", Unsat)).ExitCode);
        Assert.Equal(1, CliRunner.Run("smt", "check", "--expect", "unsat", Write("b.smt2", Sat)).ExitCode);
        Assert.Equal(0, CliRunner.Run("smt", "check", "--expect", "sat", Write("b.smt2", Sat)).ExitCode);
    }

    [Fact]
    public void Unknown_is_reported_with_exit_code_4()
    {
        // An rlimit of 1 stops Z3 before it decides anything.
        var result = CliRunner.Run("smt", "check", "--expect", "unsat", Write("u.smt2", "(set-option :rlimit 1)\n" + Unsat));
        Assert.Equal(4, result.ExitCode);
        Assert.EndsWith("u.smt2: unknown\n", result.Output);
    }

    [Fact]
    public void A_file_without_check_sat_gives_exit_code_4()
    {
        var result = CliRunner.Run("smt", "check", Write("n.smt2", "(declare-const s Real)\n"));
        Assert.Equal(4, result.ExitCode);
        Assert.EndsWith("n.smt2: no (check-sat)\n", result.Output);
    }

    [Fact]
    public void Bad_files_get_one_line_and_exit_code_2_before_anything_runs()
    {
        string good = Write("a.smt2", Unsat);
        string directory = Directory.CreateTempSubdirectory("dmf-smt-").FullName;
        var cases = new (string[] Args, string Message)[]
        {
            (new[] { good, Path.Combine(directory, "missing.smt2") }, "cannot read '" + Path.Combine(directory, "missing.smt2") + "': no such file"),
            (new[] { directory }, "'" + directory + "' is a directory, not a file"),
            (new[] { Write("m.smt2", "(assert (> x 1))\n(check-sat)\n") }, "Z3 rejected"),
            (new[] { "--expect", "maybe", good }, "--expect must be sat or unsat, got 'maybe'"),
            (new[] { "--timeout-ms", "0", good }, "--timeout-ms must be between 1 and 3600000"),
        };
        foreach (var (args, message) in cases)
        {
            var result = CliRunner.Run(new[] { "smt", "check" }.Concat(args).ToArray());
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Error);
            Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
            Assert.Empty(result.Output);
        }
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_unread()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-smt-").FullName, "big.smt2");
        using (var stream = File.Create(path))
        {
            stream.SetLength(17L * 1024 * 1024);
        }

        var result = CliRunner.Run("smt", "check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is larger than 16777216 bytes", result.Error);
    }

    [Fact]
    public void A_query_asking_for_proofs_is_answered_as_z3_answers_it()
    {
        // z3 FILE configures proofs before the context; so does the replay, which Z3 would otherwise refuse.
        string file = Path.Combine(Directory.CreateTempSubdirectory("dmf-proofs-").FullName, "p.smt2");
        File.WriteAllText(file, "(set-option :produce-proofs true)\n(set-logic QF_NRA)\n(declare-const x Real)\n(assert (> x 1))\n(assert (< x 0))\n(check-sat)\n");
        var result = CliRunner.Run("smt", "check", file);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal($"{file}: unsat", result.Output.Trim());
    }
}
