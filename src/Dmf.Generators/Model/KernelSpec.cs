namespace Dmf.Generators.Model
{
    /// <summary>
    /// Everything the emitter needs, as primitives (equatable, so unrelated edits do not regenerate):
    /// the target class and the depth.
    /// </summary>
    internal sealed record KernelSpec(string? Namespace, string ClassName, int Depth, string GeneratorVersion)
    {
        /// <summary>The hint name of the generated file.</summary>
        public string HintName => (Namespace is null ? string.Empty : Namespace + ".") + ClassName + ".Dmf.g.cs";
    }
}
