namespace Dmf.Symbolic.Exact
{
    /// <summary>A real root of a polynomial and its multiplicity.</summary>
    /// <param name="Value">The root, exactly; its defining polynomial is the square-free factor it belongs to.</param>
    /// <param name="Multiplicity">How many times the root divides the polynomial (≥ 1).</param>
    public sealed record RealRoot(AlgebraicNumber Value, int Multiplicity);
}
