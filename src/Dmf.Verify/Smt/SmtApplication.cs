namespace Dmf.Verify.Smt;

/// <summary>An application of an operator (+, *, -, &lt;, =, and, not, …) to arguments.</summary>
internal sealed record SmtApplication(string Operator, SmtSort Sort, IReadOnlyList<SmtTerm> Arguments) : SmtTerm(Sort)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(SmtApplication? other) => base.Equals(other) && other is not null && Operator == other.Operator && ValueLists.Equal(Arguments, other.Arguments);

    /// <summary>A hash consistent with <see cref="Equals(SmtApplication?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Operator, ValueLists.Hash(Arguments));

    /// <inheritdoc/>
    public override void Write(StringBuilder text)
    {
        text.Append('(').Append(Operator);
        foreach (var argument in Arguments)
        {
            text.Append(' ');
            argument.Write(text);
        }

        text.Append(')');
    }
}
