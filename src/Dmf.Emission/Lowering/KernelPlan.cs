namespace Dmf.Emission.Lowering
{
    /// <summary>Where a matrix lives at run time.</summary>
    internal enum BufferKind
    {
        /// <summary>W_l, a slice of the packed parameters w.</summary>
        Parameter,

        /// <summary>V_l, a slice of the packed direction v.</summary>
        Direction,

        /// <summary>Y, from the problem.</summary>
        Data,

        /// <summary>A workspace slot.</summary>
        Slot,

        /// <summary>The l-th block of the output span (gradient or Hessian-vector product).</summary>
        Output,
    }

    /// <summary>A matrix buffer: kind, index (layer or slot), and its shape as indices into the widths d_0..d_L.</summary>
    internal readonly struct Buffer
    {
        public Buffer(BufferKind kind, int index, int rows, int columns)
        {
            (Kind, Index, Rows, Columns) = (kind, index, rows, columns);
        }

        public BufferKind Kind { get; }

        public int Index { get; }

        public int Rows { get; }

        public int Columns { get; }

        /// <summary>True when both name the same storage (kind and index).</summary>
        public bool IsSame(Buffer other) => Kind == other.Kind && Index == other.Index;

        /// <summary>The storage it names (kind and index), as a key.</summary>
        public (BufferKind Kind, int Index) Storage => (Kind, Index);
    }

    /// <summary>A buffer read as is or transposed.</summary>
    internal readonly struct Operand
    {
        public Operand(Buffer buffer, bool transposed)
        {
            Buffer = buffer;
            Transposed = transposed;
        }

        public Buffer Buffer { get; }

        public bool Transposed { get; }

        public int Rows => Transposed ? Buffer.Columns : Buffer.Rows;

        public int Columns => Transposed ? Buffer.Rows : Buffer.Columns;

        public Operand Transpose() => new Operand(Buffer, !Transposed);
    }

    /// <summary>A scalar factor c·Π λ_l (λ indices 1-based).</summary>
    internal sealed class Coefficient
    {
        public Coefficient(double constant, IReadOnlyList<int> lambdas)
        {
            Constant = constant;
            Lambdas = lambdas;
        }

        public double Constant { get; }

        public IReadOnlyList<int> Lambdas { get; }

        public Coefficient Times(Coefficient other)
        {
            var lambdas = new List<int>(Lambdas);
            lambdas.AddRange(other.Lambdas);
            return new Coefficient(Constant * other.Constant, lambdas);
        }

        public static Coefficient One { get; } = new Coefficient(1, new int[0]);

        /// <summary>c times this coefficient.</summary>
        public Coefficient Scaled(double c) => new Coefficient(Constant * c, Lambdas);
    }

    /// <summary>One step of a kernel. Immutable: passes over a plan build new instructions.</summary>
    internal abstract class Instruction
    {
        protected Instruction(string comment) => Comment = comment;

        /// <summary>What it computes, in the math's notation, for the provenance comment.</summary>
        public string Comment { get; }

        /// <summary>The buffer it writes.</summary>
        public abstract Buffer Target { get; }

        /// <summary>The buffers it reads (besides the target when accumulating).</summary>
        public abstract IReadOnlyList<Buffer> Sources { get; }

        /// <summary>True when it adds to the target instead of overwriting it.</summary>
        public abstract bool Accumulate { get; }

        /// <summary>Every buffer it touches: the target, then the sources.</summary>
        public IEnumerable<Buffer> Buffers
        {
            get
            {
                yield return Target;
                foreach (var source in Sources)
                {
                    yield return source;
                }
            }
        }
    }

    /// <summary>Target = α·op(A)·op(B) (+ Target when accumulating).</summary>
    internal sealed class MultiplyInstruction : Instruction
    {
        public MultiplyInstruction(Buffer target, Coefficient alpha, Operand a, Operand b, bool accumulate, string comment)
            : base(comment)
        {
            (Target, Alpha, A, B, Accumulate) = (target, alpha, a, b, accumulate);
        }

        public override Buffer Target { get; }

        public override IReadOnlyList<Buffer> Sources => new[] { A.Buffer, B.Buffer };

        public Coefficient Alpha { get; }

        public Operand A { get; }

        public Operand B { get; }

        public override bool Accumulate { get; }
    }

    /// <summary>Target = α·X or α·Xᵀ (+ Target when accumulating).</summary>
    internal sealed class ScaledCopyInstruction : Instruction
    {
        public ScaledCopyInstruction(Buffer target, Coefficient alpha, Buffer source, bool transposeSource, bool accumulate, string comment)
            : base(comment)
        {
            (Target, Alpha, Source, TransposeSource, Accumulate) = (target, alpha, source, transposeSource, accumulate);
        }

        public override Buffer Target { get; }

        public override IReadOnlyList<Buffer> Sources => new[] { Source };

        public Coefficient Alpha { get; }

        public Buffer Source { get; }

        public bool TransposeSource { get; }

        public override bool Accumulate { get; }
    }

    /// <summary>A workspace slot: its shape (width indices) and what it holds.</summary>
    internal sealed class SlotInfo
    {
        public SlotInfo(int rows, int columns, string meaning)
        {
            Rows = rows;
            Columns = columns;
            Meaning = meaning;
        }

        public int Rows { get; }

        public int Columns { get; }

        public string Meaning { get; }
    }
}
