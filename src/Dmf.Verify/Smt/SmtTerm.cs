using System.Text;
using Dmf.Symbolic.Exact;
using static System.FormattableString;

namespace Dmf.Verify.Smt;

/// <summary>The sorts the queries use.</summary>
public enum SmtSort
{
    /// <summary>Real.</summary>
    Real,

    /// <summary>Bool.</summary>
    Bool,
}

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

/// <summary>A declared constant.</summary>
public sealed record SmtConstant(string Name, SmtSort ConstantSort) : SmtTerm(ConstantSort)
{
    /// <inheritdoc/>
    public override void Write(StringBuilder text) => text.Append(Name);
}

/// <summary>An exact rational numeral.</summary>
public sealed record SmtNumeral(BigRational Value) : SmtTerm(SmtSort.Real)
{
    /// <inheritdoc/>
    public override void Write(StringBuilder text)
    {
        var magnitude = BigRational.Abs(Value);
        string body = magnitude.IsInteger
            ? Invariant($"{magnitude.Numerator}.0")
            : Invariant($"(/ {magnitude.Numerator}.0 {magnitude.Denominator}.0)");
        text.Append(Value.Sign < 0 ? $"(- {body})" : body);
    }
}

/// <summary>A Bool literal.</summary>
public sealed record SmtBoolean(bool Value) : SmtTerm(SmtSort.Bool)
{
    /// <inheritdoc/>
    public override void Write(StringBuilder text) => text.Append(Value ? "true" : "false");
}

/// <summary>An application of an operator (+, *, -, &lt;, =, and, not, …) to arguments.</summary>
public sealed record SmtApplication(string Operator, SmtSort ResultSort, IReadOnlyList<SmtTerm> Arguments) : SmtTerm(ResultSort)
{
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
