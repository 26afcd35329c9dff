namespace Dmf.Emission
{
    /// <summary>
    /// What a constant-size product computes: C (rows × columns) = α·op(A)·op(B) with inner dimension k, whether A and B
    /// are read transposed, and whether C is accumulated into or gets β·X added. Products of equal shape share one method.
    /// </summary>
    internal sealed record ProductShape(int Rows, int Columns, int Inner, bool TransposeA, bool TransposeB, bool Accumulate, bool HasAddend)
    {
        /// <summary>A method-name fragment, e.g. "NT16x16x16Add": transpositions, sizes m×n×k, and Acc/Add.</summary>
        public string Name =>
            (TransposeA ? "T" : "N") + (TransposeB ? "T" : "N") + Invariant($"{Rows}x{Columns}x{Inner}") + (Accumulate ? "Acc" : string.Empty) + (HasAddend ? "Add" : string.Empty);

        /// <summary>The formula in text, e.g. "alpha*A*B^T + beta*X".</summary>
        public string Formula =>
            "alpha*" + (TransposeA ? "A^T" : "A") + "*" + (TransposeB ? "B^T" : "B") + (Accumulate ? " + C" : string.Empty) + (HasAddend ? " + beta*X" : string.Empty);
    }
}
