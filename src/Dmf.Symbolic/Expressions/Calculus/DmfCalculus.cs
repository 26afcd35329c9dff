using Dmf.Symbolic.Expressions.Simplification;

namespace Dmf.Symbolic.Expressions.Calculus
{
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
            using var session = SimplificationCache.Enter();
            var namer = Namer(objective);
            var along = objective.AlongDirections;
            var differentialTerms = Simplifier.NormalizeScalar(Differentiator.Differentiate(objective.Loss, along));
            var differential = Simplifier.Rebuild(differentialTerms);

            var gradient = new List<MatrixExpression>();
            ScalarExpression quadratic = new ScalarConstant(0);
            ScalarExpression bilinear = new ScalarConstant(0);
            var hessianVector = new List<MatrixExpression>();
            if ((selection & DerivativeSelection.Gradient) != 0)
            {
                gradient.AddRange(LinearFormGradient.ExtractAll(differentialTerms, objective.Directions).Select(namer.Name));
            }

            if ((selection & DerivativeSelection.HessianForm) != 0)
            {
                quadratic = namer.Name(Simplifier.Simplify(Differentiator.Differentiate(differential, along)));
            }

            if ((selection & DerivativeSelection.HessianOperator) != 0)
            {
                var bilinearTerms = Simplifier.NormalizeScalar(Differentiator.Differentiate(differential, objective.AlongSecondDirections));
                bilinear = namer.Name(Simplifier.Rebuild(bilinearTerms));
                hessianVector.AddRange(LinearFormGradient.ExtractAll(bilinearTerms, objective.Directions).Select(namer.Name));
            }

            var namedDifferential = namer.Name(differential);
            var named = new List<object> { namedDifferential, quadratic, bilinear };
            named.AddRange(gradient);
            named.AddRange(hessianVector);
            return new DmfDerivation(
                objective,
                namedDifferential,
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
