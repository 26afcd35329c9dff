namespace Dmf.Verify.Verification;

/// <summary>How one claim came out.</summary>
public enum ClaimStatus
{
    /// <summary>Unsat twice (two seeds), and our own exact check agrees where there is one.</summary>
    Proved,

    /// <summary>Z3 found a model and our exact re-evaluation confirms the claim is false there.</summary>
    Refuted,

    /// <summary>Timeout, resource limit, an unconfirmed model, or the two runs disagreed.</summary>
    Unknown,

    /// <summary>The independent solver contradicts the verdict (cvc5 sat where Z3 proved unsat, or unsat where a counterexample was checked exactly): a finding.</summary>
    Disagreement,

    /// <summary>The claim's context is empty (shown exactly or by the solver): "unsat" would hold for any statement, so nothing is proved — an error in the claim.</summary>
    Vacuous,
}
