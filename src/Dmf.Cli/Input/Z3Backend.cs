using Dmf.Verify.Smt;

namespace Dmf.Cli.Input;

/// <summary>
/// The Z3 every command uses: worker processes over the system libz3 (<see cref="WorkerZ3"/>), started once per
/// process and shared, so that no solver call can hang the tool. If it cannot start, a one-line usage error says why.
/// </summary>
internal static class Z3Backend
{
    private static readonly Lazy<WorkerZ3> Workers = new(() => WorkerZ3.Start());

    /// <summary>
    /// The independent second solver of --second-solver: "cvc5" (a missing executable is a usage error), "auto" (cvc5 when
    /// it is on PATH, none otherwise) or "none".
    /// </summary>
    public static ISmtSolver? Independent(string name)
    {
        if (name is not ("auto" or "cvc5" or "none"))
        {
            throw new UsageException($"--second-solver must be auto, cvc5 or none, got '{name}'");
        }

        if (name == "none")
        {
            return null;
        }

        try
        {
            return new ProcessCvc5();
        }
        catch (SmtUnavailableException exception)
        {
            return name == "auto" ? null : throw new UsageException("--second-solver cvc5: " + exception.Message);
        }
    }

    /// <summary>The shared workers.</summary>
    public static WorkerZ3 Start()
    {
        try
        {
            return Workers.Value;
        }
        catch (SmtUnavailableException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}
