using Dmf.Verify.Landscape;

namespace Dmf.Plots;

/// <summary>Readable class names for legends and titles.</summary>
internal static class ClassText
{
    /// <summary>"global minimizer", "local minimizer", "strict saddle", "non-strict saddle".</summary>
    public static string Of(PointClass value) => value switch
    {
        PointClass.GlobalMinimizer => "global minimizer",
        PointClass.LocalMinimizer => "local minimizer",
        PointClass.StrictSaddle => "strict saddle",
        _ => "non-strict saddle",
    };
}
