namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>IEEE double arithmetic (rationals rounded to nearest).</summary>
    public sealed class DoubleArithmetic : IArithmetic<double>
    {
        /// <summary>The single instance.</summary>
        public static DoubleArithmetic Instance { get; } = new DoubleArithmetic();

        /// <inheritdoc/>
        public double Zero => 0.0;

        /// <inheritdoc/>
        public double Add(double a, double b) => a + b;

        /// <inheritdoc/>
        public double Multiply(double a, double b) => a * b;

        /// <inheritdoc/>
        public double FromRational(BigRational value) => value.ToDouble();
    }
}
