namespace Dmf.Emission.Lowering
{
    /// <summary>
    /// The Hessian-vector product as the directional derivative of the gradient program along V (forward mode over the
    /// reverse-mode gradient): every instruction T = α·op(A)·op(B) of the gradient plan gets its tangent
    /// dT = α·op(dA)·op(B) + α·op(A)·op(dB), with dW_l = V_l and dY = 0 (λ is constant); the gradient's outputs become
    /// their tangents, (HV)_l = d(∇_{W_l} F)[V], and what no tangent reads is dropped. From the 3(L − 1) products of the
    /// gradient this leaves 2(L − 1) − 1 primal and 6(L − 1) tangent products: 8L − 9 in all.
    /// </summary>
    internal static class ForwardOverReverse
    {
        public static Plan Transform(Plan gradient, int slotBase)
        {
            var tangentOf = new Dictionary<(BufferKind, int), Buffer>();
            var live = new HashSet<(BufferKind, int)>();
            var tangentSlots = new List<SlotInfo>();
            var meanings = gradient.Slots.Select((slot, k) => (Index: gradient.SlotBase + k, slot.Meaning)).ToDictionary(x => x.Index, x => x.Meaning);
            var program = new List<Instruction>();

            Buffer? Tangent(Buffer buffer)
            {
                switch (buffer.Kind)
                {
                    case BufferKind.Parameter:
                        return new Buffer(BufferKind.Direction, buffer.Index, buffer.Rows, buffer.Columns);
                    case BufferKind.Data:
                        return null;
                    case BufferKind.Slot:
                    case BufferKind.Output:
                        return live.Contains(buffer.Storage) ? tangentOf[buffer.Storage] : (Buffer?)null;
                    default:
                        throw new NotSupportedException("A gradient plan that reads directions has no tangent here.");
                }
            }

            Buffer TangentTarget(Buffer target)
            {
                if (target.Kind == BufferKind.Output)
                {
                    return target;
                }

                if (!tangentOf.TryGetValue(target.Storage, out var slot))
                {
                    // Tangent slots are numbered after the gradient's; Renumber packs the plan's slots from slotBase.
                    slot = new Buffer(BufferKind.Slot, -1 - tangentSlots.Count, target.Rows, target.Columns);
                    tangentSlots.Add(new SlotInfo(target.Rows, target.Columns, "d(" + meanings[target.Index] + ")[V]"));
                    tangentOf[target.Storage] = slot;
                }

                return slot;
            }

            foreach (var instruction in gradient.Instructions)
            {
                if (instruction.Sources.Any(s => s.Kind == BufferKind.Output))
                {
                    throw new NotSupportedException("A gradient plan that reads its outputs has no tangent here.");
                }

                string Term(Operand a, Operand b) => "d(" + instruction.Comment + ")[V] <- " + Describe(a) + "*" + Describe(b);
                var terms = new List<Func<Buffer, bool, Instruction>>();
                switch (instruction)
                {
                    case MultiplyInstruction m:
                        if (Tangent(m.A.Buffer) is Buffer dA)
                        {
                            var a = new Operand(dA, m.A.Transposed);
                            terms.Add((t, acc) => new MultiplyInstruction(t, m.Alpha, a, m.B, acc, Term(a, m.B)));
                        }

                        if (Tangent(m.B.Buffer) is Buffer dB)
                        {
                            var b = new Operand(dB, m.B.Transposed);
                            terms.Add((t, acc) => new MultiplyInstruction(t, m.Alpha, m.A, b, acc, Term(m.A, b)));
                        }

                        break;
                    case ScaledCopyInstruction copy:
                        if (Tangent(copy.Source) is Buffer dX)
                        {
                            var x = new Operand(dX, copy.TransposeSource);
                            terms.Add((t, acc) => new ScaledCopyInstruction(t, copy.Alpha, dX, copy.TransposeSource, acc, "d(" + instruction.Comment + ")[V] <- " + Describe(x)));
                        }

                        break;
                    default:
                        throw new NotSupportedException(instruction.GetType().Name);
                }

                bool accumulate = instruction.Accumulate && live.Contains(instruction.Target.Storage);
                if (terms.Count > 0)
                {
                    var target = TangentTarget(instruction.Target);
                    foreach (var term in terms)
                    {
                        program.Add(term(target, accumulate));
                        accumulate = true;
                    }

                    live.Add(instruction.Target.Storage);
                }
                else if (!instruction.Accumulate)
                {
                    live.Remove(instruction.Target.Storage);
                }

                if (instruction.Target.Kind != BufferKind.Output)
                {
                    program.Add(instruction);
                }
            }

            string Describe(Operand operand)
            {
                var b = operand.Buffer;
                string text = b.Kind switch
                {
                    BufferKind.Parameter => WordText.Indexed("W", b.Index),
                    BufferKind.Direction => WordText.Indexed("V", b.Index),
                    BufferKind.Data => "Y",
                    BufferKind.Output => "grad_" + WordText.Indexed("W", b.Index),
                    _ => b.Index >= 0 ? meanings[b.Index] : tangentSlots[-1 - b.Index].Meaning,
                };
                bool compound = text.IndexOfAny(new[] { '*', ' ', '+' }) >= 0 || (operand.Transposed && text.StartsWith("d(", System.StringComparison.Ordinal));
                return !operand.Transposed ? (compound ? "(" + text + ")" : text) : (compound ? "(" + text + ")" : text) + "^T";
            }

            var kept = Liveness.WithoutDeadInstructions(program);
            return Renumber(gradient, kept, tangentSlots, slotBase);
        }

        /// <summary>The plan with its slots (kept gradient slots, then tangent slots) numbered contiguously from slotBase.</summary>
        private static Plan Renumber(Plan gradient, IReadOnlyList<Instruction> program, List<SlotInfo> tangentSlots, int slotBase)
        {
            var map = new Dictionary<int, int>();
            var slots = new List<SlotInfo>();
            foreach (var buffer in program.SelectMany(i => i.Buffers).Where(b => b.Kind == BufferKind.Slot))
            {
                if (!map.ContainsKey(buffer.Index))
                {
                    map[buffer.Index] = slotBase + slots.Count;
                    slots.Add(buffer.Index >= 0 ? gradient.Slots[buffer.Index - gradient.SlotBase] : tangentSlots[-1 - buffer.Index]);
                }
            }

            Buffer Map(Buffer b) => b.Kind == BufferKind.Slot ? new Buffer(BufferKind.Slot, map[b.Index], b.Rows, b.Columns) : b;
            Operand MapOperand(Operand o) => new Operand(Map(o.Buffer), o.Transposed);
            var renumbered = program.Select(i => i switch
            {
                MultiplyInstruction m => (Instruction)new MultiplyInstruction(Map(m.Target), m.Alpha, MapOperand(m.A), MapOperand(m.B), m.Accumulate, m.Comment),
                ScaledCopyInstruction c => new ScaledCopyInstruction(Map(c.Target), c.Alpha, Map(c.Source), c.TransposeSource, c.Accumulate, c.Comment),
                _ => throw new NotSupportedException(i.GetType().Name),
            }).ToList();
            return new Plan(gradient.Depth, slotBase, renumbered, slots, null);
        }
    }
}
