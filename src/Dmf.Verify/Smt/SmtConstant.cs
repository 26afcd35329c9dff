namespace Dmf.Verify.Smt;

/// <summary>A declared constant.</summary>
public sealed record SmtConstant(string Name, SmtSort ConstantSort) : SmtTerm(ConstantSort)
{
    /// <inheritdoc/>
    public override void Write(StringBuilder text) => text.Append(Name);
}
