namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>Left = Right, each side an expression or a <see cref="NotationText"/>.</summary>
    internal sealed record Equation(object Left, object Right)
    {
        /// <summary>What the equation defines (None for intermediate equations).</summary>
        public DerivedQuantity Quantity { get; init; }

        /// <summary>The layer l, 1-based, of a gradient or Hessian-vector block; 0 otherwise.</summary>
        public int Layer { get; init; }

        /// <summary>F = … .</summary>
        public static Equation Objective(ScalarExpression loss) => new Equation(DerivationLabels.Objective, loss) { Quantity = DerivedQuantity.Objective };

        /// <summary>The part of dF[Δ] in Δ_l = ⟨∇_{W_l}F, Δ_l⟩ (l 1-based): the gradient read off by the trace identity.</summary>
        public static Equation GradientPairing(int layer, ScalarExpression part, ScalarExpression pairing) =>
            new Equation(part, pairing) { Quantity = DerivedQuantity.Gradient, Layer = layer };

        /// <summary>∇_{W_l}F = … (l 1-based).</summary>
        public static Equation Gradient(int layer, MatrixExpression gradient) =>
            new Equation(DerivationLabels.Gradient(layer), gradient) { Quantity = DerivedQuantity.Gradient, Layer = layer };

        /// <summary>dF[Δ] = … (any of its forms).</summary>
        public static Equation FirstDifferential(ScalarExpression form) =>
            new Equation(DerivationLabels.Differential, form) { Quantity = DerivedQuantity.FirstDifferential };

        /// <summary>d(W_{L:1}) = … .</summary>
        public static Equation ProductDifferential(MatrixExpression product, MatrixExpression differential) =>
            new Equation(new MatrixDifferential(product), differential) { Quantity = DerivedQuantity.ProductDifferential };

        /// <summary>d²F[Δ, Δ] = … .</summary>
        public static Equation SecondDifferential(ScalarExpression form) =>
            new Equation(DerivationLabels.SecondDifferential, form) { Quantity = DerivedQuantity.SecondDifferential };

        /// <summary>H[Δ, V] = … .</summary>
        public static Equation BilinearForm(ScalarExpression form) =>
            new Equation(DerivationLabels.Bilinear, form) { Quantity = DerivedQuantity.BilinearForm };

        /// <summary>(HV)_l = … (l 1-based).</summary>
        public static Equation HessianVector(int layer, MatrixExpression product) =>
            new Equation(DerivationLabels.HessianVector(layer), product) { Quantity = DerivedQuantity.HessianVectorProduct, Layer = layer };

        /// <summary>Renders one side.</summary>
        public static string Render(object side, ExpressionPrinter printer) => side switch
        {
            MatrixExpression m => printer.Print(m),
            ScalarExpression s => printer.Print(s),
            NotationText t => t.In(printer.Notation),
            _ => throw new ArgumentException($"Cannot render {side.GetType().Name} in an equation."),
        };
    }

}
