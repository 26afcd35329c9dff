namespace Dmf.Symbolic.Expressions
{
    /// <summary>The symbolic shape rows × columns of a matrix expression.</summary>
    public sealed record Shape(Dimension Rows, Dimension Columns)
    {
        /// <summary>columns × rows.</summary>
        public Shape Transposed() => new Shape(Columns, Rows);

        /// <inheritdoc/>
        public override string ToString() => $"{Rows} x {Columns}";
    }

}
