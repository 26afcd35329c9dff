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
                        return false;
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
