namespace Dmf.Cli.Tests;

public class AuditCommandTests
{
    [Fact]
    public void Lemmas_for_depths_2_to_4_are_proved()
    {
        string directory = Path.Combine(Directory.CreateTempSubdirectory("dmf-audit-").FullName, "smt");
        var result = CliRunner.Run("audit", "--depth", "2..4", "--smt-out", directory);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| lemma | L = 2 | L = 3 | L = 4 |", result.Output);
        Assert.Matches(@"\| a\+ \| n/a \| proved\+? \d+ ms \| proved\+? \d+ ms \|", result.Output);
        Assert.Matches(@"\| d2 \| proved\+? \d+ ms \| n/a \| n/a \|", result.Output);
        Assert.DoesNotContain("unknown", result.Output);
        Assert.DoesNotContain("REFUTED", result.Output);
        var files = Directory.GetFiles(directory, "*.smt2");
        Assert.Equal(22, files.Length);
        var replay = CliRunner.Run(new[] { "smt", "check", "--expect", "unsat" }.Concat(files).ToArray());
        Assert.Equal(0, replay.ExitCode);
        Assert.Equal(22, replay.Output.Split('\n').Count(line => line.EndsWith(": unsat", StringComparison.Ordinal)));
        Assert.Contains(Path.Combine(directory, "L3-b1.smt2") + ": unsat", replay.Output);
    }

    [Fact]
    public void Unknown_lemmas_give_exit_code_4()
    {
        var result = CliRunner.Run("audit", "--depth", "4", "--timeout-ms", "1");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("unknown", result.Output);
        Assert.DoesNotContain("REFUTED", result.Output);
    }

    [Theory]
    [InlineData("1", "--depth must be between 2 and 32")]
    [InlineData("5..3", "--depth expects L or a range A..B with A <= B, got '5..3'")]
    [InlineData("x", "--depth expects L or a range A..B (e.g. 2..8), got 'x'")]
    [InlineData("2...4", "got '2...4'")]
    [InlineData("..3", "got '..3'")]
    public void Bad_depths_get_one_line_and_exit_code_2(string depth, string message)
    {
        var result = CliRunner.Run("audit", "--depth", depth);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}

public class VersionTests
{
    [Fact]
    public void Version_names_dmf_and_the_z3_found()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("dmf 0.1.0", lines[0]);
        Assert.StartsWith("Z3: Z3 4.", lines[1]);
        Assert.Contains("(libz3, in process)", lines[1]);
        Assert.StartsWith("Z3: ", lines[2]);
        if (OptionalProgram.Find("z3") is null)
        {
            Assert.Equal("Z3: no z3 executable (optional: 'dmf smt check FILE' replays .smt2 files on libz3)", lines[2]);
        }
        else
        {
            Assert.Matches(@"^Z3: Z3 version 4\.\S+ .*\(z3 executable, for replaying \.smt2 files\)$", lines[2]);
        }
    }
}
