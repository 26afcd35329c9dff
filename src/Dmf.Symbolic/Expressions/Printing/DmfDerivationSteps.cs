using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Simplification;
using static Dmf.Symbolic.Expressions.Printing.InlineMath;

namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>
    /// The derivation of F's gradient and Hessian as a sequence of steps a student can follow, every equation
    /// produced by the engine (differentials, simplifier, namer), none typed in: expand F, take the differential,
    /// apply the product rule, move each Δ_l out with the trace identity, read off the gradient; then the second
    /// differential, the bilinear form, and the Hessian-vector product.
    /// </summary>
    internal static class DmfDerivationSteps
    {
        /// <summary>The steps for the objective's depth, for the selected derivatives.</summary>
        public static IReadOnlyList<DerivationStep> Build(DmfDerivation derivation, DerivativeSelection selection)
        {
            using var session = SimplificationCache.Enter();
            var objective = derivation.Objective;
            var namer = DmfCalculus.Namer(objective);
            var along = objective.AlongDirections;
            int depth = objective.Depth;
            var dl = Symbol("Delta", "l");
            var wl = Symbol("W", "l");
            var top = Symbol("d", Invariant($"{depth}"));
            var bottom = Symbol("d", "0");
            var dF = DerivationLabels.Differential;
            var steps = new List<DerivationStep>
            {
                new DerivationStep(
                    Prose.Of("The objective"),
                    Prose.Of(
                        "For depth ", Same(Invariant($"L = {depth}")), ", ", wl, " has shape ",
                        Text("d_l x d_(l-1)", "dₗ × dₗ₋₁", "d_{l} \\times d_{l-1}"), " and ", Symbol("Y"), " has shape ",
                        Text($"{top.Ascii} x {bottom.Ascii}", $"{top.Unicode} × {bottom.Unicode}", $"{top.Latex} \\times {bottom.Latex}"),
                        ". The data-fit term is the squared Frobenius norm of the residual of the end-to-end product."),
                    new[] { Equation.Objective(objective.Loss) }),
            };

            var deferred = Simplifier.Simplify(Differentiator.DifferentiateDeferringProducts(objective.Loss, along));
            steps.Add(new DerivationStep(
                Prose.Of("Take the differential"),
                Prose.Of(
                    "Vary every ", wl, " along a direction ", dl, " of the same shape. The rules ",
                    Text("d||A||_F^2 = 2<A, dA>", "d‖A‖² = 2⟨A, dA⟩", "\\mathrm{d}\\lVert A \\rVert_F^{2} = 2 \\langle A, \\mathrm{d}A \\rangle"), ", ",
                    Text("dY = 0", "dY = 0", "\\mathrm{d}Y = 0"), " and ",
                    Text("d(lambda_l ||W_l||_F^2) = 2 lambda_l <W_l, Delta_l>", "d(λₗ‖Wₗ‖²) = 2λₗ⟨Wₗ, Δₗ⟩", "\\mathrm{d}(\\lambda_{l} \\lVert W_{l} \\rVert_F^{2}) = 2 \\lambda_{l} \\langle W_{l}, \\Delta_{l} \\rangle"),
                    " leave the differential of the product to be found."),
                new[] { Equation.FirstDifferential(namer.Name(deferred)) }));

            // Names only the layer products here: this equation is the one that defines D.
            var productNamer = new SubexpressionNamer(objective.Layers, new (SymbolName, MatrixExpression)[0]);
            var productDifferential = Simplifier.Simplify(Differentiator.Differentiate(objective.EndToEnd, along));
            var differential = Simplifier.Simplify(Differentiator.Differentiate(objective.Loss, along));
            string endToEnd = Invariant($"{depth}:1");
            steps.Add(new DerivationStep(
                Prose.Of("Apply the product rule"),
                Prose.Of(
                    Text("d(A_1 ... A_n) = sum_k A_1 ... dA_k ... A_n", "d(A₁⋯Aₙ) = Σₖ A₁⋯dAₖ⋯Aₙ", "\\mathrm{d}(A_{1} \\cdots A_{n}) = \\sum_{k} A_{1} \\cdots \\mathrm{d}A_{k} \\cdots A_{n}"),
                    ": one term per layer, with ", dl, " in the place of ", wl, ". Name the residual ",
                    Text(Invariant($"E = W_{{{endToEnd}}} - Y"), Invariant($"E = W_{{{endToEnd}}} − Y"), Invariant($"E = W_{{{endToEnd}}} - Y")),
                    " and this first-order change of the product ", Symbol("D"), "."),
                new[]
                {
                    Equation.ProductDifferential(namer.Name(objective.EndToEnd), productNamer.Name(productDifferential)),
                    Equation.FirstDifferential(namer.Name(differential)),
                }));

            if ((selection & DerivativeSelection.Gradient) != 0)
            {
                var equations = new List<Equation>();
                for (int l = 0; l < depth; l++)
                {
                    var only = Restrict(differential, objective.Directions[l]);
                    var gradient = derivation.Gradient[l];
                    equations.Add(Equation.GradientPairing(l + 1, namer.Name(Simplifier.Simplify(only)), new InnerProduct(gradient, objective.Directions[l])));
                }

                steps.Add(new DerivationStep(
                    Prose.Of("Move each ", dl, " out with the trace identity"),
                    Prose.Of(
                        "Keep the terms of ", Text("dF", "dF", "\\mathrm{d}F"), " that contain ", dl, " and use ",
                        Text("<A, U*Delta*V> = <U^T*A*V^T, Delta>", "⟨A, UΔV⟩ = ⟨UᵀAVᵀ, Δ⟩", "\\langle A, U \\Delta V \\rangle = \\langle U^{\\top} A V^{\\top}, \\Delta \\rangle"),
                        " (and ",
                        Text("<A, U*Delta^T*V> = <V*A^T*U, Delta>", "⟨A, UΔᵀV⟩ = ⟨VAᵀU, Δ⟩", "\\langle A, U \\Delta^{\\top} V \\rangle = \\langle V A^{\\top} U, \\Delta \\rangle"),
                        ") so that ", dl, " stands alone on the right."),
                    equations));
                steps.Add(new DerivationStep(
                    Prose.Of("Read off the gradient"),
                    Prose.Of(
                        Text("dF[Delta] = sum_l <grad_{W_l} F, Delta_l>", "dF[Δ] = Σₗ ⟨∇_{Wₗ}F, Δₗ⟩", "\\mathrm{d}F[\\Delta] = \\sum_{l} \\langle \\nabla_{W_{l}} F, \\Delta_{l} \\rangle"),
                        ", so the left factor of each inner product is the gradient."),
                    Enumerable.Range(0, depth).Select(l => Equation.Gradient(l + 1, derivation.Gradient[l])).ToList()));
            }

            if ((selection & DerivativeSelection.HessianForm) != 0)
            {
                var secondDeferred = Simplifier.Simplify(Differentiator.DifferentiateDeferringProducts(differential, along));
                steps.Add(new DerivationStep(
                    Prose.Of("Differentiate once more"),
                    Prose.Of(
                        "Differentiate ", dF, " again along ", Symbol("Delta"), " (the directions are constants): ",
                        Text("dE = D", "dE = D", "\\mathrm{d}E = D"), ", ",
                        Text("d<W_l, Delta_l> = <Delta_l, Delta_l>", "d⟨Wₗ, Δₗ⟩ = ⟨Δₗ, Δₗ⟩", "\\mathrm{d}\\langle W_{l}, \\Delta_{l} \\rangle = \\langle \\Delta_{l}, \\Delta_{l} \\rangle"),
                        ", and every product in ", Symbol("D"), " needs the product rule again."),
                    new[] { Equation.SecondDifferential(namer.Name(secondDeferred)) }));
                steps.Add(new DerivationStep(
                    Prose.Of("Collect the second-order terms"),
                    Prose.Of(
                        "Each pair of layers ", Same("i < j"), " appears twice (once from each order of differentiation), and ",
                        Text("<D, D> = ||D||_F^2", "⟨D, D⟩ = ‖D‖²", "\\langle D, D \\rangle = \\lVert D \\rVert_F^{2}"), "."),
                    new[] { Equation.SecondDifferential(derivation.HessianQuadraticForm) }));
            }

            if ((selection & DerivativeSelection.HessianOperator) != 0)
            {
                steps.Add(new DerivationStep(
                    Prose.Of("The Hessian as a bilinear form"),
                    Prose.Of(
                        "Differentiating ", dF, " along a second direction ", Symbol("V"), " gives ", DerivationLabels.Bilinear, "; ",
                        Text("H[Delta, Delta]", "H[Δ, Δ]", "H[\\Delta, \\Delta]"), " is the quadratic form above."),
                    new[] { Equation.BilinearForm(derivation.HessianBilinearForm) }));
                steps.Add(new DerivationStep(
                    Prose.Of("The Hessian-vector product"),
                    Prose.Of(
                        DerivationLabels.Bilinear, " is linear in ", Symbol("Delta"), ": the trace identity moves each ", dl, " out, and ",
                        Text("H[Delta, V] = sum_l <(HV)_l, Delta_l>", "H[Δ, V] = Σₗ ⟨(HV)ₗ, Δₗ⟩", "H[\\Delta, V] = \\sum_{l} \\langle (HV)_{l}, \\Delta_{l} \\rangle"), "."),
                    Enumerable.Range(0, depth).Select(l => Equation.HessianVector(l + 1, derivation.HessianVectorProduct[l])).ToList()));
            }

            return steps;
        }

        /// <summary>The part of a form that involves only one direction: the other directions set to zero.</summary>
        private static ScalarExpression Restrict(ScalarExpression form, MatrixSymbol direction) =>
            ExpressionMap.Map(form, m => m is MatrixSymbol s && s.Role == SymbolRole.Direction && !s.Equals(direction) ? new ZeroMatrix(s.Shape) : null);
    }
}
