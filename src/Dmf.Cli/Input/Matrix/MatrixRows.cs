namespace Dmf.Cli.Input.Matrix;

/// <summary>
/// Collects a matrix row by row and enforces the size limits as it goes: a reader stops at the first row (or the first
/// row longer) past <see cref="DataMatrixFile.MaxSize"/>, so an oversized file is refused before it is read to the end.
/// </summary>
internal sealed class MatrixRows
{
    private readonly List<BigRational[]> _rows = new();
    private readonly string _file;

    public MatrixRows(string file) => _file = file;

    /// <summary>The rows so far.</summary>
    public int Count => _rows.Count;

    /// <summary>Refuses a row of <paramref name="columns"/> entries at <paramref name="where"/> before its entries are parsed.</summary>
    public void CheckWidth(int columns, string where)
    {
        if (columns > DataMatrixFile.MaxSize)
        {
            throw new UsageException(Invariant($"--y-matrix: '{_file}' {where} has {columns} entries; at most {DataMatrixFile.MaxSize} columns are accepted"));
        }

        if (_rows.Count > 0 && columns != _rows[0].Length)
        {
            throw new UsageException(Invariant($"--y-matrix: '{_file}' {where} has {columns} entries, the first row has {_rows[0].Length}"));
        }

        if (_rows.Count >= DataMatrixFile.MaxSize)
        {
            throw new UsageException(Invariant($"--y-matrix: '{_file}' has more than {DataMatrixFile.MaxSize} rows ({where})"));
        }
    }

    /// <summary>Adds a row (after <see cref="CheckWidth"/>).</summary>
    public void Add(BigRational[] row, string where)
    {
        CheckWidth(row.Length, where);
        _rows.Add(row);
    }

    /// <summary>The matrix; refuses an empty one.</summary>
    public BigRational[,] ToMatrix()
    {
        if (_rows.Count == 0 || _rows[0].Length == 0)
        {
            throw new UsageException($"--y-matrix: '{_file}' holds no matrix entries");
        }

        var matrix = new BigRational[_rows.Count, _rows[0].Length];
        for (int i = 0; i < _rows.Count; i++)
        {
            for (int j = 0; j < _rows[i].Length; j++)
            {
                matrix[i, j] = _rows[i][j];
            }
        }

        return matrix;
    }
}
