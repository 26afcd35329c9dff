namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>A fixed label written three ways (e.g. "grad_{W_1} F", "∇_{W₁}F", "\nabla_{W_{1}} F").</summary>
    internal sealed record NotationText(string Ascii, string Unicode, string Latex)
    {
        /// <summary>The text in one notation.</summary>
        public string In(Notation notation) => notation switch
        {
            Notation.Ascii => Ascii,
            Notation.Unicode => Unicode,
            _ => Latex,
        };
    }
}
