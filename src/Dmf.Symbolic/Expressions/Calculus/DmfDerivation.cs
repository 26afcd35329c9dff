namespace Dmf.Symbolic.Expressions.Calculus
{
    /// <summary>
    /// The derivatives of F derived symbolically for one depth, simplified and with named sub-expressions.
    /// The Hessian is an operator: the quadratic form d²F[Δ, Δ], the bilinear form H[Δ, V] and the
    /// Hessian-vector product (HV)_l per layer — never a flattened tensor.
    /// </summary>
    /// <param name="Objective">F and its symbols.</param>
    /// <param name="Differential">dF[Δ].</param>
    /// <param name="Gradient">∇_{W_l} F for l = 1..L.</param>
    /// <param name="HessianQuadraticForm">d²F[Δ, Δ].</param>
    /// <param name="HessianBilinearForm">H[Δ, V] = d(dF[Δ])[V].</param>
    /// <param name="HessianVectorProduct">(HV)_l, the gradient of H[Δ, V] with respect to Δ_l, for l = 1..L.</param>
    /// <param name="Abbreviations">The named sub-expressions used (E, D, D_V, W_{j:i}), each with its definition.</param>
    public sealed record DmfDerivation(
        DmfObjective Objective,
        ScalarExpression Differential,
        IReadOnlyList<MatrixExpression> Gradient,
        ScalarExpression HessianQuadraticForm,
        ScalarExpression HessianBilinearForm,
        IReadOnlyList<MatrixExpression> HessianVectorProduct,
        IReadOnlyList<NamedMatrix> Abbreviations);
}
