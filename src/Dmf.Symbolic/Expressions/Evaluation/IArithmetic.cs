using Dmf.Symbolic.Exact;

namespace Dmf.Symbolic.Expressions.Evaluation
{
    /// <summary>The number field an expression is evaluated in (double, exact rationals, or anything with + and ×).</summary>
    public interface IArithmetic<T>
    {
        /// <summary>0.</summary>
        T Zero { get; }

        /// <summary>a + b.</summary>
        T Add(T a, T b);

        /// <summary>a · b.</summary>
        T Multiply(T a, T b);

        /// <summary>The field element for an exact rational.</summary>
        T FromRational(BigRational value);
    }

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
