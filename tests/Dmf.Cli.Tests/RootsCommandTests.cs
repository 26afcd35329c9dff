using System.Text.Json;

namespace Dmf.Cli.Tests;

public class RootsCommandTests
{
    [Fact]
    public void Default_run_is_the_L3_example_of_theory_section_5()
    {
        var result = CliRunner.Run("roots");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("depth L = 3", result.Output);
        Assert.Contains("lambda = 0.5 * 0.8 * 1.2 = 0.48", result.Output);
        Assert.Contains("y_crit = 1.460593486680", result.Output);
        Assert.Contains("y_glob = 1.664716580115", result.Output);
        Assert.Contains("y = 2: above y_crit, above y_glob; 2 positive roots", result.Output);
        Assert.Contains("  x+ = 0.960402898345", result.Output);
        Assert.Contains("y = 1.6: above y_crit, below y_glob; 2 positive roots", result.Output);
        Assert.Contains("  x- = 0.481503099829", result.Output);
        Assert.Contains("  x+ = 0.796993455866", result.Output);
    }

    [Fact]
    public void Json_has_the_documented_shape_with_exact_strings()
    {
        var result = CliRunner.Run("roots", "--json", "--digits", "6");
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("depth").GetInt32());
        Assert.Equal("0.48", root.GetProperty("lambdaProduct").GetString());
        Assert.Equal("1.460593", root.GetProperty("yCrit").GetString());
        Assert.Equal("1.664717", root.GetProperty("yGlob").GetString());
        var values = root.GetProperty("values");
        Assert.Equal(2, values.GetArrayLength());
        var first = values[0];
        Assert.Equal("2", first.GetProperty("y").GetString());
        Assert.Equal("above", first.GetProperty("relationToCrit").GetString());
        Assert.Equal("above", first.GetProperty("relationToGlob").GetString());
        var roots = first.GetProperty("roots");
        Assert.Equal(2, roots.GetArrayLength());
        Assert.Equal("x-", roots[0].GetProperty("label").GetString());
        Assert.Equal("x+", roots[1].GetProperty("label").GetString());
        Assert.Equal("0.960403", roots[1].GetProperty("decimal").GetString());
        Assert.Equal("x^8 + 24/25*x^4 - 48/25*x^2 + 144/625", roots[1].GetProperty("polynomial").GetString());
        Assert.Matches(@"^\(\d+/\d+, \d+/\d+\)$", roots[1].GetProperty("interval").GetString());
        Assert.Equal("below", values[1].GetProperty("relationToGlob").GetString());
    }

    [Fact]
    public void Json_interval_really_isolates_the_printed_root()
    {
        var result = CliRunner.Run("roots", "--json", "--y", "2");
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement.GetProperty("values")[0].GetProperty("roots")[1];
        string interval = root.GetProperty("interval").GetString()!;
        var ends = interval.Trim('(', ')').Split(", ").Select(Dmf.Symbolic.Exact.BigRational.Parse).ToArray();
        var value = Dmf.Symbolic.Exact.BigRational.Parse(root.GetProperty("decimal").GetString()!);
        Assert.True(ends[0] < ends[1]);
        Assert.True(Dmf.Symbolic.Exact.BigRational.Abs(value - ends[0]) < new Dmf.Symbolic.Exact.BigRational(1, 1_000_000_000));
    }

    [Fact]
    public void Threshold_cases_and_no_roots()
    {
        // λ = 9/4 for L = 2: y = 3/2 is exactly √λ; 1 is below; 2 is above.
        var result = CliRunner.Run("roots", "--depth", "2", "--lambda", "3/2,3/2", "--y", "1,3/2,2", "--digits", "4");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("y = 1: below y_crit, below y_glob; no positive root (only x = 0)", result.Output);
        Assert.Contains("y = 1.5: equal to y_crit, equal to y_glob; no positive root (only x = 0)", result.Output);
        Assert.Contains("y = 2: above y_crit, above y_glob; 1 positive root", result.Output);
        Assert.Contains("  x+ = 0.8660", result.Output); // sqrt(1.5·(2 − 1.5)) = sqrt(0.75)
    }

    [Fact]
    public void Double_root_at_y_crit_is_reported_as_x_star()
    {
        // L = 3: λ_crit(y) = 27 y^4 / 256; with y = 2, λ = 27/16 puts y exactly at y_crit.
        var result = CliRunner.Run("roots", "--depth", "3", "--lambda", "27/16,1,1", "--y", "2", "--json");
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var value = document.RootElement.GetProperty("values")[0];
        Assert.Equal("equal", value.GetProperty("relationToCrit").GetString());
        var root = Assert.Single(value.GetProperty("roots").EnumerateArray());
        Assert.Equal("x*", root.GetProperty("label").GetString());
        Assert.Equal("2.000000000000", document.RootElement.GetProperty("yCrit").GetString());
    }

    [Fact]
    public void Help_lists_every_option()
    {
        var result = CliRunner.Run("roots", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--depth", "--lambda", "--y", "--digits", "--json" })
        {
            Assert.Contains(option, result.Output);
        }
    }

    [Theory]
    [InlineData("--depth", "1", "--depth must be between 2 and 1000")]
    [InlineData("--depth", "abc", "--depth expects an integer")]
    [InlineData("--depth", "2.5", "got '2.5'")]
    [InlineData("--lambda", "0.5,x,1.2", "'x' is not a number")]
    [InlineData("--lambda", "0,0.8,1.2", "lambda_1 must be positive, got 0")]
    [InlineData("--lambda", "0.5,-0.8,1.2", "lambda_2 must be positive, got -0.8")]
    [InlineData("--lambda", "0.5,0.8", "depth 3 needs 3 values (or one for all), got 2")]
    [InlineData("--lambda", "NaN,1,1", "'NaN' is not a number")]
    [InlineData("--y", "2,-1", "singular values must be nonnegative, got -1")]
    [InlineData("--y", "2,,1", "empty entry")]
    [InlineData("--y", "1/0", "zero denominator")]
    [InlineData("--y", "1e400000", "exponent outside")]
    [InlineData("--y", "1e200", "has too many digits for exact work")]
    [InlineData("--digits", "0", "--digits must be between 1 and 1000")]
    [InlineData("--digits", "1001", "--digits must be between 1 and 1000")]
    [InlineData("--digits", "many", "--digits expects an integer")]
    [InlineData("--bogus", "1", "unknown option '--bogus' for 'dmf roots'")]
    public void Bad_input_gives_one_line_and_exit_code_2(string option, string value, string expected)
    {
        var result = CliRunner.Run("roots", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(expected, result.Error);
        Assert.StartsWith("dmf: ", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Missing_option_value_and_missing_command_are_usage_errors()
    {
        Assert.Equal(2, CliRunner.Run("roots", "--depth").ExitCode);
        Assert.Equal(2, CliRunner.Run().ExitCode);
        Assert.Equal(2, CliRunner.Run("no-such-command").ExitCode);
    }
}

public class RootsPrecisionBoundTests
{
    [Theory]
    [InlineData(1000, 100, "at most 30 digits at this depth")]
    [InlineData(100, 1000, "at most 300 digits at this depth")]
    public void Depth_times_digits_beyond_the_budget_is_refused_up_front(int depth, int digits, string expected)
    {
        string lambdas = string.Join(",", Enumerable.Repeat("1", depth));
        var result = CliRunner.Run("roots", "--depth", depth.ToString(System.Globalization.CultureInfo.InvariantCulture), "--lambda", lambdas, "--y", "2", "--digits", digits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void Depth_100_with_300_digits_is_answered()
    {
        var result = CliRunner.Run("roots", "--depth", "100", "--lambda", string.Join(",", Enumerable.Repeat("1", 100)), "--y", "2", "--digits", "300");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("x+ = 1." + new string('0', 300), result.Output);
    }
}

public class RootsLambdaTests
{
    [Fact]
    public void One_lambda_serves_every_layer_as_in_analyze()
    {
        var result = CliRunner.Run("roots", "--depth", "5", "--lambda", "0.5");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lambda = 0.5 * 0.5 * 0.5 * 0.5 * 0.5 = 0.03125", result.Output);
    }

    [Fact]
    public void A_depth_without_lambda_asks_for_it_instead_of_blaming_values_never_given()
    {
        var result = CliRunner.Run("roots", "--depth", "4");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lambda is needed for depth 4", result.Error);
        Assert.DoesNotContain("0.5,0.8,1.2", result.Error);
    }
}
