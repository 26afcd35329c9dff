namespace Dmf.Emission.Lowering
{
    /// <summary>
    /// One kernel's lowered program: straight-line matrix instructions over parameter, direction, data, slot and output
    /// buffers, the workspace slots it declares (numbered from <see cref="SlotBase"/>), and the scalar it returns (the
    /// loss, or none). Immutable: built by <see cref="PlanBuilder"/>, rewritten by passes into new plans, read by the emitter.
    /// </summary>
    internal sealed class Plan
    {
        public Plan(int depth, int slotBase, IReadOnlyList<Instruction> instructions, IReadOnlyList<SlotInfo> slots, ScalarValue? result)
        {
            Depth = depth;
            SlotBase = slotBase;
            Instructions = instructions.ToArray();
            Slots = slots.ToArray();
            Result = result;
        }

        public int Depth { get; }

        public int SlotBase { get; }

        public IReadOnlyList<Instruction> Instructions { get; }

        public IReadOnlyList<SlotInfo> Slots { get; }

        /// <summary>The scalar the kernel returns, computed after the instructions; null for none.</summary>
        public ScalarValue? Result { get; }

        /// <summary>The matrix products the kernel performs.</summary>
        public int ProductCount => Instructions.Count(i => i is MultiplyInstruction);

        /// <summary>The same plan with other instructions.</summary>
        public Plan With(IReadOnlyList<Instruction> instructions) => new Plan(Depth, SlotBase, instructions, Slots, Result);
    }
}
