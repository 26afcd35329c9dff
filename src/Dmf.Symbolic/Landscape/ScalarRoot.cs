namespace Dmf.Symbolic.Landscape
{
    /// <summary>A positive root of f(·; y), exactly, with its label.</summary>
    public sealed record ScalarRoot(RootLabel Label, AlgebraicNumber Value);

}
