using Dmf.Cli.Input;
using Dmf.Verify.Analysis;

namespace Dmf.Cli.Output;

/// <summary>
/// Saves every Z3 query of an exact analysis as a self-contained .smt2 file (comment header: instance, type, claim;
/// pinned options), named NNN-type-claim.smt2 by table row, written with the run's other outputs (all or none).
/// `dmf smt check FILE` (or `z3 FILE`) replays it.
/// </summary>
internal static class SmtArchive
{
    /// <summary>Adds the queries of <paramref name="report"/> in <paramref name="directory"/> (created if missing) to <paramref name="files"/>.</summary>
    public static void AddTo(OutputSet files, OutputDirectory directory, LandscapeReport report)
    {
        files.Directory(directory);
        int row = 0;
        foreach (var point in report.Points)
        {
            row++;
            foreach (var claim in point.Exact?.Claims ?? Enumerable.Empty<Dmf.Verify.Verification.ClaimResult>())
            {
                string name = Invariant($"{row:D3}-{Sanitize(point.Type.ToString())}-{Sanitize(claim.Claim)}.smt2");
                files.Text(directory.File(name), claim.Query);
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
