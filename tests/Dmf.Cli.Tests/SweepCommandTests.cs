using System.Text.Json;

namespace Dmf.Cli.Tests;

/// <summary><c>dmf sweep</c>: the table, JSON and output directory on the default example, and bad input refused up front.</summary>
public class SweepCommandTests
{
    [Fact]
    public void The_default_sweep_places_its_grid_around_the_thresholds_of_the_example()
    {
        var result = CliRunner.Run("sweep", "--runs", "10", "--points", "6");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Thresholds: lambda_glob(y1) = 1, lambda_crit(y1) = 1.6875, lambda_glob(y2) = 0.4096, lambda_crit(y2) = 0.6912", result.Output);
        var rows = result.Output.Split('\n').SkipWhile(l => !l.StartsWith("  lambda", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(6, rows.Count);
        Assert.StartsWith("  0.205 ", rows[0]);
        Assert.EndsWith("above lambda_crit(y1)", rows[^1]);
        Assert.Contains(rows, r => r.EndsWith("between lambda_glob(y1) and lambda_crit(y1)", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_deterministic_and_the_directory_holds_picture_report_and_json()
    {
        string[] args = { "sweep", "--runs", "6", "--points", "4", "--json" };
        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        using var document = JsonDocument.Parse(first.Output);
        var points = document.RootElement.GetProperty("points");
        Assert.Equal(4, points.GetArrayLength());
        foreach (var point in points.EnumerateArray())
        {
            Assert.Equal(6, point.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()));
        }

        string folder = Path.Combine(Path.GetTempPath(), "dmf-sweep-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = CliRunner.Run("sweep", "--runs", "6", "--points", "4", "-o", folder);
            Assert.Equal(0, written.ExitCode);
            Assert.Equal(new[] { "sweep.json", "sweep.md", "sweep.png" }, Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
            Assert.Equal(first.Output, File.ReadAllText(Path.Combine(folder, "sweep.json")));
            string report = File.ReadAllText(Path.Combine(folder, "sweep.md"));
            Assert.Contains("![fractions of runs per outcome](sweep.png)", report);
            Assert.Contains("| lambda | global | spurious | W = 0 | saddle | other | W = 0 is | where (theory) |", report);
            Assert.Contains("## Provenance", report);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(new[] { "sweep", "--points", "1" }, "--points must be between 2 and 200")]
    [InlineData(new[] { "sweep", "--from", "0" }, "--from must be positive, got '0'")]
    [InlineData(new[] { "sweep", "--from", "2", "--to", "1" }, "--from must be below --to, got 2 and 1")]
    [InlineData(new[] { "sweep", "--vary", "mu" }, "--vary expects lambda, scale or step, got 'mu'")]
    [InlineData(new[] { "sweep", "--vary", "step", "--step", "0.1" }, "--step is set by --vary step (every point runs constant-step gradient descent at its own step); drop --step")]
    [InlineData(new[] { "sweep", "--vary", "step", "--optimizer", "gd" }, "--optimizer is set by --vary step")]
    [InlineData(new[] { "sweep", "--points", "200", "--runs", "100000" }, "--points 200 x --runs 100000 = 20000000 descents, more than 1000000")]
    [InlineData(new[] { "sweep", "--y", "0" }, "give --from and --to: Y has no positive singular value")]
    [InlineData(new[] { "sweep", "--depth", "17", "--lambda", "1" }, "descents run on generated kernels for depths 2..16; got depth 17")]
    [InlineData(new[] { "sweep", "--from", "1e-400", "--to", "1" }, "--from: '1e-400' has too many digits")]
    public void Bad_input_is_refused_in_one_line_before_any_descent(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(string.Empty, result.Output);
    }
}
