namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>What an equation of a derivation defines, for links from a formula to the code that computes it.</summary>
    internal enum DerivedQuantity
    {
        /// <summary>An intermediate equation of a step.</summary>
        None,

        /// <summary>F.</summary>
        Objective,

        /// <summary>dF[Δ] (the gradient program computes its adjoint).</summary>
        FirstDifferential,

        /// <summary>d(W_{L:1})[Δ] = D, the first-order change of the end-to-end product.</summary>
        ProductDifferential,

        /// <summary>∇_{W_l}F (<see cref="Equation.Layer"/> l).</summary>
        Gradient,

        /// <summary>d²F[Δ, Δ].</summary>
        SecondDifferential,

        /// <summary>H[Δ, V].</summary>
        BilinearForm,

        /// <summary>(HV)_l (<see cref="Equation.Layer"/> l).</summary>
        HessianVectorProduct,
    }
}
