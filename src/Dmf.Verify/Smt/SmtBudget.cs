namespace Dmf.Verify.Smt;

/// <summary>
/// A query's budget: Z3's resource limit first (reproducible across machines), its soft timeout second, and a hard
/// wall-clock limit after which the query is interrupted; the random seed pinned for reproducibility.
/// </summary>
public sealed record SmtBudget(long ResourceLimit, int TimeoutMilliseconds, int WallClockMilliseconds, int Seed)
{
    /// <summary>rlimit 20·10⁶, timeout 10 s, wall clock 15 s, seed 1.</summary>
    public static SmtBudget Default { get; } = new(20_000_000, 10_000, 15_000, 1);
}
