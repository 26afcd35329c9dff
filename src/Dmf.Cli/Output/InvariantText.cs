namespace Dmf.Cli.Output;

/// <summary>Integers joined into text with the invariant culture (string.Join would format them with the current one).</summary>
internal static class InvariantText
{
    /// <summary>The values, each formatted invariantly, separated by <paramref name="separator"/>.</summary>
    public static string Join(string separator, IEnumerable<int> values) =>
        string.Join(separator, values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
}
