using System.Collections.Generic;
using System.Linq;
using Dmf.Symbolic.Expressions.Printing;
using Dmf.Symbolic.Expressions.Simplification;
using static System.FormattableString;

namespace Dmf.Symbolic.Expressions.Calculus
{
    /// <summary>
    /// The derivation of F's gradient and Hessian as a sequence of steps a student can follow, every equation
    /// produced by the engine (differentials, simplifier, namer), none typed in: expand F, take the differential,
    /// apply the product rule, move each Δ_l out with the trace identity, read off the gradient; then the second
    /// differential, the bilinear form, and the Hessian-vector product.
    /// </summary>
    public static class DmfDerivationSteps
    {
        /// <summary>The steps for the objective's depth, for the selected derivatives.</summary>
        public static IReadOnlyList<DerivationStep> Build(DmfDerivation derivation, DerivativeSelection selection)
        {
            using var session = SimplificationCache.Enter();
            var objective = derivation.Objective;
            var namer = DmfCalculus.Namer(objective);
            var along = objective.AlongDirections;
            int depth = objective.Depth;
            var steps = new List<DerivationStep>
            {
                new DerivationStep(
                    "The objective",
                    Invariant($"For depth L = {depth}, W_l has shape d_l x d_(l-1) and Y has shape d_{depth} x d_0. ") +
                    "The data-fit term is the squared Frobenius norm of the residual of the end-to-end product.",
                    new[] { new Equation(DerivationLabels.Objective, objective.Loss) }),
            };

            var deferred = Simplifier.Simplify(Differentiator.DifferentiateDeferringProducts(objective.Loss, along));
            steps.Add(new DerivationStep(
                "Take the differential",
                "Vary every W_l along a direction Delta_l of the same shape. The rules d||A||^2 = 2<A, dA>, dY = 0 and " +
                "d(lambda_l ||W_l||^2) = 2 lambda_l <W_l, Delta_l> leave the differential of the product to be found.",
                new[] { new Equation(DerivationLabels.Differential, namer.Name(deferred)) }));

            // Names only the layer products here: this equation is the one that defines D.
            var productNamer = new SubexpressionNamer(objective.Layers, new (SymbolName, MatrixExpression)[0]);
            var productDifferential = Simplifier.Simplify(Differentiator.Differentiate(objective.EndToEnd, along));
            var differential = Simplifier.Simplify(Differentiator.Differentiate(objective.Loss, along));
            steps.Add(new DerivationStep(
                "Apply the product rule",
                "d(A_1 ... A_n) = sum over k of A_1 ... dA_k ... A_n: one term per layer, with Delta_l in the place of W_l. " +
                "Name the residual E = W_{L:1} - Y and this first-order change of the product D.",
                new[]
                {
                    new Equation(new MatrixDifferential(namer.Name(objective.EndToEnd)), productNamer.Name(productDifferential)),
                    new Equation(DerivationLabels.Differential, namer.Name(differential)),
                }));

            if ((selection & DerivativeSelection.Gradient) != 0)
            {
                var equations = new List<Equation>();
                for (int l = 0; l < depth; l++)
                {
                    var only = Restrict(differential, objective.Directions[l]);
                    var gradient = derivation.Gradient[l];
                    equations.Add(new Equation(namer.Name(Simplifier.Simplify(only)), new InnerProduct(gradient, objective.Directions[l])));
                }

                steps.Add(new DerivationStep(
                    "Move each Delta_l out with the trace identity",
                    "Keep the terms of dF that contain Delta_l and use <A, U Delta V> = <U^T A V^T, Delta> " +
                    "(and <A, U Delta^T V> = <V A^T U, Delta>) so that Delta_l stands alone on the right.",
                    equations));
                steps.Add(new DerivationStep(
                    "Read off the gradient",
                    "dF[Delta] = sum over l of <grad_{W_l} F, Delta_l>, so the left factor of each inner product is the gradient.",
                    Enumerable.Range(0, depth).Select(l => new Equation(DerivationLabels.Gradient(l + 1), derivation.Gradient[l])).ToList()));
            }

            if ((selection & DerivativeSelection.HessianForm) != 0)
            {
                var secondDeferred = Simplifier.Simplify(Differentiator.DifferentiateDeferringProducts(differential, along));
                steps.Add(new DerivationStep(
                    "Differentiate once more",
                    "Differentiate dF[Delta] again along Delta (the directions are constants): dE = D, " +
                    "d<W_l, Delta_l> = <Delta_l, Delta_l>, and every product in D needs the product rule again.",
                    new[] { new Equation(DerivationLabels.SecondDifferential, namer.Name(secondDeferred)) }));
                steps.Add(new DerivationStep(
                    "Collect the second-order terms",
                    "Each pair of layers i < j appears twice (once from each order of differentiation), and <D, D> = ||D||^2.",
                    new[] { new Equation(DerivationLabels.SecondDifferential, derivation.HessianQuadraticForm) }));
            }

            if ((selection & DerivativeSelection.HessianOperator) != 0)
            {
                steps.Add(new DerivationStep(
                    "The Hessian as a bilinear form",
                    "Differentiating dF[Delta] along a second direction V gives H[Delta, V]; H[Delta, Delta] is the quadratic form above.",
                    new[] { new Equation(DerivationLabels.Bilinear, derivation.HessianBilinearForm) }));
                steps.Add(new DerivationStep(
                    "The Hessian-vector product",
                    "H[Delta, V] is linear in Delta: the trace identity moves each Delta_l out, and H[Delta, V] = sum over l of <(HV)_l, Delta_l>.",
                    Enumerable.Range(0, depth).Select(l => new Equation(DerivationLabels.HessianVector(l + 1), derivation.HessianVectorProduct[l])).ToList()));
            }

            return steps;
        }

        /// <summary>The part of a form that involves only one direction: the other directions set to zero.</summary>
        private static ScalarExpression Restrict(ScalarExpression form, MatrixSymbol direction) =>
            ExpressionMap.Map(form, m => m is MatrixSymbol s && s.Role == SymbolRole.Direction && !s.Equals(direction) ? new ZeroMatrix(s.Shape) : null);
    }
}
