namespace Dmf.Emission.Lowering
{
    /// <summary>
    /// A pass over a finished plan: a product computed into a slot that is only ever copied once (T = α·S, e.g. the
    /// first term of E = W_{L:1} − Y) is computed straight into the copy's target instead, and the copy is dropped.
    /// Saves one pass over the matrix per kernel call; the slot no longer read or written needs no storage.
    /// </summary>
    internal static class CopyElision
    {
        /// <summary>The plan with every elidable copy removed (a new plan; the given one is unchanged).</summary>
        public static Plan Apply(Plan plan)
        {
            var instructions = plan.Instructions.ToList();
            for (int i = 0; i < instructions.Count; i++)
            {
                if (!(instructions[i] is ScaledCopyInstruction copy) || copy.TransposeSource || copy.Accumulate || copy.Source.Kind != BufferKind.Slot)
                {
                    continue;
                }

                int producer = SoleProducer(instructions, copy.Source, i);
                if (producer < 0 || !(instructions[producer] is MultiplyInstruction product) || product.Accumulate || !Untouched(instructions, copy.Target, producer, i))
                {
                    continue;
                }

                instructions[producer] = new MultiplyInstruction(copy.Target, copy.Alpha.Times(product.Alpha), product.A, product.B, accumulate: false, product.Comment);
                instructions.RemoveAt(i);
                i--;
            }

            return plan.With(instructions);
        }

        /// <summary>The only instruction writing the slot, when exactly one does and the copy at <paramref name="copy"/> is its only reader; else −1.</summary>
        private static int SoleProducer(List<Instruction> instructions, Buffer slot, int copy)
        {
            int producer = -1;
            for (int k = 0; k < instructions.Count; k++)
            {
                if (instructions[k].Target.IsSame(slot))
                {
                    if (producer >= 0)
                    {
                        return -1;
                    }

                    producer = k;
                }

                if (k != copy && instructions[k].Sources.Any(s => s.IsSame(slot)))
                {
                    return -1;
                }
            }

            return producer < copy ? producer : -1;
        }

        /// <summary>True when no instruction from <paramref name="from"/> to <paramref name="to"/> (exclusive) reads or writes the buffer.</summary>
        private static bool Untouched(List<Instruction> instructions, Buffer buffer, int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                if (instructions[k].Buffers.Any(b => b.IsSame(buffer)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
