using Dmf.Verify.Landscape;

namespace Dmf.Verify.Descent;

/// <summary>Where one descent of a sweep ended, by the class of the critical point it reached.</summary>
public enum SweepOutcome
{
    /// <summary>A global minimizer other than W = 0.</summary>
    Global,

    /// <summary>A local minimizer that is not global, other than W = 0.</summary>
    Spurious,

    /// <summary>W = 0 (the type with no active index), whether it is global or spurious there.</summary>
    Zero,

    /// <summary>A saddle (strict or not).</summary>
    Saddle,

    /// <summary>The run did not converge or its end was not identified.</summary>
    Other,
}
