namespace Dmf.Symbolic.Expressions.Calculus
{
    /// <summary>
    /// The direction of a directional derivative: each parameter symbol W_l is varied along a direction symbol
    /// Δ_l of the same shape. Parameters not in the map are held constant.
    /// </summary>
    public sealed class DirectionMap
    {
        private readonly Dictionary<MatrixSymbol, MatrixSymbol> _directions;

        /// <summary>
        /// Pairs each parameter with its direction. Throws <see cref="ShapeMismatchException"/> when shapes differ
        /// and <see cref="ArgumentException"/> when a direction symbol is not of role <see cref="SymbolRole.Direction"/>.
        /// </summary>
        public DirectionMap(IEnumerable<(MatrixSymbol Parameter, MatrixSymbol Direction)> pairs)
        {
            _directions = new Dictionary<MatrixSymbol, MatrixSymbol>();
            foreach (var (parameter, direction) in pairs)
            {
                if (!Equals(parameter.Shape, direction.Shape))
                {
                    throw new ShapeMismatchException($"Direction {direction.Name} ({direction.Shape}) does not have the shape of {parameter.Name} ({parameter.Shape}).");
                }

                if (direction.Role != SymbolRole.Direction)
                {
                    throw new ArgumentException($"{direction.Name} is not a direction symbol.", nameof(pairs));
                }

                _directions[parameter] = direction;
            }
        }

        /// <summary>The directions, in insertion order of their parameters.</summary>
        public IReadOnlyCollection<MatrixSymbol> Directions => _directions.Values;

        /// <summary>The direction of a parameter, or null when it is held constant.</summary>
        public MatrixSymbol? DirectionOf(MatrixSymbol parameter) => _directions.TryGetValue(parameter, out var d) ? d : null;

        /// <summary>Pairs parameters[k] with directions[k].</summary>
        public static DirectionMap Zip(IReadOnlyList<MatrixSymbol> parameters, IReadOnlyList<MatrixSymbol> directions) =>
            new DirectionMap(parameters.Zip(directions, (p, d) => (p, d)));
    }
}
