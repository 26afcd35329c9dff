using Microsoft.CodeAnalysis;

namespace Dmf.Generators
{
    /// <summary>Every diagnostic the generator reports (IDs DMF1xxx).</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Dmf.Generators";

        /// <summary>Where each diagnostic is explained: docs/generator.md, section "Diagnostics" (one anchor per ID).</summary>
        private const string HelpLink = "docs/generator.md";

        public static readonly DiagnosticDescriptor DepthOutOfRange = new DiagnosticDescriptor(
            "DMF1001", "Depth out of range", "[DmfKernel] on '{0}' has Depth = {1}; the depth L must be between 2 and 64",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1001");

        public static readonly DiagnosticDescriptor NotStaticPartial = new DiagnosticDescriptor(
            "DMF1002", "Kernel class must be static partial", "'{0}' must be declared 'static partial' to receive generated kernels",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1002");

        public static readonly DiagnosticDescriptor Nested = new DiagnosticDescriptor(
            "DMF1003", "Kernel class must be top-level", "'{0}' is nested in '{1}'; declare kernel classes at namespace level (not in a type, generic or not)",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1003");

        public static readonly DiagnosticDescriptor WidthsCount = new DiagnosticDescriptor(
            "DMF1004", "Widths do not match the depth", "[DmfKernel] on '{0}' gives {1} widths; depth {2} needs {3} (d_0..d_L)",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1004");

        public static readonly DiagnosticDescriptor WidthNotPositive = new DiagnosticDescriptor(
            "DMF1005", "Width must be positive", "[DmfKernel] on '{0}' has width d_{1} = {2}; widths must be positive",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1005");

        public static readonly DiagnosticDescriptor Generic = new DiagnosticDescriptor(
            "DMF1006", "Kernel class must not be generic", "'{0}' is generic; kernels go into a non-generic static partial class: remove its type parameters",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1006");

        public static readonly DiagnosticDescriptor DepthMissing = new DiagnosticDescriptor(
            "DMF1007", "Depth is required", "[DmfKernel] on '{0}' does not set Depth; write [DmfKernel(Depth = L)] with L in 2..64",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1007");

        public static readonly DiagnosticDescriptor WidthsTooLarge = new DiagnosticDescriptor(
            "DMF1008", "Widths too large", "[DmfKernel] on '{0}' has widths too large to allocate: {1}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1008");

        public static readonly DiagnosticDescriptor GenerationFailed = new DiagnosticDescriptor(
            "DMF1099", "Kernel generation failed", "Generating kernels for '{0}' failed: {1}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink + "#dmf1099");

        public static DiagnosticDescriptor ById(string id) => id switch
        {
            "DMF1001" => DepthOutOfRange,
            "DMF1002" => NotStaticPartial,
            "DMF1003" => Nested,
            "DMF1004" => WidthsCount,
            "DMF1005" => WidthNotPositive,
            "DMF1006" => Generic,
            "DMF1007" => DepthMissing,
            "DMF1008" => WidthsTooLarge,
            _ => GenerationFailed,
        };
    }
}
