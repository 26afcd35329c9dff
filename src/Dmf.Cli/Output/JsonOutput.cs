using System.Text.Json;

namespace Dmf.Cli.Output;

/// <summary>
/// The one JSON style of every <c>--json</c> output: camelCase, indented, non-ASCII kept readable, then a newline; a
/// double outside the range of doubles (∞, NaN: a gradient that overflowed) is written as null, since JSON has no such
/// number.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FiniteDouble() },
    };

    /// <summary>Writes <paramref name="document"/> as one JSON document followed by a newline.</summary>
    public static void Write<T>(T document, TextWriter output) => output.WriteLine(JsonSerializer.Serialize(document, Options));

    /// <summary>Doubles as JSON numbers (shortest round-trip form), non-finite ones as null.</summary>
    private sealed class FiniteDouble : System.Text.Json.Serialization.JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, System.Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
