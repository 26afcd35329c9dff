namespace Dmf.Symbolic.Expressions.Calculus
{
    /// <summary>What to derive (flags; dF[Δ] is always derived).</summary>
    [System.Flags]
    public enum DerivativeSelection
    {
        /// <summary>The gradient ∇_{W_l} F.</summary>
        Gradient = 1,

        /// <summary>The Hessian quadratic form d²F[Δ, Δ].</summary>
        HessianForm = 2,

        /// <summary>The Hessian as an operator: the bilinear form H[Δ, V] and the Hessian-vector product (HV)_l.</summary>
        HessianOperator = 4,

        /// <summary>The Hessian form and operator.</summary>
        Hessian = HessianForm | HessianOperator,

        /// <summary>Everything.</summary>
        All = Gradient | Hessian,
    }
}
