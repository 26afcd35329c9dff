using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dmf.Generators.Lowering;
using Dmf.Generators.Model;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Printing;
using Dmf.Symbolic.Expressions.Simplification;

namespace Dmf.Generators.Emission
{
    internal sealed partial class KernelEmitter
    {
        /// <summary>With fixed widths, tiny operations become straight scalar statements with constant indices.</summary>
        private bool TryUnroll(SourceWriter w, Instruction instruction, int[] widths)
        {
            switch (instruction)
            {
                case MultiplyInstruction m:
                    int rows = widths[m.A.Rows];
                    int columns = widths[m.B.Columns];
                    int inner = widths[m.A.Columns];
                    if (rows * columns * inner > UnrollLimit)
                    {
                        return TryVectorize(w, m, rows, columns, inner);
                    }

                    for (int i = 0; i < rows; i++)
                    {
                        for (int j = 0; j < columns; j++)
                        {
                            string sum = string.Join(" + ", Enumerable.Range(0, inner).Select(k => $"({Element(m.A, i, k, widths)} * {Element(m.B, k, j, widths)})"));
                            Assign(w, m.Target, (i * columns) + j, m.Alpha, sum, m.Accumulate);
                        }
                    }

                    return true;
                case ScaledCopyInstruction c:
                    int sourceRows = widths[c.Source.Rows];
                    int sourceColumns = widths[c.Source.Columns];
                    if (sourceRows * sourceColumns > UnrollLimit)
                    {
                        return false;
                    }

                    var source = new Operand(c.Source, c.TransposeSource);
                    int targetRows = widths[source.Rows];
                    int targetColumns = widths[source.Columns];
                    for (int i = 0; i < targetRows; i++)
                    {
                        for (int j = 0; j < targetColumns; j++)
                        {
                            Assign(w, c.Target, (i * targetColumns) + j, c.Alpha, Element(source, i, j, widths), c.Accumulate);
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Largest m·n·k emitted as a constant-size vector loop (beyond it the runtime GEMM's cache blocking wins).</summary>
        internal const int VectorizeLimit = 32 * 32 * 32;

        /// <summary>
        /// With fixed widths too large to unroll, C = α·op(A)·op(B) (+C) as loops with compile-time bounds over rows of C, each row
        /// held in n/4 Vector256 accumulators: for every p, broadcast op(A)(i, p) and FMA it with row p of op(B). A transposed B is
        /// first transposed into a stack buffer so its rows are contiguous. Doubles only, n a multiple of 4 and at most 48.
        /// </summary>
        private bool TryVectorize(SourceWriter w, MultiplyInstruction m, int rows, int columns, int inner)
        {
            if (_p.IsSingle || columns % 4 != 0 || columns > 48 || rows * columns * inner > VectorizeLimit)
            {
                return false;
            }

            const string V = "global::System.Runtime.Intrinsics.Vector256";
            const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";
            string a = Name(m.A.Buffer);
            string b = Name(m.B.Buffer);
            string c = Name(m.Target);
            int vectors = columns / 4;
            w.Line("{");
            string rowsOfB = b;
            if (m.B.Transposed)
            {
                // op(B) = Bᵀ (inner × columns) from B (columns × inner).
                w.Line($"    global::System.Span<double> vBt = stackalloc double[{inner * columns}];");
                w.Line($"    for (int vQ = 0; vQ < {columns}; vQ++) {{ for (int vP = 0; vP < {inner}; vP++) {{ vBt[(vP * {columns}) + vQ] = {b}[(vQ * {inner}) + vP]; }} }}");
                rowsOfB = "vBt";
            }

            w.Line($"    ref double vB = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){rowsOfB});");
            w.Line($"    ref double vA = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){a});");
            w.Line($"    ref double vC = ref {Marshal}.GetReference({c});");
            w.Line($"    double vAlpha = {Alpha(m.Alpha)};");
            // Rows in blocks of R so that R·n/4 independent FMA chains hide the FMA latency (at most 12 accumulators).
            int block = new[] { 4, 2, 1 }.First(r => rows % r == 0 && r * vectors <= 12);
            w.Line($"    var vScale = {V}.Create(vAlpha);");
            w.Line($"    for (int vI = 0; vI < {rows}; vI += {block})");
            w.Line("    {");
            for (int r = 0; r < block; r++)
            {
                for (int v = 0; v < vectors; v++)
                {
                    w.Line($"        var vAcc{r}_{v} = {V}<double>.Zero;");
                }
            }

            w.Line($"        for (int vP = 0; vP < {inner}; vP++)");
            w.Line("        {");
            for (int r = 0; r < block; r++)
            {
                string aIndex = m.A.Transposed ? $"(nuint)((vP * {rows}) + vI + {r})" : $"(nuint)(((vI + {r}) * {inner}) + vP)";
                w.Line($"            var vX{r} = {V}.Create(global::System.Runtime.CompilerServices.Unsafe.Add(ref vA, {aIndex}));");
            }

            for (int v = 0; v < vectors; v++)
            {
                w.Line($"            var vB{v} = {V}.LoadUnsafe(ref vB, (nuint)((vP * {columns}) + {4 * v}));");
                for (int r = 0; r < block; r++)
                {
                    w.Line($"            vAcc{r}_{v} = {V}.FusedMultiplyAdd(vX{r}, vB{v}, vAcc{r}_{v});");
                }
            }

            w.Line("        }");
            for (int r = 0; r < block; r++)
            {
                for (int v = 0; v < vectors; v++)
                {
                    string offset = $"(nuint)(((vI + {r}) * {columns}) + {4 * v})";
                    w.Line(m.Accumulate
                        ? $"        {V}.StoreUnsafe({V}.FusedMultiplyAdd(vScale, vAcc{r}_{v}, {V}.LoadUnsafe(ref vC, {offset})), ref vC, {offset});"
                        : $"        {V}.StoreUnsafe(vScale * vAcc{r}_{v}, ref vC, {offset});");
                }
            }

            w.Line("    }");
            w.Line("}");
            return true;
        }

        /// <summary>op(X)(r, c) for a row-major buffer: X[r, c], or X[c, r] when transposed.</summary>
        private string Element(Operand operand, int row, int column, int[] widths)
        {
            int stride = widths[operand.Buffer.Columns];
            int index = operand.Transposed ? (column * stride) + row : (row * stride) + column;
            return $"{Name(operand.Buffer)}[{index}]";
        }

        private void Assign(SourceWriter w, Lowering.Buffer target, int index, Coefficient alpha, string value, bool accumulate)
        {
            string scaled = alpha.Lambdas.Count == 0 && alpha.Constant == 1.0 ? value : $"{Alpha(alpha)} * ({value})";
            w.Line($"{Name(target)}[{index}] {(accumulate ? "+=" : "=")} {scaled};");
        }
    }
}
