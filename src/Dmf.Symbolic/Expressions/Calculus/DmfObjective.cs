namespace Dmf.Symbolic.Expressions.Calculus
{
    /// <summary>
    /// The regularized deep matrix factorization objective for depth L, built from expression nodes:
    /// F(W) = ‖W_L⋯W_1 − Y‖_F² + Σ_l λ_l ‖W_l‖_F², with W_l : d_l × d_{l−1}, Y : d_L × d_0, and direction
    /// symbols Δ_l and V_l (same shapes as W_l) for directional derivatives.
    /// </summary>
    public sealed record DmfObjective(
        int Depth,
        EquatableArray<MatrixSymbol> Layers,
        MatrixSymbol Data,
        EquatableArray<ScalarSymbol> Regularizations,
        EquatableArray<MatrixSymbol> Directions,
        EquatableArray<MatrixSymbol> SecondDirections,
        MatrixExpression EndToEnd,
        MatrixExpression Residual,
        ScalarExpression Loss)
    {
        /// <summary>Largest depth the builder accepts.</summary>
        public const int MaxDepth = 64;

        /// <summary>Builds F for depth L. Throws <see cref="ArgumentOutOfRangeException"/> unless 2 ≤ L ≤ 64.</summary>
        public static DmfObjective Create(int depth)
        {
            if (depth < 2 || depth > MaxDepth)
            {
                throw new ArgumentOutOfRangeException(nameof(depth), depth, Invariant($"The depth L must be between 2 and {MaxDepth}."));
            }

            Shape LayerShape(int l) => new Shape(Dimension.Width(l), Dimension.Width(l - 1));
            var layers = Enumerable.Range(1, depth).Select(l => Expr.Symbol(SymbolName.Indexed("W", l), LayerShape(l), SymbolRole.Parameter)).ToEquatableArray();
            var directions = Enumerable.Range(1, depth).Select(l => Expr.Symbol(SymbolName.Indexed("Delta", l), LayerShape(l), SymbolRole.Direction)).ToEquatableArray();
            var second = Enumerable.Range(1, depth).Select(l => Expr.Symbol(SymbolName.Indexed("V", l), LayerShape(l), SymbolRole.Direction)).ToEquatableArray();
            var lambdas = Enumerable.Range(1, depth).Select(l => new ScalarSymbol(SymbolName.Indexed("lambda", l))).ToEquatableArray();
            var data = Expr.Symbol(new SymbolName("Y"), new Shape(Dimension.Width(depth), Dimension.Width(0)), SymbolRole.Data);

            var endToEnd = Expr.Product(layers.Reverse());
            var residual = Expr.Difference(endToEnd, data);
            var loss = Expr.Add(new[] { Expr.SquaredNorm(residual) }.Concat(
                Enumerable.Range(0, depth).Select(k => Expr.Multiply(lambdas[k], Expr.SquaredNorm(layers[k])))));
            return new DmfObjective(depth, layers, data, lambdas, directions, second, endToEnd, residual, loss);
        }

        /// <summary>Varies W_l along Δ_l.</summary>
        public DirectionMap AlongDirections => DirectionMap.Zip(Layers, Directions);

        /// <summary>Varies W_l along V_l.</summary>
        public DirectionMap AlongSecondDirections => DirectionMap.Zip(Layers, SecondDirections);
    }
}
