using System.Text.Json;

namespace Dmf.Cli.Tests;

/// <summary>
/// docs/schemas holds a JSON Schema per command with --json; real outputs over the cases that shape them (numeric or
/// not, dense or Lanczos, exact, non-strict saddles, irrational values, overflowing points, unconverged runs) must
/// satisfy them, with no undocumented field (additionalProperties: false). The validator covers the keywords those
/// schemas use: type, enum, properties, required, additionalProperties, items.
/// </summary>
public class JsonSchemaTests
{
    public static TheoryData<string, string[]> Outputs() => new()
    {
        { "analyze", new[] { "analyze", "--json" } },
        { "analyze", new[] { "analyze", "--json", "--no-numeric", "--depth", "20", "--lambda", "1", "--y", "2,1" } },
        { "analyze", new[] { "analyze", "--json", "--dense-limit", "1" } },
        { "analyze", new[] { "analyze", "--json", "--widths", "1,1,1,1", "--lambda", "27/16,1,1", "--y", "2" } },
        { "analyze", new[] { "analyze", "--json", "--exact", "--limit", "3", "--second-solver", "none" } },
        { "analyze", new[] { "analyze", "--json", "--lambda", "1e-100,1,1", "--y", "1e100,1" } },
        { "analyze", new[] { "analyze", "--json", "--depth", "2", "--lambda", "0.6,0.9", "--y", "2,1.2,0.734846922834953" } },
        { "analyze", new[] { "analyze", "--json", "--y-matrix", "{irrational}", "--lambda", "1/2" } },
        { "analyze", new[] { "analyze", "--json", "--step", "0.2", "--only", "minimizers" } },
        { "roots", new[] { "roots", "--json" } },
        { "roots", new[] { "roots", "--json", "--depth", "2", "--lambda", "1", "--y", "3,0.5" } },
        { "roots", new[] { "roots", "--json", "--depth", "3", "--lambda", "27/16,1,1", "--y", "2,0" } },
        { "descend", new[] { "descend", "--json", "--runs", "3" } },
        { "descend", new[] { "descend", "--json", "--runs", "3", "--optimizer", "lbfgs", "--max-iters", "2" } },
        { "descend", new[] { "descend", "--json", "--runs", "6", "--optimizer", "constant", "--step", "0.5" } },
        { "sweep", new[] { "sweep", "--json", "--runs", "3", "--points", "4" } },
        { "sweep", new[] { "sweep", "--json", "--runs", "3", "--points", "3", "--vary", "step" } },
        { "sweep", new[] { "sweep", "--json", "--runs", "2", "--points", "3", "--vary", "scale", "--max-iters", "2" } },
        { "sweep", new[] { "sweep", "--json", "--runs", "2", "--points", "3", "--y", "0", "--from", "0.1", "--to", "1", "--log" } },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Every_json_output_satisfies_its_documented_schema(string schemaName, string[] args)
    {
        string matrix = Path.Combine(Directory.CreateTempSubdirectory("dmf-schema-").FullName, "y.csv");
        File.WriteAllText(matrix, "1,1\n0,1\n");
        var result = CliRunner.Run(args.Select(a => a == "{irrational}" ? matrix : a).ToArray());
        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Error}");
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "schemas", schemaName + ".schema.json")));
        using var output = JsonDocument.Parse(result.Output);
        var problems = new List<string>();
        Validate(schema.RootElement, output.RootElement, "$", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void The_validator_rejects_an_undocumented_field_a_wrong_type_and_a_value_outside_an_enum()
    {
        using var schema = JsonDocument.Parse("""{ "type": "object", "properties": { "a": { "type": "string", "enum": ["x"] }, "b": { "type": ["null", "number"] } }, "required": ["a"], "additionalProperties": false }""");
        foreach (var (json, expected) in new[] { ("""{ "a": "x", "c": 1 }""", "$.c"), ("""{ "a": "y" }""", "enum"), ("""{ "a": "x", "b": "1" }""", "$.b"), ("""{ "b": 1 }""", "required") })
        {
            using var document = JsonDocument.Parse(json);
            var problems = new List<string>();
            Validate(schema.RootElement, document.RootElement, "$", problems);
            Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
        }
    }

    private static void Validate(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : new List<string> { type.GetString()! };
            string actual = value.ValueKind switch
            {
                JsonValueKind.Object => "object",
                JsonValueKind.Array => "array",
                JsonValueKind.String => "string",
                JsonValueKind.Number => "number",
                JsonValueKind.True or JsonValueKind.False => "boolean",
                _ => "null",
            };
            if (!allowed.Contains(actual))
            {
                problems.Add($"{path}: {actual}, the schema allows {string.Join("|", allowed)}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetRawText() == value.GetRawText()))
        {
            problems.Add($"{path}: {value.GetRawText()} is not in the enum {values.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
                {
                    problems.Add($"{path}: the required field '{name}' is missing");
                }
            }

            foreach (var field in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(field.Name, out var fieldSchema))
                {
                    Validate(fieldSchema, field.Value, path + "." + field.Name, problems);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{path}.{field.Name}: not in the schema");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            int index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Validate(items, item, $"{path}[{index++}]", problems);
            }
        }
    }
}
