namespace Dmf.Verify.Smt;

/// <summary>What (check-sat) answered.</summary>
public enum SmtStatus
{
    /// <summary>Satisfiable: a model exists (for a negated claim: a counterexample candidate).</summary>
    Sat,

    /// <summary>Unsatisfiable (for a negated claim: the claim is proved).</summary>
    Unsat,

    /// <summary>Unknown: the budget ran out or the solver gave up; <see cref="SmtOutcome.ReasonUnknown"/> says why.</summary>
    Unknown,
}
