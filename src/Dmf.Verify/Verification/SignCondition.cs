using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>What a claim says about the sign of a quantity: &lt; 0, ≤ 0, = 0, ≥ 0 or &gt; 0.</summary>
internal enum SignCondition
{
    /// <summary>&lt; 0.</summary>
    Negative,

    /// <summary>≤ 0.</summary>
    NonPositive,

    /// <summary>= 0.</summary>
    Zero,

    /// <summary>≥ 0.</summary>
    NonNegative,

    /// <summary>&gt; 0.</summary>
    Positive,
}

/// <summary>Reading and printing <see cref="SignCondition"/>s.</summary>
internal static class SignConditions
{
    /// <summary>Whether a quantity of sign <paramref name="sign"/> (−1, 0, 1) satisfies the condition.</summary>
    public static bool Holds(this SignCondition condition, int sign) => condition switch
    {
        SignCondition.Negative => sign < 0,
        SignCondition.NonPositive => sign <= 0,
        SignCondition.Zero => sign == 0,
        SignCondition.NonNegative => sign >= 0,
        _ => sign > 0,
    };

    /// <summary>The comparison of <paramref name="term"/> with 0.</summary>
    public static SmtTerm Of(this SignCondition condition, SmtTerm term)
    {
        var zero = Terms.Number(Dmf.Symbolic.Exact.BigRational.Zero);
        return condition switch
        {
            SignCondition.Negative => Terms.Less(term, zero),
            SignCondition.NonPositive => Terms.LessOrEqual(term, zero),
            SignCondition.Zero => Terms.Equal(term, zero),
            SignCondition.NonNegative => Terms.GreaterOrEqual(term, zero),
            _ => Terms.Greater(term, zero),
        };
    }

    /// <summary>"&lt; 0", "&lt;= 0", "= 0", "&gt;= 0", "&gt; 0".</summary>
    public static string Symbol(this SignCondition condition) => condition switch
    {
        SignCondition.Negative => "< 0",
        SignCondition.NonPositive => "<= 0",
        SignCondition.Zero => "= 0",
        SignCondition.NonNegative => ">= 0",
        _ => "> 0",
    };

    /// <summary>The exact condition a quantity of sign <paramref name="sign"/> satisfies (−1: &lt; 0, 0: = 0, 1: &gt; 0).</summary>
    public static SignCondition FromSign(int sign) => sign < 0 ? SignCondition.Negative : sign == 0 ? SignCondition.Zero : SignCondition.Positive;
}
