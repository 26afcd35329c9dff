namespace Dmf.Verify.Smt;

/// <summary>
/// An SMT-LIB2 term over Real and Bool (immutable). Built with <see cref="Terms"/>, printed by <see cref="Write"/> in
/// standard SMT-LIB2 syntax: rationals as <c>(/ 3.0 4.0)</c>, negatives as <c>(- 2.0)</c>, powers as repeated products.
/// </summary>
public abstract record SmtTerm(SmtSort Sort)
{
    /// <summary>Appends the SMT-LIB2 text of the term.</summary>
    public abstract void Write(StringBuilder text);

    /// <summary>The SMT-LIB2 text (sealed, so derived records do not synthesize their own).</summary>
    public sealed override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }
}
