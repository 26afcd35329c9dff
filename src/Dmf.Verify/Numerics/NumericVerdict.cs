namespace Dmf.Verify.Numerics;

/// <summary>Whether the numerics at a realized point agree with the class the rules predict.</summary>
public enum NumericVerdict
{
    /// <summary>Every check passed within its tolerance.</summary>
    Agrees,

    /// <summary>A check failed by more than 10³ × its tolerance: a finding (a counterexample to a rule, or a bug).</summary>
    Disagrees,

    /// <summary>A quantity fell between its tolerance and 10³ × it: the numerics cannot decide.</summary>
    Inconclusive,
}
