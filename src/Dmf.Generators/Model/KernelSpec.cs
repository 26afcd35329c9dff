namespace Dmf.Generators.Model
{
    /// <summary>
    /// Everything the emitter needs, as primitives (equatable, so unrelated edits do not regenerate):
    /// the target class, the depth, and optionally fixed widths d_0..d_L.
    /// </summary>
    internal sealed record KernelSpec(string? Namespace, string ClassName, int Depth, string GeneratorVersion, Dmf.Symbolic.Expressions.EquatableArray<int>? Widths = null, bool Float32 = false)
    {
        /// <summary>The hint name of the generated file.</summary>
        public string HintName => (Namespace is null ? string.Empty : Namespace + ".") + ClassName + ".Dmf.g.cs";
    }
}
