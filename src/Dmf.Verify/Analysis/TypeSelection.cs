using Dmf.Verify.Numerics;

namespace Dmf.Verify.Analysis;

/// <summary>Which types to list.</summary>
public enum TypeSelection
{
    /// <summary>Every type.</summary>
    All,

    /// <summary>Local (and global) minimizers only — enumerated from the short ordered list, never by filtering all types.</summary>
    Minimizers,

    /// <summary>Strict and non-strict saddles.</summary>
    Saddles,
}
