using Dmf.Cli.Parsing;

namespace Dmf.Cli.Input.Matrix;

/// <summary>One matrix entry, under the limits every exact input obeys (<see cref="InputParsing.ParseExact"/>).</summary>
internal static class MatrixEntry
{
    /// <summary>The exact value of <paramref name="text"/>; errors name the file and <paramref name="where"/> (line and entry).</summary>
    public static BigRational Parse(string file, string text, string where) => InputParsing.ParseExact($"--y-matrix: '{file}' {where}", text);
}
