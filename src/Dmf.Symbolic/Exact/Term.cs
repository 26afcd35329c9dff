namespace Dmf.Symbolic.Exact
{
    /// <summary>One term c·x^e of a polynomial (c ≠ 0).</summary>
    public readonly record struct Term(int Exponent, BigRational Coefficient);
}
