using static System.FormattableString;

namespace Dmf.Emission
{
    /// <summary>
    /// What a constant-size product computes: C (rows × columns) = α·op(A)·op(B) with inner dimension k, whether A and B
    /// are read transposed, and whether C is accumulated into or gets β·X added. Products of equal shape share one method.
    /// </summary>
    internal sealed class ProductShape
    {
        public ProductShape(int rows, int columns, int inner, bool transposeA, bool transposeB, bool accumulate, bool hasAddend)
        {
            Rows = rows;
            Columns = columns;
            Inner = inner;
            TransposeA = transposeA;
            TransposeB = transposeB;
            Accumulate = accumulate;
            HasAddend = hasAddend;
        }

        public int Rows { get; }

        public int Columns { get; }

        public int Inner { get; }

        public bool TransposeA { get; }

        public bool TransposeB { get; }

        public bool Accumulate { get; }

        public bool HasAddend { get; }

        /// <summary>A method-name fragment, e.g. "NT16x16x16Add": transpositions, sizes m×n×k, and Acc/Add.</summary>
        public string Name =>
            (TransposeA ? "T" : "N") + (TransposeB ? "T" : "N") + Invariant($"{Rows}x{Columns}x{Inner}") + (Accumulate ? "Acc" : string.Empty) + (HasAddend ? "Add" : string.Empty);

        /// <summary>The formula in text, e.g. "alpha*A*B^T + beta*X".</summary>
        public string Formula =>
            "alpha*" + (TransposeA ? "A^T" : "A") + "*" + (TransposeB ? "B^T" : "B") + (Accumulate ? " + C" : string.Empty) + (HasAddend ? " + beta*X" : string.Empty);
    }
}
