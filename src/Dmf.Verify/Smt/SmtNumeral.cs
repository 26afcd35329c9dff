namespace Dmf.Verify.Smt;

/// <summary>An exact rational numeral.</summary>
internal sealed record SmtNumeral(BigRational Value) : SmtTerm(SmtSort.Real)
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
