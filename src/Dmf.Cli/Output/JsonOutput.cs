using System.IO;
using System.Text.Json;

namespace Dmf.Cli.Output;

/// <summary>The one JSON style of every <c>--json</c> output: camelCase, indented, non-ASCII kept readable, then a newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="document"/> as one JSON document followed by a newline.</summary>
    public static void Write<T>(T document, TextWriter output) => output.WriteLine(JsonSerializer.Serialize(document, Options));
}
