namespace Dmf.Emission.Lowering
{
    /// <summary>A scalar a kernel computes from its buffers after the matrix instructions (the loss): lowered, not printed.</summary>
    internal abstract class ScalarValue
    {
    }

    /// <summary>A constant.</summary>
    internal sealed class ConstantValue : ScalarValue
    {
        public ConstantValue(double value) => Value = value;

        public double Value { get; }
    }

    /// <summary>λ_l (1-based).</summary>
    internal sealed class LambdaValue : ScalarValue
    {
        public LambdaValue(int layer) => Layer = layer;

        public int Layer { get; }
    }

    /// <summary>A sum of scalars.</summary>
    internal sealed class SumValue : ScalarValue
    {
        public SumValue(IEnumerable<ScalarValue> terms) => Terms = terms.ToArray();

        public IReadOnlyList<ScalarValue> Terms { get; }
    }

    /// <summary>A product of scalars.</summary>
    internal sealed class ProductValue : ScalarValue
    {
        public ProductValue(IEnumerable<ScalarValue> factors) => Factors = factors.ToArray();

        public IReadOnlyList<ScalarValue> Factors { get; }
    }

    /// <summary>⟨A, B⟩ = Σ_ij A_ij·B_ij of two buffers of one shape, read the same way.</summary>
    internal sealed class DotValue : ScalarValue
    {
        public DotValue(Operand left, Operand right)
        {
            Left = left;
            Right = right;
        }

        public Operand Left { get; }

        public Operand Right { get; }
    }
}
