using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dmf.Generators.Emission
{
    /// <summary>
    /// Provenance comments as people read them: a run of consecutive layers W_j·W_{j−1}⋯W_i in a printed product is
    /// written W_{j:i} (and W_i^T⋯W_j^T as W_{j:i}^T), the notation of the header and of docs/theory.md, so a comment
    /// names a product of any depth in a few characters. Display only: nothing is keyed or parsed from it.
    /// </summary>
    internal static class ProvenanceText
    {
        private const string Layer = @"W_(?:(\d)|\{(\d+)\})";

        private static readonly Regex Run = new Regex($"{Layer}(?!\\^T)(?:\\*{Layer}(?!\\^T))+", RegexOptions.CultureInvariant);

        private static readonly Regex TransposedRun = new Regex($"{Layer}\\^T(?:\\*{Layer}\\^T)+", RegexOptions.CultureInvariant);

        private static readonly Regex OneLayer = new Regex(Layer, RegexOptions.CultureInvariant);

        /// <summary>The longest comment text written: with the code before it, no generated line exceeds 200 characters.</summary>
        public const int MaxLength = 150;

        /// <summary>
        /// The comment with every run of two or more consecutive layers written as a range; a sum still longer than
        /// <see cref="MaxLength"/> is named by its number of terms and its first and last, anything else cut with "...".
        /// </summary>
        public static string Compact(string printed)
        {
            string transposed = TransposedRun.Replace(printed, match => Ranges(match.Value.Replace("^T", string.Empty), ascending: true, suffix: "^T"));
            string compact = Run.Replace(transposed, match => Ranges(match.Value, ascending: false, suffix: string.Empty));
            if (compact.Length <= MaxLength)
            {
                return compact;
            }

            var terms = compact.StartsWith("sum<", System.StringComparison.Ordinal) && compact.EndsWith(">", System.StringComparison.Ordinal)
                ? compact.Substring(4, compact.Length - 5).Split(new[] { " | " }, System.StringSplitOptions.None)
                : null;
            if (terms != null && terms.Length > 2)
            {
                string summary = string.Format(CultureInfo.InvariantCulture, "sum of {0} terms: {1} | ... | {2}", terms.Length, terms[0], terms[terms.Length - 1]);
                if (summary.Length <= MaxLength)
                {
                    return summary;
                }
            }

            return compact.Substring(0, MaxLength - 3) + "...";
        }

        /// <summary>The layers of a run, split where the index does not step by one, each maximal piece as W_{j:i}.</summary>
        private static string Ranges(string run, bool ascending, string suffix)
        {
            var indices = new System.Collections.Generic.List<int>();
            foreach (Match layer in OneLayer.Matches(run))
            {
                indices.Add(int.Parse(layer.Groups[1].Success ? layer.Groups[1].Value : layer.Groups[2].Value, CultureInfo.InvariantCulture));
            }

            var text = new StringBuilder();
            int start = 0;
            for (int k = 1; k <= indices.Count; k++)
            {
                bool continues = k < indices.Count && indices[k] == indices[k - 1] + (ascending ? 1 : -1);
                if (continues)
                {
                    continue;
                }

                if (text.Length > 0)
                {
                    text.Append('*');
                }

                int first = indices[start], last = indices[k - 1];
                int high = System.Math.Max(first, last), low = System.Math.Min(first, last);
                text.Append(high == low ? Name(high) : string.Format(CultureInfo.InvariantCulture, "W_{{{0}:{1}}}", high, low)).Append(suffix);
                start = k;
            }

            return text.ToString();
        }

        private static string Name(int layer) => layer < 10 ? "W_" + layer.ToString(CultureInfo.InvariantCulture) : "W_{" + layer.ToString(CultureInfo.InvariantCulture) + "}";
    }
}
