namespace Dmf.Emission
{
    /// <summary>One generated kernels file: its hint name, its source, and where in it each derived quantity is computed.</summary>
    public sealed class GeneratedKernels
    {
        internal GeneratedKernels(string hintName, string source, KernelSourceMap map)
        {
            HintName = hintName;
            Source = source;
            Map = map;
        }

        /// <summary>The file name the generator adds it under.</summary>
        public string HintName { get; }

        /// <summary>The C# source.</summary>
        public string Source { get; }

        /// <summary>The lines of the kernels' signatures, returns, layer blocks and operations.</summary>
        public KernelSourceMap Map { get; }
    }
}
