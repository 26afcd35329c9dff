namespace Dmf.Verify.Descent;

/// <summary>The descent method.</summary>
public enum Optimizer
{
    /// <summary>Gradient descent, Barzilai–Borwein steps with Armijo backtracking (<see cref="GradientDescent"/>).</summary>
    GradientDescent,

    /// <summary>L-BFGS with Armijo backtracking (<see cref="Lbfgs"/>).</summary>
    Lbfgs,

    /// <summary>Gradient descent with the constant step η, no line search (<see cref="ConstantStepDescent"/>): the method of the edge-of-stability audit.</summary>
    ConstantStep,
}
