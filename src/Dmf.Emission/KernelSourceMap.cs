namespace Dmf.Emission
{
    /// <summary>
    /// Where the emitted kernels compute what, recorded by the emitter as it writes them (1-based lines of the generated
    /// source): each kernel method's signature and return, the block of each layer's output, and each operation of the
    /// plan with the provenance the plan gives it (the expression it computes, e.g. "W_{3:2}", "Y",
    /// "d(W_{3:1})[V] &lt;- …"). Readers link to lines through it instead of parsing the source back.
    /// </summary>
    public sealed class KernelSourceMap
    {
        private readonly Dictionary<string, int> _signatures = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _returns = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<(string Method, int Layer), int> _layers = new Dictionary<(string, int), int>();
        private readonly List<(string Method, string Provenance, int Line)> _operations = new List<(string, string, int)>();

        /// <summary>The line of <paramref name="method"/>'s signature (Loss, LossAndGradient, HessianVectorProduct), or null.</summary>
        public int? SignatureOf(string method) => _signatures.TryGetValue(method, out int line) ? line : (int?)null;

        /// <summary>The line of <paramref name="method"/>'s return statement, or null.</summary>
        public int? ReturnOf(string method) => _returns.TryGetValue(method, out int line) ? line : (int?)null;

        /// <summary>The line opening the block of layer <paramref name="layer"/>'s output in <paramref name="method"/>, or null.</summary>
        public int? LayerOf(string method, int layer) => _layers.TryGetValue((method, layer), out int line) ? line : (int?)null;

        /// <summary>The first operation of <paramref name="method"/> whose provenance satisfies <paramref name="matches"/>: its line, or null.</summary>
        public int? FirstOperation(string method, Func<string, bool> matches) =>
            _operations.Where(o => o.Method == method && matches(o.Provenance)).Select(o => (int?)o.Line).FirstOrDefault();

        internal void Signature(string method, int line) => _signatures[method] = line;

        internal void Return(string method, int line) => _returns[method] = line;

        internal void Layer(string method, int layer, int line) => _layers[(method, layer)] = line;

        internal void Operation(string method, string provenance, int line) => _operations.Add((method, provenance, line));
    }
}
