using System.Text.Json;

namespace Dmf.Cli.Tests;

public class DescendCommandTests
{
    [Fact]
    public void The_L2_example_reaches_only_the_global_minimizer()
    {
        var result = CliRunner.Run("descend", "--depth", "2", "--lambda", "0.6,0.9", "--y", "2,1.2", "--runs", "40", "--seed", "11");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Converged: 40 of 40", result.Output);
        Assert.Matches(@"\[x\+, x\+\] +40 +100\.0%  global minimizer", result.Output);
    }

    [Fact]
    public void Lbfgs_also_reaches_only_the_global_minimizer_for_L2()
    {
        var result = CliRunner.Run("descend", "--depth", "2", "--lambda", "0.6,0.9", "--y", "2,1.2", "--runs", "30", "--optimizer", "lbfgs");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("L-BFGS + Armijo", result.Output);
        Assert.Matches(@"\[x\+, x\+\] +30 +100\.0%  global minimizer", result.Output);
    }

    [Fact]
    public void The_L3_example_reaches_only_minimizers_as_checked_in()
    {
        // Checked-in expectation for seed 1, 100 runs: the paper's observation — only minimizers, some of them spurious.
        var result = CliRunner.Run("descend", "--json");
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var histogram = document.RootElement.GetProperty("histogram").EnumerateArray()
            .ToDictionary(h => h.GetProperty("type").GetString()!, h => (Count: h.GetProperty("count").GetInt32(), Class: h.GetProperty("classification").GetString()));
        Assert.Equal((80, "global-minimizer"), histogram["[x+, 0]"]);
        Assert.Equal((15, "local-minimizer"), histogram["[x+, x+]"]);
        Assert.Equal((5, "local-minimizer"), histogram["[0, 0]"]);
        Assert.Equal(3, histogram.Count);
        Assert.Equal(100, document.RootElement.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public void Runs_are_deterministic_per_seed()
    {
        var a = CliRunner.Run("descend", "--runs", "12", "--seed", "5", "--json");
        var b = CliRunner.Run("descend", "--runs", "12", "--seed", "5", "--json");
        Assert.Equal(a.Output, b.Output);
    }

    [Fact]
    public void The_report_is_written_into_the_directory()
    {
        string directory = Path.Combine(Directory.CreateTempSubdirectory("dmf-descend-").FullName, "out");
        var result = CliRunner.Run("descend", "--runs", "8", "--out", directory);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Gradient descent: L = 3", File.ReadAllText(Path.Combine(directory, "descend.md")));
        ReportLinks.AssertAllResolve(Path.Combine(directory, "descend.md"));
    }

    [Theory]
    [InlineData(new[] { "--runs", "0" }, "--runs must be between 1 and 100000")]
    [InlineData(new[] { "--optimizer", "adam" }, "--optimizer expects gd, lbfgs or constant, got 'adam'")]
    [InlineData(new[] { "--optimizer", "constant", "--step", "0" }, "--step expects a positive finite number, got '0'")]
    [InlineData(new[] { "--step", "-1" }, "--step expects a positive finite number, got '-1'")]
    [InlineData(new[] { "--tol", "NaN" }, "--tol expects a positive finite number, got 'NaN'")]
    [InlineData(new[] { "--init-scale", "abc" }, "--init-scale expects a positive finite number, got 'abc'")]
    [InlineData(new[] { "--depth", "20", "--lambda", "1" }, "descents run on generated kernels for depths 2..16")]
    public void Bad_input_gets_one_line_and_exit_code_2(string[] args, string message)
    {
        var result = CliRunner.Run(new[] { "descend" }.Concat(args).ToArray());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }
}
