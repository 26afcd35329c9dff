namespace Dmf.Verify.Analysis;

/// <summary>
/// One layer's gradient at a worked point: ∇_{W_l} F = data term + penalty term (the data term is the kernels' gradient
/// minus 2λ_l W_l). A class, not a record: it holds matrices, which compare by reference.
/// </summary>
/// <param name="data">2 W_{L:l+1}ᵀ E W_{l−1:1}ᵀ.</param>
/// <param name="penalty">2 λ_l W_l.</param>
/// <param name="total">The kernels' ∇_{W_l} F.</param>
internal sealed class WorkedGradient(double[,] data, double[,] penalty, double[,] total)
{
    /// <summary>2 W_{L:l+1}ᵀ E W_{l−1:1}ᵀ.</summary>
    public double[,] Data { get; } = data;

    /// <summary>2 λ_l W_l.</summary>
    public double[,] Penalty { get; } = penalty;

    /// <summary>The kernels' ∇_{W_l} F.</summary>
    public double[,] Total { get; } = total;
}
