using System.Collections.Generic;
using System.Linq;
using Dmf.Symbolic.Expressions.Simplification;

namespace Dmf.Symbolic.Expressions.Calculus
{
    /// <summary>What to derive.</summary>
    public enum DerivativeSelection
    {
        /// <summary>dF and the gradient.</summary>
        Gradient,

        /// <summary>The Hessian forms and the Hessian-vector product.</summary>
        Hessian,

        /// <summary>Everything.</summary>
        All,
    }

    /// <summary>
    /// Derives F's gradient and Hessian with the general engine: differentials (<see cref="Differentiator"/>),
    /// canonical simplification (<see cref="Simplifier"/>), gradient read-off by the trace identity
    /// (<see cref="LinearFormGradient"/>) and naming (<see cref="SubexpressionNamer"/>). Nothing here knows the
    /// closed forms; they come out of the rules.
    /// </summary>
    public static class DmfCalculus
    {
        /// <summary>Derives the selected derivatives of F for the objective's depth.</summary>
        public static DmfDerivation Derive(DmfObjective objective, DerivativeSelection selection = DerivativeSelection.All)
        {
            var namer = Namer(objective);
            var along = objective.AlongDirections;
            var differential = Simplifier.Simplify(Differentiator.Differentiate(objective.Loss, along));

            var gradient = new List<MatrixExpression>();
            ScalarExpression quadratic = new ScalarConstant(0);
            ScalarExpression bilinear = new ScalarConstant(0);
            var hessianVector = new List<MatrixExpression>();
            if (selection != DerivativeSelection.Hessian)
            {
                gradient.AddRange(objective.Directions.Select(d => namer.Name(LinearFormGradient.Extract(differential, d))));
            }

            if (selection != DerivativeSelection.Gradient)
            {
                quadratic = namer.Name(Simplifier.Simplify(Differentiator.Differentiate(differential, along)));
                var bilinearRaw = Simplifier.Simplify(Differentiator.Differentiate(differential, objective.AlongSecondDirections));
                bilinear = namer.Name(bilinearRaw);
                hessianVector.AddRange(objective.Directions.Select(d => namer.Name(LinearFormGradient.Extract(bilinearRaw, d))));
            }

            var named = new List<object> { namer.Name(differential), quadratic, bilinear };
            named.AddRange(gradient);
            named.AddRange(hessianVector);
            return new DmfDerivation(
                objective,
                namer.Name(differential),
                gradient,
                quadratic,
                bilinear,
                hessianVector,
                namer.AbbreviationsIn(named));
        }

        /// <summary>
        /// The namer for F's recurring sub-expressions: E = W_{L:1} − Y, D = d(W_{L:1})[Δ], D_V = d(W_{L:1})[V],
        /// and products of consecutive layers W_{j:i}.
        /// </summary>
        public static SubexpressionNamer Namer(DmfObjective objective) =>
            new SubexpressionNamer(objective.Layers, new (SymbolName, MatrixExpression)[]
            {
                (new SymbolName("E"), objective.Residual),
                (new SymbolName("D"), Differentiator.Differentiate(objective.EndToEnd, objective.AlongDirections)),
                (new SymbolName("D", "V"), Differentiator.Differentiate(objective.EndToEnd, objective.AlongSecondDirections)),
            });
    }
}
