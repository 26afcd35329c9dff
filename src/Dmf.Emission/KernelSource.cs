namespace Dmf.Emission
{
    /// <summary>
    /// The generator's output without Roslyn: the exact source [DmfKernel(Depth = L)] produces for a class, for
    /// reading, teaching and builds that do not run source generators (<c>dmf generate</c>). Touches no compiler types.
    /// </summary>
    public static class KernelSource
    {
        /// <summary>The version the generated files name (their [GeneratedCode] attribute and provenance comment).</summary>
        public const string Version = "0.1.0";

        /// <summary>
        /// The generated file (hint name and text) for <c>static partial class <paramref name="className"/></c> in
        /// <paramref name="ns"/> (null: global namespace), optionally for fixed <paramref name="widths"/> d_0..d_L and in single
        /// precision (<paramref name="float32"/>).
        /// Throws <see cref="ArgumentException"/> naming the bad value for a depth outside 2..64, an invalid identifier,
        /// or widths that are not L + 1 positive values.
        /// </summary>
        public static (string HintName, string Source) Generate(int depth, string? ns, string className, IReadOnlyList<int>? widths = null, bool float32 = false)
        {
            var generated = GenerateWithMap(depth, ns, className, widths, float32);
            return (generated.HintName, generated.Source);
        }

        /// <summary>As <see cref="Generate"/>, with the source map: where each kernel computes each derived quantity.</summary>
        public static GeneratedKernels GenerateWithMap(int depth, string? ns, string className, IReadOnlyList<int>? widths = null, bool float32 = false)
        {
            if (depth < 2 || depth > 64)
            {
                throw new ArgumentException(Invariant($"The depth L must be between 2 and 64, got {depth}."), nameof(depth));
            }

            // Names are held plain ("@class" is the class "class") and escaped where they are printed.
            string plainClass = CSharpIdentifier.Plain(className, out string? classProblem)
                ?? throw new ArgumentException($"'{className}' is not a valid C# class name ({classProblem}).", nameof(className));
            string? plainNamespace = null;
            if (ns != null)
            {
                var segments = ns.Split('.').Select(segment => (Segment: segment, Plain: CSharpIdentifier.Plain(segment, out string? problem), Problem: problem)).ToList();
                if (segments.FirstOrDefault(s => s.Plain is null) is { Segment: not null } bad)
                {
                    throw new ArgumentException($"'{ns}' is not a valid C# namespace ('{bad.Segment}' is {bad.Problem}).", nameof(ns));
                }

                plainNamespace = string.Join(".", segments.Select(s => s.Plain));
            }

            if (widths != null && widths.Count != depth + 1)
            {
                throw new ArgumentException(Invariant($"Depth {depth} needs {depth + 1} widths (d_0..d_L), got {widths.Count}."), nameof(widths));
            }

            if (widths != null && widths.Any(w => w < 1))
            {
                int k = widths.ToList().FindIndex(w => w < 1);
                throw new ArgumentException(Invariant($"Width d_{k} must be positive, got {widths[k]}."), nameof(widths));
            }

            if (widths != null && KernelSpec.WidthsTooLarge(widths) is { } tooLarge)
            {
                throw new ArgumentException("Widths too large: " + tooLarge + ".", nameof(widths));
            }

            var fixedWidths = widths is null ? null : new Dmf.Symbolic.Expressions.EquatableArray<int>(widths);
            return KernelEmitter.Emit(new KernelSpec(plainNamespace, plainClass, depth, KernelSource.Version, fixedWidths, float32));
        }
    }
}
