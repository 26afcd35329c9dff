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
            w.Line("{");
            string rowsOfB = b;
            if (m.B.Transposed)
            {
                // op(B) = Bᵀ (inner × columns) from B (columns × inner).
                w.Line($"    global::System.Span<double> vBt = stackalloc double[{inner * columns}];");
                w.Line($"    ref double vBs = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){b});");
                w.Line($"    ref double vBd = ref {Marshal}.GetReference(vBt);");
                w.Line($"    for (int vQ = 0; vQ < {columns}; vQ++) {{ for (int vP = 0; vP < {inner}; vP++) {{ global::System.Runtime.CompilerServices.Unsafe.Add(ref vBd, (nuint)((vP * {columns}) + vQ)) = global::System.Runtime.CompilerServices.Unsafe.Add(ref vBs, (nuint)((vQ * {inner}) + vP)); }} }}");
                rowsOfB = "vBt";
            }

            w.Line($"    ref double vB = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){rowsOfB});");
            w.Line($"    ref double vA = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){a});");
            w.Line($"    ref double vC = ref {Marshal}.GetReference({c});");
            w.Line($"    double vAlpha = {Alpha(m.Alpha)};");
            if (columns % 8 == 0)
            {
                // AVX-512 where the machine has it (the JIT folds the test): twice the lanes, half the instructions.
                w.Line("    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)");
                w.Line("    {");
                EmitRowLoop(w, m, rows, columns, inner, "global::System.Runtime.Intrinsics.Vector512", 8, "        ");
                w.Line("    }");
                w.Line("    else");
                w.Line("    {");
                EmitRowLoop(w, m, rows, columns, inner, V, 4, "        ");
                w.Line("    }");
            }
            else
            {
                EmitRowLoop(w, m, rows, columns, inner, V, 4, "    ");
            }

            w.Line("}");
            return true;
        }

        /// <summary>
        /// The rows of C in blocks of R (R·n/lanes ≤ 12 independent FMA chains hide the FMA latency): for every p,
        /// broadcast op(A)(i, p) for the R rows and FMA with the vectors of row p of op(B) (ref vB); then C = α·acc (+C).
        /// </summary>
        private static void EmitRowLoop(SourceWriter w, MultiplyInstruction m, int rows, int columns, int inner, string vector, int lanes, string indent)
        {
            int vectors = columns / lanes;
            int block = new[] { 4, 2, 1 }.First(r => rows % r == 0 && r * vectors <= 12);
            w.Line($"{indent}var vScale = {vector}.Create(vAlpha);");
            w.Line($"{indent}for (int vI = 0; vI < {rows}; vI += {block})");
            w.Line($"{indent}{{");
            for (int r = 0; r < block; r++)
            {
                for (int v = 0; v < vectors; v++)
                {
                    w.Line($"{indent}    var vAcc{r}_{v} = {vector}<double>.Zero;");
                }
            }

            w.Line($"{indent}    for (int vP = 0; vP < {inner}; vP++)");
            w.Line($"{indent}    {{");
            for (int r = 0; r < block; r++)
            {
                string aIndex = m.A.Transposed ? $"(nuint)((vP * {rows}) + vI + {r})" : $"(nuint)(((vI + {r}) * {inner}) + vP)";
                w.Line($"{indent}        var vX{r} = {vector}.Create(global::System.Runtime.CompilerServices.Unsafe.Add(ref vA, {aIndex}));");
            }

            for (int v = 0; v < vectors; v++)
            {
                w.Line($"{indent}        var vB{v} = {vector}.LoadUnsafe(ref vB, (nuint)((vP * {columns}) + {lanes * v}));");
                for (int r = 0; r < block; r++)
                {
                    w.Line($"{indent}        vAcc{r}_{v} = {vector}.FusedMultiplyAdd(vX{r}, vB{v}, vAcc{r}_{v});");
                }
            }

            w.Line($"{indent}    }}");
            for (int r = 0; r < block; r++)
            {
                for (int v = 0; v < vectors; v++)
                {
                    string offset = $"(nuint)(((vI + {r}) * {columns}) + {lanes * v})";
                    w.Line(m.Accumulate
                        ? $"{indent}    {vector}.StoreUnsafe({vector}.FusedMultiplyAdd(vScale, vAcc{r}_{v}, {vector}.LoadUnsafe(ref vC, {offset})), ref vC, {offset});"
                        : $"{indent}    {vector}.StoreUnsafe(vScale * vAcc{r}_{v}, ref vC, {offset});");
                }
            }

            w.Line($"{indent}}}");
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
