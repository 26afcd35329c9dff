using System.Globalization;

namespace Dmf.Symbolic.Expressions.Simplification
{
    /// <summary>
    /// Names recurring sub-expressions of canonical expressions: runs W_j W_{j−1}⋯W_i (j &gt; i) of consecutive
    /// layers become W_{j:i}, runs W_iᵀ⋯W_jᵀ become W_{j:i}ᵀ, and sums equal to a registered definition (the
    /// residual E = W_{L:1} − Y, the first-order change D of the product) become their names. Names are
    /// <see cref="NamedMatrix"/> nodes: printers show the name; evaluation and differentiation see the definition.
    /// </summary>
    public sealed class SubexpressionNamer
    {
        private readonly Dictionary<MatrixSymbol, int> _layerIndex;
        private readonly List<(SymbolName Name, MatrixExpression Canonical)> _definitions;

        /// <summary>
        /// <paramref name="layers"/> are W_1..W_L in order; <paramref name="definitions"/> are abbreviations to fold,
        /// tried in order (their definitions are simplified first).
        /// </summary>
        public SubexpressionNamer(IReadOnlyList<MatrixSymbol> layers, IEnumerable<(SymbolName Name, MatrixExpression Definition)> definitions)
        {
            _layerIndex = layers.Select((w, k) => (w, k + 1)).ToDictionary(p => p.w, p => p.Item2);
            _definitions = definitions.Select(d => (d.Name, Simplifier.Simplify(d.Definition))).ToList();
        }

        /// <summary>Folds named sub-expressions inside a canonical matrix expression.</summary>
        public MatrixExpression Name(MatrixExpression canonical) => ExpressionMap.Map(canonical, Replace);

        /// <summary>Folds named sub-expressions inside a canonical scalar expression.</summary>
        public ScalarExpression Name(ScalarExpression canonical) => ExpressionMap.Map(canonical, Replace);

        /// <summary>
        /// The abbreviations used in the expressions, each once: registered definitions first (in registration
        /// order), then products W_{j:i} (longest and highest first).
        /// </summary>
        public IReadOnlyList<NamedMatrix> AbbreviationsIn(IEnumerable<object> expressions)
        {
            var found = new Dictionary<SymbolName, NamedMatrix>();
            foreach (var expression in expressions)
            {
                System.Func<MatrixExpression, bool> visit = m =>
                {
                    if (m is NamedMatrix n && !found.ContainsKey(n.Name))
                    {
                        found[n.Name] = n;
                    }

                    return false;
                };
                _ = expression switch
                {
                    MatrixExpression m => ExpressionMap.Any(m, visit),
                    ScalarExpression s => ExpressionMap.Any(s, visit),
                    _ => false,
                };
            }

            return found.Values
                .OrderBy(n => RegistrationRank(n.Name))
                .ThenByDescending(n => RunBounds(n).Upper)
                .ThenByDescending(n => RunBounds(n).Lower)
                .ToList();
        }

        private int RegistrationRank(SymbolName name)
        {
            int index = _definitions.FindIndex(d => d.Name.Equals(name));
            return index >= 0 ? index : _definitions.Count;
        }

        private MatrixExpression? Replace(MatrixExpression node)
        {
            switch (node)
            {
                case MatrixSum sum:
                    foreach (var (name, canonical) in _definitions)
                    {
                        if (sum.Equals(canonical))
                        {
                            return new NamedMatrix(name, ExpressionMap.Map(canonical, m => ReferenceEquals(m, canonical) ? null : Replace(m)));
                        }
                    }

                    return null;
                case MatrixProduct product:
                    var factors = product.Factors.Select(f => ExpressionMap.Map(f, Replace)).ToList();
                    var named = FoldRuns(factors);
                    return named.Count == 1 ? named[0] : new MatrixProduct(named.ToEquatableArray());
                default:
                    return null;
            }
        }

        private List<MatrixExpression> FoldRuns(List<MatrixExpression> factors)
        {
            var result = new List<MatrixExpression>();
            int k = 0;
            while (k < factors.Count)
            {
                int end = k;
                if (LayerOf(factors[k], out int first, out bool transposed))
                {
                    int expected = transposed ? first + 1 : first - 1;
                    while (end + 1 < factors.Count && LayerOf(factors[end + 1], out int next, out bool nextTransposed) && nextTransposed == transposed && next == expected)
                    {
                        end++;
                        expected = transposed ? expected + 1 : expected - 1;
                    }

                    if (end > k)
                    {
                        var run = factors.Skip(k).Take(end - k + 1).Select(f => transposed ? ((Transpose)f).Operand : f).ToList();
                        if (transposed)
                        {
                            run.Reverse();
                        }

                        int upper = _layerIndex[(MatrixSymbol)run[0]];
                        int lower = _layerIndex[(MatrixSymbol)run[run.Count - 1]];
                        var name = SymbolName.Indexed("W", upper, lower);
                        var abbreviation = new NamedMatrix(name, new MatrixProduct(run.ToEquatableArray()));
                        result.Add(transposed ? new Transpose(abbreviation) : abbreviation);
                        k = end + 1;
                        continue;
                    }
                }

                result.Add(factors[k]);
                k++;
            }

            return result;
        }

        private bool LayerOf(MatrixExpression factor, out int index, out bool transposed)
        {
            transposed = factor is Transpose;
            var symbol = (factor is Transpose t ? t.Operand : factor) as MatrixSymbol;
            index = 0;
            return symbol != null && _layerIndex.TryGetValue(symbol, out index);
        }

        // The layers a product W_{j:i} runs over, read from its definition (W_j ⋯ W_i), never from its printed subscript.
        private (int Upper, int Lower) RunBounds(NamedMatrix named) =>
            named.Definition is MatrixProduct { Factors: var factors } && factors.Count > 0
            && factors[0] is MatrixSymbol first && _layerIndex.TryGetValue(first, out int upper)
            && factors[factors.Count - 1] is MatrixSymbol last && _layerIndex.TryGetValue(last, out int lower)
                ? (upper, lower)
                : (0, 0);
    }
}
