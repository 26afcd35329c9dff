using System.IO;
using System.Linq;
using System.Text;
using Dmf.Cli.Input;
using Dmf.Verify.Analysis;
using static System.FormattableString;

namespace Dmf.Cli.Output;

/// <summary>
/// Saves every Z3 query of an exact analysis as a self-contained .smt2 file (comment header: instance, type, claim;
/// pinned options), named NNN-type-claim.smt2 by table row, each written atomically. `dmf smt check FILE` (or `z3 FILE`) replays it.
/// </summary>
internal static class SmtArchive
{
    /// <summary>Writes the queries of <paramref name="report"/> into <paramref name="directory"/> (created if missing).</summary>
    public static void Write(string directory, LandscapeReport report)
    {
        AtomicFile.EnsureDirectory(directory, "--smt-out");

        int row = 0;
        foreach (var point in report.Points)
        {
            row++;
            foreach (var claim in point.Exact?.Claims ?? Enumerable.Empty<Dmf.Verify.Verification.ClaimResult>())
            {
                string name = Invariant($"{row:D3}-{Sanitize(point.Type.ToString())}-{Sanitize(claim.Claim)}.smt2");
                AtomicFile.WriteAllText(Path.Combine(directory, name), claim.Query);
            }
        }
    }

    private static string Sanitize(string text)
    {
        var result = new StringBuilder();
        foreach (char c in text)
        {
            result.Append(char.IsAsciiLetterOrDigit(c) ? c : c == '+' ? 'p' : c == '-' ? 'm' : c == '*' ? 's' : '_');
        }

        return result.ToString().Trim('_').Replace("__", "_", System.StringComparison.Ordinal);
    }
}
