using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

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
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(ClaimResult? other) =>
        other is not null &&
        Claim == other.Claim &&
        Description == other.Description &&
        Status == other.Status &&
        Detail == other.Detail &&
        Milliseconds == other.Milliseconds &&
        Seed == other.Seed &&
        ResourceLimit == other.ResourceLimit &&
        SolverVersion == other.SolverVersion &&
        QueryHash == other.QueryHash &&
        Query == other.Query &&
        ValueLists.Equal(ProvedBy, other.ProvedBy) &&
        IndependentAnswer == other.IndependentAnswer;

    /// <summary>A hash consistent with <see cref="Equals(ClaimResult?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Claim);
        hash.Add(Description);
        hash.Add(Status);
        hash.Add(Detail);
        hash.Add(Milliseconds);
        hash.Add(Seed);
        hash.Add(ResourceLimit);
        hash.Add(SolverVersion);
        hash.Add(QueryHash);
        hash.Add(Query);
        hash.Add(ValueLists.Hash(ProvedBy));
        hash.Add(IndependentAnswer);
        return hash.ToHashCode();
    }

    /// <summary>The solvers (versions) that proved the claim: Z3 (unsat with both seeds), and the independent solver when it answered unsat too.</summary>
    public IReadOnlyList<string> ProvedBy { get; init; } = Array.Empty<string>();

    /// <summary>The independent solver's answer ("cvc5 version 1.0.3: unsat"), or null when none was asked.</summary>
    public string? IndependentAnswer { get; init; }
}
