namespace Dmf.Emission.Lowering
{
    /// <summary>Dead-instruction elimination over a straight-line plan whose results are its output blocks.</summary>
    internal static class Liveness
    {
        /// <summary>
        /// The instructions that contribute to an output, in order: walking backwards, an instruction is kept when a kept
        /// instruction after it (or the kernel's result) reads its target; a non-accumulating write ends the target's
        /// earlier life, an accumulating one reads it.
        /// </summary>
        public static IReadOnlyList<Instruction> WithoutDeadInstructions(IReadOnlyList<Instruction> program, IEnumerable<Buffer>? alsoRead = null)
        {
            var needed = new HashSet<(BufferKind, int)>((alsoRead ?? Enumerable.Empty<Buffer>()).Select(b => b.Storage));
            var kept = new List<Instruction>();
            for (int k = program.Count - 1; k >= 0; k--)
            {
                var instruction = program[k];
                var target = instruction.Target.Storage;
                if (instruction.Target.Kind != BufferKind.Output && !needed.Contains(target))
                {
                    continue;
                }

                kept.Add(instruction);
                if (!instruction.Accumulate)
                {
                    needed.Remove(target);
                }

                foreach (var source in instruction.Sources)
                {
                    needed.Add(source.Storage);
                }
            }

            kept.Reverse();
            return kept;
        }
    }
}
