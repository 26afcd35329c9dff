namespace Dmf.Verify.Spectrum;

/// <summary>
/// The singular values' enclosures cannot decide a relation the verdicts need, and the exact path is out of reach: the
/// message names the value, what it meets and the enclosure's width. Never a guess: the caller reports it and stops
/// (the CLI with exit code 4).
/// </summary>
internal sealed class UndecidedSpectrumException : Exception
{
    /// <summary>With the undecided values and why the exact path was not taken.</summary>
    public UndecidedSpectrumException(IReadOnlyList<UndecidedValue> values, string why)
        : base($"undecided at this precision: {string.Join("; ", values.Take(3))}{(values.Count > 3 ? FormattableString.Invariant($" (and {values.Count - 3} more)") : string.Empty)}; {why}")
    {
        Values = values;
    }

    /// <summary>The values that could not be decided.</summary>
    public IReadOnlyList<UndecidedValue> Values { get; } = Array.Empty<UndecidedValue>();
}
