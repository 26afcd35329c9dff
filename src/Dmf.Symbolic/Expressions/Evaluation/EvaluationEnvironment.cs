namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>
    /// Concrete values for the symbols of an expression: matrices for matrix symbols (which also fix the sizes of
    /// their symbolic dimensions) and field elements for scalar symbols. Binding a matrix whose size contradicts an
    /// earlier binding of the same dimension throws <see cref="ArgumentException"/> naming both.
    /// </summary>
    public sealed class EvaluationEnvironment<T>
    {
        private readonly Dictionary<SymbolName, DenseMatrix<T>> _matrices = new Dictionary<SymbolName, DenseMatrix<T>>();
        private readonly Dictionary<SymbolName, T> _scalars = new Dictionary<SymbolName, T>();
        private readonly Dictionary<Dimension, int> _sizes = new Dictionary<Dimension, int>();

        /// <summary>Binds a matrix symbol; returns this environment for chaining.</summary>
        public EvaluationEnvironment<T> Bind(MatrixSymbol symbol, DenseMatrix<T> value)
        {
            BindSize(symbol.Shape.Rows, value.Rows, symbol);
            BindSize(symbol.Shape.Columns, value.Columns, symbol);
            _matrices[symbol.Name] = value;
            return this;
        }

        /// <summary>Binds a scalar symbol; returns this environment for chaining.</summary>
        public EvaluationEnvironment<T> Bind(ScalarSymbol symbol, T value)
        {
            _scalars[symbol.Name] = value;
            return this;
        }

        /// <summary>The bound matrix of a symbol. Throws <see cref="KeyNotFoundException"/> when unbound.</summary>
        public DenseMatrix<T> Matrix(SymbolName name) =>
            _matrices.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No value bound for the matrix {name}.");

        /// <summary>The bound value of a scalar symbol. Throws <see cref="KeyNotFoundException"/> when unbound.</summary>
        public T Scalar(SymbolName name) =>
            _scalars.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No value bound for the scalar {name}.");

        /// <summary>The size of a dimension, fixed by some bound matrix. Throws <see cref="KeyNotFoundException"/> when unknown.</summary>
        public int Size(Dimension dimension) =>
            _sizes.TryGetValue(dimension, out int size) ? size : throw new KeyNotFoundException($"The size of {dimension} is not fixed by any bound matrix.");

        private void BindSize(Dimension dimension, int size, MatrixSymbol symbol)
        {
            if (_sizes.TryGetValue(dimension, out int existing) && existing != size)
            {
                throw new ArgumentException(Invariant($"{symbol.Name} makes {dimension} = {size}, but an earlier binding made it {existing}."));
            }

            _sizes[dimension] = size;
        }
    }
}
