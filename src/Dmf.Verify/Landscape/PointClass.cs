namespace Dmf.Verify.Landscape;

/// <summary>The class of a critical point (docs/theory.md §3).</summary>
public enum PointClass
{
    /// <summary>A global minimizer (also a local one).</summary>
    GlobalMinimizer,

    /// <summary>A local minimizer that is not global (spurious).</summary>
    LocalMinimizer,

    /// <summary>A saddle with a direction of negative curvature.</summary>
    StrictSaddle,

    /// <summary>A saddle whose Hessian is positive semidefinite (F decreases only at third order).</summary>
    NonStrictSaddle,
}
