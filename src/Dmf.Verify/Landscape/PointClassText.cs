namespace Dmf.Verify.Landscape;

/// <summary>Text forms of <see cref="PointClass"/>.</summary>
public static class PointClassText
{
    /// <summary>"global minimizer", "local minimizer", "strict saddle", "non-strict saddle".</summary>
    public static string Name(this PointClass value) => value switch
    {
        PointClass.GlobalMinimizer => "global minimizer",
        PointClass.LocalMinimizer => "local minimizer",
        PointClass.StrictSaddle => "strict saddle",
        _ => "non-strict saddle",
    };

    /// <summary>The JSON key: "global-minimizer", "local-minimizer", "strict-saddle", "non-strict-saddle".</summary>
    public static string Key(this PointClass value) => value.Name().Replace(' ', '-');
}
