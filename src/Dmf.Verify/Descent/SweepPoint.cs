using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>One grid point: its value, the instance there, how many runs reached each outcome, and whether W = 0 is global there.</summary>
public sealed record SweepPoint(BigRational Value, DmfInstance Instance, IReadOnlyDictionary<SweepOutcome, int> Counts, int Runs, bool ZeroIsGlobal)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(SweepPoint? other) =>
        other is not null &&
        Equals(Value, other.Value) &&
        Equals(Instance, other.Instance) &&
        ValueLists.Equal(Counts, other.Counts) &&
        Runs == other.Runs &&
        ZeroIsGlobal == other.ZeroIsGlobal;

    /// <summary>A hash consistent with <see cref="Equals(SweepPoint?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Value, Instance, ValueLists.Hash(Counts), Runs, ZeroIsGlobal);

    /// <summary>The fraction of runs that reached <paramref name="outcome"/>.</summary>
    public double Fraction(SweepOutcome outcome) => Runs == 0 ? 0 : (double)Counts[outcome] / Runs;
}
