using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>One grid point: its value, the instance there, how many runs reached each outcome, and whether W = 0 is global there.</summary>
public sealed record SweepPoint(BigRational Value, DmfInstance Instance, IReadOnlyDictionary<SweepOutcome, int> Counts, int Runs, bool ZeroIsGlobal)
{
    /// <summary>The fraction of runs that reached <paramref name="outcome"/>.</summary>
    public double Fraction(SweepOutcome outcome) => Runs == 0 ? 0 : (double)Counts[outcome] / Runs;
}
