using Microsoft.CodeAnalysis;

namespace Dmf.Generators
{
    /// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>Attributed class → parse result.</summary>
        public const string Parse = "Dmf.Parse";

        /// <summary>Parse result → spec.</summary>
        public const string Specs = "Dmf.Specs";

        /// <summary>Parse result → diagnostics.</summary>
        public const string Diagnostics = "Dmf.Diagnostics";
    }
}
