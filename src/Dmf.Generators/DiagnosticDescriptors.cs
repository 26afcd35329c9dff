using Microsoft.CodeAnalysis;

namespace Dmf.Generators
{
    /// <summary>Every diagnostic the generator reports (IDs DMF1xxx).</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Dmf.Generators";

        public static readonly DiagnosticDescriptor DepthOutOfRange = new DiagnosticDescriptor(
            "DMF1001", "Depth out of range", "[DmfKernel] on '{0}' has Depth = {1}; the depth L must be between 2 and 64",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotStaticPartial = new DiagnosticDescriptor(
            "DMF1002", "Kernel class must be static partial", "'{0}' must be declared 'static partial' to receive generated kernels",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor Nested = new DiagnosticDescriptor(
            "DMF1003", "Kernel class must be top-level", "'{0}' is nested in '{1}'; declare kernel classes at namespace level",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor WidthsCount = new DiagnosticDescriptor(
            "DMF1004", "Widths do not match the depth", "[DmfKernel] on '{0}' gives {1} widths; depth {2} needs {3} (d_0..d_L)",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor WidthNotPositive = new DiagnosticDescriptor(
            "DMF1005", "Width must be positive", "[DmfKernel] on '{0}' has width d_{1} = {2}; widths must be positive",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor GenerationFailed = new DiagnosticDescriptor(
            "DMF1099", "Kernel generation failed", "Generating kernels for '{0}' failed: {1}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static DiagnosticDescriptor ById(string id) => id switch
        {
            "DMF1001" => DepthOutOfRange,
            "DMF1002" => NotStaticPartial,
            "DMF1003" => Nested,
            "DMF1004" => WidthsCount,
            "DMF1005" => WidthNotPositive,
            _ => GenerationFailed,
        };
    }
}
