using System.Collections.Generic;
using System.Linq;
using Dmf.Generators.Lowering;

namespace Dmf.Generators.Emission
{
    internal sealed partial class KernelEmitter
    {
        private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
        private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";

        /// <summary>
        /// With fixed widths: a product becomes constant-size vector code (<see cref="TryVectorize"/>) or, when tiny and
        /// not vectorizable, straight scalar statements with constant indices; a tiny copy becomes scalar statements.
        /// An <paramref name="addend"/> (T += β·X right after the product T = α·op(A)·op(B)) is fused into the stores.
        /// False when the runtime routines should do it.
        /// </summary>
        private bool TryUnroll(SourceWriter w, Instruction instruction, int[] widths, ScaledCopyInstruction? addend)
        {
            switch (instruction)
            {
                case MultiplyInstruction m:
                    int rows = widths[m.A.Rows];
                    int columns = widths[m.B.Columns];
                    int inner = widths[m.A.Columns];
                    if (TryVectorize(w, m, rows, columns, inner, addend))
                    {
                        return true;
                    }

                    if (rows * columns * inner > UnrollLimit)
                    {
                        return false;
                    }

                    w.OpenBlock();
                    string alpha = Hoist(w, "uAlpha", m.Alpha);
                    string beta = addend is null ? string.Empty : Hoist(w, "uBeta", addend.Alpha);
                    for (int i = 0; i < rows; i++)
                    {
                        for (int j = 0; j < columns; j++)
                        {
                            int index = (i * columns) + j;
                            string value = Scaled(alpha, TreeSum(Enumerable.Range(0, inner).Select(k => $"({Element(m.A, i, k, widths)} * {Element(m.B, k, j, widths)})").ToList()));
                            if (addend != null)
                            {
                                value += " + " + Scaled(beta, $"{Name(addend.Source)}[{index}]");
                            }

                            w.Line($"{Name(m.Target)}[{index}] {(m.Accumulate ? "+=" : "=")} {value};");
                        }
                    }

                    w.Close();
                    return true;
                case ScaledCopyInstruction c when addend is null:
                    int sourceRows = widths[c.Source.Rows];
                    int sourceColumns = widths[c.Source.Columns];
                    if (sourceRows * sourceColumns > UnrollLimit)
                    {
                        return false;
                    }

                    var source = new Operand(c.Source, c.TransposeSource);
                    int targetRows = widths[source.Rows];
                    int targetColumns = widths[source.Columns];
                    w.OpenBlock();
                    string scale = Hoist(w, "uAlpha", c.Alpha);
                    for (int i = 0; i < targetRows; i++)
                    {
                        for (int j = 0; j < targetColumns; j++)
                        {
                            w.Line($"{Name(c.Target)}[{(i * targetColumns) + j}] {(c.Accumulate ? "+=" : "=")} {Scaled(scale, Element(source, i, j, widths))};");
                        }
                    }

                    w.Close();
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Largest m·n·k emitted as a constant-size vector loop (beyond it the runtime GEMM's cache blocking wins).</summary>
        internal const int VectorizeLimit = 32 * 32 * 32;

        /// <summary>Row blocks × inner steps up to this many are emitted without loops (straight vector statements).</summary>
        internal const int VectorUnrollLimit = 16;

        /// <summary>
        /// With fixed widths, C = α·op(A)·op(B) (+C, or + β·X) as constant-size vector code over blocks of rows of C, each row
        /// held in n/lanes vector accumulators: for every p, broadcast op(A)(i, p) and FMA it with row p of op(B). A transposed B
        /// is first transposed into a stack buffer (4 × 4 register blocks) so its rows are contiguous. Doubles only, n a multiple of 4 and at most 48.
        /// </summary>
        private bool TryVectorize(SourceWriter w, MultiplyInstruction m, int rows, int columns, int inner, ScaledCopyInstruction? addend)
        {
            if (_p.IsSingle || columns % 4 != 0 || columns > 48 || rows * columns * inner > VectorizeLimit)
            {
                return false;
            }

            string a = Name(m.A.Buffer);
            string b = Name(m.B.Buffer);
            string c = Name(m.Target);
            w.OpenBlock();
            string rowsOfB = b;
            if (m.B.Transposed)
            {
                // op(B) = Bᵀ (inner × columns) from B (columns × inner).
                w.Line($"global::System.Span<double> vBt = stackalloc double[{inner * columns}];");
                w.Line($"{Kernels}.DenseKernels.Transpose({b}, {columns}, {inner}, vBt);");
                rowsOfB = "vBt";
            }

            w.Line($"ref double vB = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){rowsOfB});");
            w.Line($"ref double vA = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){a});");
            w.Line($"ref double vC = ref {Marshal}.GetReference({c});");
            w.Line($"double vAlpha = {Alpha(m.Alpha)};");
            if (addend != null)
            {
                w.Line($"ref double vS = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){Name(addend.Source)});");
                w.Line($"double vBeta = {Alpha(addend.Alpha)};");
            }

            var shape = new RowLoopShape(m, rows, columns, inner, addend != null);
            if (columns % 8 == 0)
            {
                // AVX-512 where the machine has it (the JIT folds the test): twice the lanes, half the instructions.
                w.Open("if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)");
                EmitRowLoop(w, shape, "global::System.Runtime.Intrinsics.Vector512", 8);
                w.Close();
                w.Open("else");
                EmitRowLoop(w, shape, "global::System.Runtime.Intrinsics.Vector256", 4);
                w.Close();
            }
            else
            {
                EmitRowLoop(w, shape, "global::System.Runtime.Intrinsics.Vector256", 4);
            }

            w.Close();
            return true;
        }

        /// <summary>What a vectorized product computes: the instruction, its constant sizes, and whether β·X is added.</summary>
        private sealed class RowLoopShape
        {
            public RowLoopShape(MultiplyInstruction product, int rows, int columns, int inner, bool hasAddend)
            {
                Product = product;
                Rows = rows;
                Columns = columns;
                Inner = inner;
                HasAddend = hasAddend;
            }

            public MultiplyInstruction Product { get; }

            public int Rows { get; }

            public int Columns { get; }

            public int Inner { get; }

            public bool HasAddend { get; }
        }

        /// <summary>
        /// The rows of C in blocks of R (R·n/lanes ≤ 12 independent FMA chains hide the FMA latency): for every p,
        /// broadcast op(A)(i, p) for the R rows and FMA with the vectors of row p of op(B) (ref vB); then C = α·acc (+C or + β·X).
        /// Small products are written out without loops.
        /// </summary>
        private static void EmitRowLoop(SourceWriter w, RowLoopShape s, string vector, int lanes)
        {
            int vectors = s.Columns / lanes;
            int block = new[] { 4, 2, 1 }.First(r => s.Rows % r == 0 && r * vectors <= 12);
            w.Line($"var vScale = {vector}.Create(vAlpha);");
            if (s.HasAddend)
            {
                w.Line($"var vAddScale = {vector}.Create(vBeta);");
            }

            bool unrolled = (s.Rows / block) * s.Inner <= VectorUnrollLimit;
            var blockStarts = unrolled ? Enumerable.Range(0, s.Rows / block).Select(k => (k * block).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList() : new List<string> { "vI" };
            foreach (string i in blockStarts)
            {
                if (unrolled)
                {
                    w.OpenBlock();
                }
                else
                {
                    w.Open($"for (int vI = 0; vI < {s.Rows}; vI += {block})");
                }

                for (int r = 0; r < block; r++)
                {
                    for (int v = 0; v < vectors; v++)
                    {
                        w.Line($"var vAcc{r}_{v} = {vector}<double>.Zero;");
                    }
                }

                var steps = unrolled ? Enumerable.Range(0, s.Inner).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList() : new List<string> { "vP" };
                if (!unrolled)
                {
                    w.Open($"for (int vP = 0; vP < {s.Inner}; vP++)");
                }

                foreach (string p in steps)
                {
                    EmitStep(w, s, vector, lanes, vectors, block, i, p);
                }

                if (!unrolled)
                {
                    w.Close();
                }

                for (int r = 0; r < block; r++)
                {
                    for (int v = 0; v < vectors; v++)
                    {
                        string offset = $"(nuint)((({i} + {r}) * {s.Columns}) + {lanes * v})";
                        string value = s.Product.Accumulate
                            ? $"{vector}.FusedMultiplyAdd(vScale, vAcc{r}_{v}, {vector}.LoadUnsafe(ref vC, {offset}))"
                            : s.HasAddend
                                ? $"{vector}.FusedMultiplyAdd(vScale, vAcc{r}_{v}, vAddScale * {vector}.LoadUnsafe(ref vS, {offset}))"
                                : $"vScale * vAcc{r}_{v}";
                        w.Line($"{vector}.StoreUnsafe({value}, ref vC, {offset});");
                    }
                }

                w.Close();
            }
        }

        /// <summary>One step p of the inner sum for the row block starting at i: broadcasts, row loads and FMAs.</summary>
        private static void EmitStep(SourceWriter w, RowLoopShape s, string vector, int lanes, int vectors, int block, string i, string p)
        {
            string suffix = p == "vP" ? string.Empty : "_" + p;
            for (int r = 0; r < block; r++)
            {
                string aIndex = s.Product.A.Transposed ? $"(nuint)(({p} * {s.Rows}) + {i} + {r})" : $"(nuint)((({i} + {r}) * {s.Inner}) + {p})";
                w.Line($"var vX{r}{suffix} = {vector}.Create({Unsafe}.Add(ref vA, {aIndex}));");
            }

            for (int v = 0; v < vectors; v++)
            {
                w.Line($"var vB{v}{suffix} = {vector}.LoadUnsafe(ref vB, (nuint)(({p} * {s.Columns}) + {lanes * v}));");
                for (int r = 0; r < block; r++)
                {
                    w.Line($"vAcc{r}_{v} = {vector}.FusedMultiplyAdd(vX{r}{suffix}, vB{v}{suffix}, vAcc{r}_{v});");
                }
            }
        }

        /// <summary>op(X)(r, c) for a row-major buffer: X[r, c], or X[c, r] when transposed.</summary>
        private string Element(Operand operand, int row, int column, int[] widths)
        {
            int stride = widths[operand.Buffer.Columns];
            int index = operand.Transposed ? (column * stride) + row : (row * stride) + column;
            return $"{Name(operand.Buffer)}[{index}]";
        }

        /// <summary>Declares a local for a coefficient other than 1 (read once instead of once per element); "" for 1.</summary>
        private string Hoist(SourceWriter w, string name, Coefficient coefficient)
        {
            if (coefficient.Lambdas.Count == 0 && coefficient.Constant == 1.0)
            {
                return string.Empty;
            }

            w.Line($"{_p.Type} {name} = {Alpha(coefficient)};");
            return name;
        }

        private static string Scaled(string coefficient, string value) => coefficient.Length == 0 ? value : $"{coefficient} * {value}";

        /// <summary>A sum as a balanced tree of additions: depth log2(n) instead of a chain of n − 1 dependent adds.</summary>
        private static string TreeSum(IReadOnlyList<string> terms)
        {
            if (terms.Count == 1)
            {
                return terms[0];
            }

            int half = terms.Count / 2;
            return $"({TreeSum(terms.Take(half).ToList())} + {TreeSum(terms.Skip(half).ToList())})";
        }
    }
}
