namespace Dmf.Emission
{
    /// <summary>
    /// Provenance comments as the emitter writes them: the lowering names products structurally
    /// (<see cref="Lowering.WordText"/>: W_{j:i}); here a comment still longer than <see cref="MaxLength"/> is cut with "...",
    /// so no generated line exceeds 200 characters. Display only: nothing is keyed or parsed from it.
    /// </summary>
    internal static class ProvenanceText
    {
        /// <summary>The longest comment text written: with the code before it, no generated line exceeds 200 characters.</summary>
        public const int MaxLength = 150;

        /// <summary>The comment, cut to <see cref="MaxLength"/> characters.</summary>
        public static string Compact(string comment) =>
            comment.Length <= MaxLength ? comment : comment.Substring(0, MaxLength - 3) + "...";
    }
}
