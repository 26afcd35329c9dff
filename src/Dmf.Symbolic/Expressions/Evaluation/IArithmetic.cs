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

}
