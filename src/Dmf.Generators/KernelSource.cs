using System;
using System.Collections.Generic;
using System.Linq;
using Dmf.Generators.Emission;
using Dmf.Generators.Model;
using static System.FormattableString;

namespace Dmf.Generators
{
    /// <summary>
    /// The generator's output without Roslyn: the exact source [DmfKernel(Depth = L)] produces for a class, for
    /// reading, teaching and builds that do not run source generators (<c>dmf generate</c>). Touches no compiler types.
    /// </summary>
    public static class KernelSource
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>
        /// The generated file (hint name and text) for <c>static partial class <paramref name="className"/></c> in
        /// <paramref name="ns"/> (null: global namespace), optionally for fixed <paramref name="widths"/> d_0..d_L and in single
        /// precision (<paramref name="float32"/>).
        /// Throws <see cref="ArgumentException"/> naming the bad value for a depth outside 2..64, an invalid identifier,
        /// or widths that are not L + 1 positive values.
        /// </summary>
        public static (string HintName, string Source) Generate(int depth, string? ns, string className, IReadOnlyList<int>? widths = null, bool float32 = false)
        {
            if (depth < 2 || depth > 64)
            {
                throw new ArgumentException(Invariant($"The depth L must be between 2 and 64, got {depth}."), nameof(depth));
            }

            if (!IsIdentifier(className))
            {
                throw new ArgumentException($"'{className}' is not a valid C# class name.", nameof(className));
            }

            if (ns != null && (ns.Length == 0 || !ns.Split('.').All(IsIdentifier)))
            {
                throw new ArgumentException($"'{ns}' is not a valid C# namespace.", nameof(ns));
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
            return KernelEmitter.Emit(new KernelSpec(ns, className, depth, KernelGenerator.Version, fixedWidths, float32));
        }

        private static bool IsIdentifier(string name) =>
            name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_') && !Keywords.Contains(name);
    }
}
