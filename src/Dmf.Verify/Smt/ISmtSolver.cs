namespace Dmf.Verify.Smt;

/// <summary>A Z3 backend: runs a script's (check-sat) and follows up with (get-model) or (get-info :reason-unknown).</summary>
public interface ISmtSolver
{
    /// <summary>The solver's full version string (e.g. "Z3 4.8.12.0").</summary>
    string Version { get; }

    /// <summary>Runs the query within the budget; unknown and timeouts are results, not exceptions.</summary>
    SmtOutcome Check(SmtScript script, SmtBudget budget);
}
