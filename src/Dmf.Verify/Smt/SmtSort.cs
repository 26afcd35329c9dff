namespace Dmf.Verify.Smt;

/// <summary>The sorts the queries use.</summary>
public enum SmtSort
{
    /// <summary>Real.</summary>
    Real,

    /// <summary>Bool.</summary>
    Bool,
}
