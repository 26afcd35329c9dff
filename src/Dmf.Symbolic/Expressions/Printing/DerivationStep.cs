namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>One step of a derivation: what is done, why, and the equations it produces.</summary>
    internal sealed record DerivationStep(Prose Title, Prose Explanation, IReadOnlyList<Equation> Equations);
}
