namespace Dmf.Symbolic.Expressions
{
    /// <summary>The output notations of <see cref="ExpressionPrinter"/>.</summary>
    public enum Notation
    {
        /// <summary>Plain ASCII: W_3*W_2^T, lambda_1, &lt;A, B&gt;, ||A||_F^2.</summary>
        Ascii,

        /// <summary>Unicode: W₃W₂ᵀ, λ₁, ⟨A, B⟩, ‖A‖²_F.</summary>
        Unicode,

        /// <summary>LaTeX math: W_{3} W_{2}^{\top}, \lambda_{1}, \langle A, B \rangle, \lVert A \rVert_F^{2}.</summary>
        Latex,
    }
}
