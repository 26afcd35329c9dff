using System.Text;
using Dmf.Symbolic.Exact;
using static System.FormattableString;

namespace Dmf.Verify.Smt;

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
