namespace Dmf.Verify.Smt;

/// <summary>A Bool literal.</summary>
internal sealed record SmtBoolean(bool Value) : SmtTerm(SmtSort.Bool)
{
    /// <inheritdoc/>
    public override void Write(StringBuilder text) => text.Append(Value ? "true" : "false");
}
