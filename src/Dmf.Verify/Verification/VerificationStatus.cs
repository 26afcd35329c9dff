namespace Dmf.Verify.Verification;

/// <summary>The verdict on one type: verified (every claim proved), refuted (some claim refuted), vacuous (some claim says nothing), or unknown.</summary>
public enum VerificationStatus
{
    /// <summary>Every claim proved.</summary>
    Verified,

    /// <summary>A claim was refuted: a counterexample to a rule or a bug.</summary>
    Refuted,

    /// <summary>Some claim could not be decided within the budget.</summary>
    Unknown,

    /// <summary>No claim refuted, but some claim is vacuous (its context is empty).</summary>
    Vacuous,

    /// <summary>No claim refuted, but the two solvers disagree on some claim: a finding.</summary>
    Disagreement,
}
