using Dmf.Verify.Smt;

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

/// <summary>One claim's result with what is needed to reproduce it.</summary>
/// <param name="Claim">The claim's name.</param>
/// <param name="Description">The claim in words.</param>
/// <param name="Status">Proved, refuted or unknown.</param>
/// <param name="Detail">Why unknown / the counterexample for refuted / empty.</param>
/// <param name="Milliseconds">Time of both runs.</param>
/// <param name="Seed">The first run's random seed (the corroborating run used seed + 1).</param>
/// <param name="ResourceLimit">Z3's rlimit.</param>
/// <param name="SolverVersion">Z3's version.</param>
/// <param name="QueryHash">SHA-256 of the query text (first 16 hex digits).</param>
/// <param name="Query">The query text (a self-contained .smt2 script).</param>
public sealed record ClaimResult(string Claim, string Description, ClaimStatus Status, string Detail, long Milliseconds, int Seed, long ResourceLimit, string SolverVersion, string QueryHash, string Query)
{
    /// <summary>The solvers (versions) that proved the claim: Z3 (unsat with both seeds), and the independent solver when it answered unsat too.</summary>
    public IReadOnlyList<string> ProvedBy { get; init; } = Array.Empty<string>();

    /// <summary>The independent solver's answer ("cvc5 version 1.0.3: unsat"), or null when none was asked.</summary>
    public string? IndependentAnswer { get; init; }
}

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

/// <summary>The exact verification of one type.</summary>
public sealed record TypeVerification(VerificationStatus Status, IReadOnlyList<ClaimResult> Claims);
