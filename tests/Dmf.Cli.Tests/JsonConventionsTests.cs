using System.Text.Json;

namespace Dmf.Cli.Tests;

/// <summary>JSON outputs carry a schema version and spell enumerations as the command line and the docs do.</summary>
public class JsonConventionsTests
{
    [Fact]
    public void Analyze_json_has_a_schema_version_kebab_case_rules_and_per_class_counts_of_what_is_not_listed()
    {
        var result = CliRunner.Run("analyze", "--no-numeric", "--json", "--limit", "4");
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal(4, root.GetProperty("schemaVersion").GetInt32());
        var rules = root.GetProperty("criticalPoints").EnumerateArray().Select(p => p.GetProperty("rule").GetString()).ToHashSet();
        Assert.Contains("local-minimum", rules);
        Assert.All(rules, r => Assert.Matches("^[a-z]+(-[a-z]+)*$", r));
        Assert.True(root.GetProperty("truncated").GetBoolean());
        Assert.Equal("5", root.GetProperty("notListed").GetProperty("strictSaddle").GetString());
        Assert.Equal("0", root.GetProperty("notListed").GetProperty("localMinimizer").GetString());
    }

    [Theory]
    [InlineData("gd")]
    [InlineData("lbfgs")]
    public void Descend_json_names_the_optimizer_as_typed(string optimizer)
    {
        var result = CliRunner.Run("descend", "--runs", "2", "--optimizer", optimizer, "--json");
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(3, document.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(optimizer, document.RootElement.GetProperty("options").GetProperty("optimizer").GetString());
        Assert.All(document.RootElement.GetProperty("runs").EnumerateArray(), r => Assert.True(r.TryGetProperty("problem", out _)));
    }
}
