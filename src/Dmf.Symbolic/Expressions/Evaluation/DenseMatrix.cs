namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>A small dense row-major matrix of field elements, for cross-checks (not a performance type).</summary>
    public sealed class DenseMatrix<T>
    {
        private readonly T[] _values;

        /// <summary>A rows × columns matrix filled with <paramref name="fill"/>.</summary>
        public DenseMatrix(int rows, int columns, T fill)
        {
            if (rows < 1 || columns < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), Invariant($"A matrix needs positive dimensions, got {rows} x {columns}."));
            }

            Rows = rows;
            Columns = columns;
            _values = new T[rows * columns];
            for (int k = 0; k < _values.Length; k++)
            {
                _values[k] = fill;
            }
        }

        /// <summary>Number of rows.</summary>
        public int Rows { get; }

        /// <summary>Number of columns.</summary>
        public int Columns { get; }

        /// <summary>Entry (i, j), zero-based.</summary>
        public T this[int i, int j]
        {
            get => _values[(i * Columns) + j];
            set => _values[(i * Columns) + j] = value;
        }

        /// <summary>A rows × columns matrix with entries f(i, j).</summary>
        public static DenseMatrix<T> Create(int rows, int columns, Func<int, int, T> entry)
        {
            var matrix = new DenseMatrix<T>(rows, columns, default!);
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    matrix[i, j] = entry(i, j);
                }
            }

            return matrix;
        }

        /// <summary>A copy with entries mapped by f.</summary>
        public DenseMatrix<TOut> Map<TOut>(Func<T, TOut> f) => DenseMatrix<TOut>.Create(Rows, Columns, (i, j) => f(this[i, j]));
    }
}
