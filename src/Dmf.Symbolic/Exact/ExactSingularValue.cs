namespace Dmf.Symbolic.Exact
{
    /// <summary>A distinct singular value, exact, with how many times it occurs.</summary>
    /// <param name="Value">y ≥ 0, an algebraic number (a rational when its interval is a point).</param>
    /// <param name="Multiplicity">How many of the min(rows, columns) singular values equal it.</param>
    public sealed record ExactSingularValue(AlgebraicNumber Value, int Multiplicity);
}
