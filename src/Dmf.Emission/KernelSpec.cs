namespace Dmf.Emission
{
    /// <summary>
    /// Everything the emitter needs, as primitives (equatable, so unrelated edits do not regenerate):
    /// the target class, the depth, and optionally fixed widths d_0..d_L.
    /// </summary>
    internal sealed record KernelSpec(string? Namespace, string ClassName, int Depth, string GeneratorVersion, Dmf.Symbolic.Expressions.EquatableArray<int>? Widths = null, bool Float32 = false)
    {
        /// <summary>The hint name of the generated file.</summary>
        public string HintName => (Namespace is null ? string.Empty : Namespace + ".") + ClassName + ".Dmf.g.cs";

        /// <summary>The largest number of elements a .NET array may hold (Array.MaxLength).</summary>
        public const long MaxArrayLength = 0x7FFFFFC7;

        /// <summary>
        /// Why fixed widths cannot be generated, or null: every buffer of a plan is d_j × d_i for some pair of widths (a
        /// product W_{j:i}, a layer, Y), so the largest, (max d)², must fit in one array. Computed in 64-bit arithmetic.
        /// </summary>
        public static string? WidthsTooLarge(System.Collections.Generic.IReadOnlyList<int> widths)
        {
            long largest = 0;
            foreach (int w in widths)
            {
                largest = System.Math.Max(largest, w);
            }

            long elements = largest * largest;
            return elements > MaxArrayLength
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, "a {0} x {0} buffer has {1} elements, more than an array holds ({2})", largest, elements, MaxArrayLength)
                : null;
        }
    }
}
