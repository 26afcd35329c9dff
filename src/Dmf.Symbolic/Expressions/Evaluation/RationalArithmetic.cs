namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>Exact rational arithmetic.</summary>
    public sealed class RationalArithmetic : IArithmetic<BigRational>
    {
        /// <summary>The single instance.</summary>
        public static RationalArithmetic Instance { get; } = new RationalArithmetic();

        /// <inheritdoc/>
        public BigRational Zero => BigRational.Zero;

        /// <inheritdoc/>
        public BigRational Add(BigRational a, BigRational b) => a + b;

        /// <inheritdoc/>
        public BigRational Multiply(BigRational a, BigRational b) => a * b;

        /// <inheritdoc/>
        public BigRational FromRational(BigRational value) => value;
    }
}
