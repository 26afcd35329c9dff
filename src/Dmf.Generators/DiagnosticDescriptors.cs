using Microsoft.CodeAnalysis;

namespace Dmf.Generators
{
    /// <summary>Every diagnostic the generator reports (IDs DMF1xxx).</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Dmf.Generators";

        // Each diagnostic carries its explanation (its description, shown by IDEs beside the error) instead of a link: a
        // consumer of the package has no docs/ folder to follow. The description is the text of docs/generator.md and
        // of the package README's "Diagnostics" sections (a test holds the three equal).

        public static readonly DiagnosticDescriptor DepthOutOfRange = Error(
            "DMF1001", "Depth out of range", "[DmfKernel] on '{0}' has Depth = {1}; the depth L must be between 2 and 64",
            "`Depth` is outside 2..64: `[DmfKernel(Depth = 1)]`. Give L in 2..64.");

        public static readonly DiagnosticDescriptor NotStaticPartial = Error(
            "DMF1002", "Kernel class must be static partial", "'{0}' must be declared 'static partial' to receive generated kernels",
            "The class is not `static partial`: the kernels are added to it as static members of another part.");

        public static readonly DiagnosticDescriptor Nested = Error(
            "DMF1003", "Kernel class must be top-level", "'{0}' is nested in '{1}'; declare kernel classes at namespace level (not in a type, generic or not)",
            "The class is nested in another type (generic or not): `class Outer<T> { [DmfKernel(Depth = 3)] static partial class K {} }`. Declare kernel classes at namespace level.");

        public static readonly DiagnosticDescriptor WidthsCount = Error(
            "DMF1004", "Widths do not match the depth", "[DmfKernel] on '{0}' gives {1} widths; depth {2} needs {3} (d_0..d_L)",
            "`Widths` does not have L + 1 entries (d_0..d_L).");

        public static readonly DiagnosticDescriptor WidthNotPositive = Error(
            "DMF1005", "Width must be positive", "[DmfKernel] on '{0}' has width d_{1} = {2}; widths must be positive",
            "A width is not positive.");

        public static readonly DiagnosticDescriptor Generic = Error(
            "DMF1006", "Kernel class must not be generic", "'{0}' is generic; kernels go into a non-generic static partial class: remove its type parameters",
            "The class is generic: `[DmfKernel(Depth = 3)] static partial class K<T>`. The kernels would go into a non-generic `K` and `K<T>` would get nothing; remove the type parameters.");

        public static readonly DiagnosticDescriptor DepthMissing = Error(
            "DMF1007", "Depth is required", "[DmfKernel] on '{0}' does not set Depth; write [DmfKernel(Depth = L)] with L in 2..64",
            "`Depth` is not set: `[DmfKernel]` or `[DmfKernel(Widths = ...)]`. Write `[DmfKernel(Depth = L)]`.");

        public static readonly DiagnosticDescriptor WidthsTooLarge = Error(
            "DMF1008", "Widths too large", "[DmfKernel] on '{0}' has widths too large to allocate: {1}",
            "The widths are too large to allocate: every buffer of a plan is d_j × d_i, so (max d)² must fit in one .NET array (at most 2,147,483,591 elements; sizes are computed in 64-bit arithmetic). `dmf generate --widths` refuses the same widths with one line (exit 2). Products too large to unroll are not unrolled; they call the runtime `DenseKernels`.");

        public static readonly DiagnosticDescriptor GenerationFailed = Error(
            "DMF1099", "Kernel generation failed", "Generating kernels for '{0}' failed: {1}",
            "Generation failed unexpectedly: please report it with the attribute that caused it.");

        // An error at the class name with its explanation as the description (no help link: see above).
        private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: description, helpLinkUri: null);

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
