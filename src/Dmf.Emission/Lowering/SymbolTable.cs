using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Calculus;

namespace Dmf.Emission.Lowering
{
    /// <summary>
    /// What each symbol of the objective is at run time, read from the objective itself (its layers, data,
    /// regularizations, directions and widths by position), never from how a name prints: W_l is parameter block l,
    /// V_l direction block l, Y the data, λ_l regularization l, d_k width k.
    /// </summary>
    internal sealed class SymbolTable
    {
        private readonly Dictionary<MatrixSymbol, Buffer> _matrices = new Dictionary<MatrixSymbol, Buffer>();
        private readonly Dictionary<ScalarSymbol, int> _lambdas = new Dictionary<ScalarSymbol, int>();
        private readonly Dictionary<Dimension, int> _widths = new Dictionary<Dimension, int>();

        public SymbolTable(DmfObjective objective)
        {
            for (int l = 1; l <= objective.Depth; l++)
            {
                var layer = objective.Layers[l - 1];
                _widths[layer.Shape.Rows] = l;
                _widths[layer.Shape.Columns] = l - 1;
                _matrices[layer] = new Buffer(BufferKind.Parameter, l, l, l - 1);
                _matrices[objective.SecondDirections[l - 1]] = new Buffer(BufferKind.Direction, l, l, l - 1);
                _lambdas[objective.Regularizations[l - 1]] = l;
            }

            _matrices[objective.Data] = new Buffer(BufferKind.Data, 0, objective.Depth, 0);
        }

        /// <summary>The buffer a symbol names; throws for a symbol with no run-time value (a direction Δ_l).</summary>
        public Buffer Matrix(MatrixSymbol symbol) =>
            _matrices.TryGetValue(symbol, out var buffer) ? buffer : throw new NotSupportedException($"The symbol {symbol.Name} has no run-time value in a kernel.");

        /// <summary>The layer l of a parameter W_l or direction V_l, or null.</summary>
        public int? LayerOf(MatrixSymbol symbol) =>
            _matrices.TryGetValue(symbol, out var buffer) && buffer.Kind != BufferKind.Data ? buffer.Index : (int?)null;

        /// <summary>The index l of λ_l, or null when the symbol is not a regularization.</summary>
        public int? Lambda(ScalarSymbol symbol) => _lambdas.TryGetValue(symbol, out int l) ? l : (int?)null;

        /// <summary>The index k of d_k.</summary>
        public int Width(Dimension dimension) =>
            _widths.TryGetValue(dimension, out int k) ? k : throw new NotSupportedException($"The dimension {dimension} is not a width of the objective.");
    }
}
