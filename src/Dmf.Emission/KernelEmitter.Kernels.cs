using System.Globalization;
using Dmf.Emission.Lowering;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Simplification;

namespace Dmf.Emission
{
    internal sealed partial class KernelEmitter
    {
        private void EmitCreateWorkspace(SourceWriter w, Plan[] plans, int[]? widths)
        {
            w.Line("/// <summary>A workspace with every temporary these kernels need for the problem's widths (reuse it: kernels then allocate nothing).</summary>");
            w.Open($"public static {Kernels}.DmfWorkspace CreateWorkspace(in {Kernels}.DmfProblem p)");
            w.Line("RequireDepth(p);");
            w.Line("global::System.ReadOnlySpan<int> d = p.Widths;");
            w.Line("global::System.Span<int> lengths = stackalloc int[SlotCount];");
            int k = 0;
            foreach (var plan in plans)
            {
                var used = new HashSet<int>(plan.Instructions.SelectMany(i => i.Buffers).Where(b => b.Kind == BufferKind.Slot).Select(b => b.Index));
                foreach (var slot in plan.Slots)
                {
                    w.Line(used.Contains(k)
                        ? Invariant($"lengths[{k}] = d[{slot.Rows}] * d[{slot.Columns}]; // {ProvenanceText.Compact(slot.Meaning)}")
                        : Invariant($"lengths[{k}] = 0; // {ProvenanceText.Compact(slot.Meaning + ": computed in place of its only copy")}"));
                    k++;
                }
            }

            w.Line($"return new {Kernels}.DmfWorkspace(lengths{(_p.IsSingle ? ", singlePrecision: true" : string.Empty)});");
            w.Close();
            w.Line();
            w.Open($"private static void RequireDepth(in {Kernels}.DmfProblem p)");
            w.Open("if (p.Depth != Depth)");
            w.Line("throw new global::System.ArgumentException(global::System.FormattableString.Invariant($\"These kernels are generated for depth {Depth}; the problem has depth {p.Depth}.\"), nameof(p));");
            w.Close();
            if (widths != null)
            {
                w.Line();
                w.Open("if (!global::System.MemoryExtensions.SequenceEqual(p.Widths, FixedWidths))");
                w.Line($"throw new global::System.ArgumentException($\"These kernels are generated for widths [{string.Join(", ", widths.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]; the problem has widths [{{string.Join(\", \", global::System.Linq.Enumerable.Select(p.Widths.ToArray(), v => v.ToString(global::System.Globalization.CultureInfo.InvariantCulture)))}}].\", nameof(p));");
                w.Close();
            }

            w.Close();
            w.Line();
            w.Open($"private static {Kernels}.DmfWorkspace CachedWorkspace(in {Kernels}.DmfProblem p)");
            w.Open("if (t_workspace is null || t_widths is null || !global::System.MemoryExtensions.SequenceEqual(p.Widths, t_widths))");
            w.Line("t_workspace = CreateWorkspace(p);");
            w.Line("t_widths = p.Widths.ToArray();");
            w.Close();
            w.Line();
            w.Line("return t_workspace;");
            w.Close();
            w.Line();
        }

        private void EmitLoss(SourceWriter w, Plan plan, int[]? widths)
        {
            w.Line("/// <summary>F(W) for packed W_1..W_L, using a per-thread cached workspace (no allocation after the first call for given widths).</summary>");
            w.Line($"public static {_p.Type} Loss(in {Kernels}.DmfProblem p, global::System.ReadOnlySpan<{_p.Type}> w) => Loss(p, w, CachedWorkspace(p));");
            w.Line();
            w.Line("/// <summary>F(W) = ||E||^2 + sum_l lambda_l ||W_l||^2 with E = W_{L:1} - Y.</summary>");
            EmitReturningLoss(w, "Loss", $"public static {_p.Type} Loss(in {Kernels}.DmfProblem p, global::System.ReadOnlySpan<{_p.Type}> w, {Kernels}.DmfWorkspace ws)", plan, null, widths);
        }

        private void EmitLossAndGradient(SourceWriter w, Plan plan, int[]? widths)
        {
            w.Line("/// <summary>F(W), with grad_{W_l} F written into the matching blocks of <paramref name=\"grad\"/>. O(L) matrix products; allocation-free.</summary>");
            EmitReturningLoss(w, "LossAndGradient", $"public static {_p.Type} LossAndGradient(in {Kernels}.DmfProblem p, global::System.ReadOnlySpan<{_p.Type}> w, global::System.Span<{_p.Type}> grad, {Kernels}.DmfWorkspace ws)", plan, "grad", widths);
        }

        // A kernel that runs its plan and returns F: its signature, return and blocks recorded in the source map.
        private void EmitReturningLoss(SourceWriter w, string method, string signature, Plan plan, string? gradient, int[]? widths)
        {
            Begin(w, method);
            w.Open(signature);
            Prologue(w, plan, "w", null, gradient, widths);
            Body(w, plan, widths);
            _map.Return(_method, w.NextLine);
            w.Wrapped("return ", Scalar(plan.Result!, widths), ";");
            w.Close();
            w.Line();
        }

        private void EmitHessianVectorProduct(SourceWriter w, Plan plan, int[]? widths)
        {
            w.Line("/// <summary>hv = (Hessian of F at W)·v, for packed v with the layout of W. Allocation-free.</summary>");
            Begin(w, "HessianVectorProduct");
            w.Open($"public static void HessianVectorProduct(in {Kernels}.DmfProblem p, global::System.ReadOnlySpan<{_p.Type}> w, global::System.ReadOnlySpan<{_p.Type}> v, global::System.Span<{_p.Type}> hv, {Kernels}.DmfWorkspace ws)");
            Prologue(w, plan, "w", "v", "hv", widths);
            Body(w, plan, widths);
            w.Close();
            w.Line();
        }

        private void EmitHessian(SourceWriter w)
        {
            w.Line("/// <summary>The dense n x n Hessian (n = p.ParameterCount, row-major), column by column from HessianVectorProduct. For small problems; allocates its temporaries.</summary>");
            w.Open($"public static void Hessian(in {Kernels}.DmfProblem p, global::System.ReadOnlySpan<{_p.Type}> w, global::System.Span<{_p.Type}> h)");
            w.Line("int n = p.ParameterCount;");
            w.Open("if (h.Length != n * n)");
            w.Line("throw new global::System.ArgumentException($\"h must have n * n = {n * n} entries, got {h.Length}.\", nameof(h));");
            w.Close();
            w.Line();
            w.Line("var ws = CreateWorkspace(p);");
            w.Line($"var v = new {_p.Type}[n];");
            w.Line($"var column = new {_p.Type}[n];");
            w.Open("for (int c = 0; c < n; c++)");
            w.Line($"v[c] = {Literal(1.0)};");
            w.Line("HessianVectorProduct(p, w, v, column, ws);");
            w.Line($"v[c] = {Literal(0.0)};");
            w.Open("for (int r = 0; r < n; r++)");
            w.Line("h[(r * n) + c] = column[r];");
            w.Close();
            w.Close();
            w.Close();
            w.Line();
        }

        private void Prologue(SourceWriter w, Plan plan, string parameters, string? directions, string? output, int[]? widths)
        {
            int depth = plan.Depth;
            w.Line("RequireDepth(p);");
            w.Line($"p.RequireParameters({parameters}.Length, nameof({parameters}));");
            if (directions != null)
            {
                w.Line($"p.RequireParameters({directions}.Length, nameof({directions}));");
            }

            if (output != null)
            {
                w.Line($"p.RequireParameters({output}.Length, nameof({output}));");
            }

            w.Line($"ws.Require(SlotCount{(_p.IsSingle ? ", singlePrecision: true" : string.Empty)});");
            w.Line($"global::System.ReadOnlySpan<{_p.Type}> lambda = {_p.Lambdas};");
            w.Line($"global::System.ReadOnlySpan<{_p.Type}> y = {_p.Y};");
            w.Line("_ = lambda;");
            w.Line("_ = y;");
            if (widths is null)
            {
                w.Line("global::System.ReadOnlySpan<int> d = p.Widths;");
            }

            for (int l = 0; l <= depth; l++)
            {
                w.Line(widths is null ? Invariant($"int d{l} = d[{l}];") : Invariant($"const int d{l} = {widths[l]};"));
            }

            w.Line("int o1 = 0;");
            for (int l = 2; l <= depth; l++)
            {
                w.Line(Invariant($"int o{l} = o{l - 1} + (d{l - 1} * d{l - 2});"));
            }

            var used = new HashSet<(BufferKind, int)>(plan.Instructions.SelectMany(i => i.Buffers).Select(b => (b.Kind, b.Index)));
            for (int l = 1; l <= depth; l++)
            {
                if (used.Contains((BufferKind.Parameter, l)))
                {
                    w.Line(Invariant($"global::System.ReadOnlySpan<{_p.Type}> w{l} = {parameters}.Slice(o{l}, d{l} * d{l - 1});"));
                    TouchLast(w, Invariant($"w{l}"), widths, l, l - 1);
                }

                if (directions != null && used.Contains((BufferKind.Direction, l)))
                {
                    w.Line(Invariant($"global::System.ReadOnlySpan<{_p.Type}> v{l} = {directions}.Slice(o{l}, d{l} * d{l - 1});"));
                    TouchLast(w, Invariant($"v{l}"), widths, l, l - 1);
                }

                if (output != null)
                {
                    w.Line(Invariant($"global::System.Span<{_p.Type}> g{l} = {output}.Slice(o{l}, d{l} * d{l - 1});"));
                    TouchLast(w, Invariant($"g{l}"), widths, l, l - 1);
                }
            }

            foreach (var group in plan.Instructions.SelectMany(i => i.Buffers).Where(b => b.Kind == BufferKind.Slot).GroupBy(b => b.Index).OrderBy(g => g.Key))
            {
                var slot = group.First();
                w.Line(Invariant($"global::System.Span<{_p.Type}> s{slot.Index} = ws.{_p.SlotMethod}({slot.Index}, d{slot.Rows} * d{slot.Columns});"));
                TouchLast(w, Invariant($"s{slot.Index}"), widths, slot.Rows, slot.Columns);
            }
        }

        private void Body(SourceWriter w, Plan plan, int[]? widths)
        {
            int currentLayer = -1;
            var instructions = plan.Instructions;
            for (int i = 0; i < instructions.Count; i++)
            {
                var instruction = instructions[i];
                var target = instruction.Target;
                if (target.Kind == BufferKind.Output && target.Index != currentLayer)
                {
                    currentLayer = target.Index;
                    w.Line();
                    _map.Layer(_method, currentLayer, w.NextLine);
                    w.Line(Invariant($"// layer {currentLayer}"));
                }

                _map.Operation(_method, instruction.Comment, w.NextLine);
                w.Line($"// {ProvenanceText.Compact(instruction.Comment)}");
                if (widths != null)
                {
                    // With fixed widths, T = α·op(A)·op(B) followed by T += β·X is one pass: the addend is fused into the product's stores.
                    var addend = i + 1 < instructions.Count ? AddendOf(instruction, instructions[i + 1]) : null;
                    if (addend != null && TryUnroll(w, instruction, widths, addend))
                    {
                        w.Line($"// (fused: {ProvenanceText.Compact(addend.Comment)})");
                        i++;
                        continue;
                    }

                    if (TryUnroll(w, instruction, widths, null))
                    {
                        continue;
                    }
                }

                switch (instruction)
                {
                    case MultiplyInstruction m:
                        w.Line(Invariant($"{Kernels}.DenseKernels.Gemm(d{m.A.Rows}, d{m.B.Columns}, d{m.A.Columns}, {Alpha(m.Alpha)}, {Name(m.A.Buffer)}, {Bool(m.A.Transposed)}, {Name(m.B.Buffer)}, {Bool(m.B.Transposed)}, {Literal(m.Accumulate ? 1.0 : 0.0)}, {Name(m.Target)});"));
                        break;
                    case ScaledCopyInstruction { TransposeSource: true } t:
                        // α·Xᵀ as a product with the identity would cost a GEMM; a transpose copy is O(size).
                        w.Line(Invariant($"{Kernels}.DenseKernels.TransposeInto({Alpha(t.Alpha)}, {Name(t.Source)}, d{t.Source.Rows}, d{t.Source.Columns}, {Bool(t.Accumulate)}, {Name(t.Target)});"));
                        break;
                    case ScaledCopyInstruction s:
                        w.Line(s.Accumulate
                            ? $"{Kernels}.DenseKernels.Axpy({Alpha(s.Alpha)}, {Name(s.Source)}, {Name(s.Target)});"
                            : $"{Kernels}.DenseKernels.ScaleCopy({Alpha(s.Alpha)}, {Name(s.Source)}, {Name(s.Target)});");
                        break;
                    default:
                        throw new NotSupportedException(instruction.GetType().Name);
                }
            }
        }

        /// <summary>The next instruction when it only adds β·X (X not T) to what a non-accumulating product just wrote into T.</summary>
        private static ScaledCopyInstruction? AddendOf(Instruction instruction, Instruction next) =>
            instruction is MultiplyInstruction { Accumulate: false } m
            && next is ScaledCopyInstruction { Accumulate: true, TransposeSource: false } c
            && c.Target.IsSame(m.Target)
            && !c.Source.IsSame(m.Target)
                ? c
                : null;

        /// <summary>
        /// With fixed widths, reads the last element once: the JIT then knows the span's length and drops the bounds
        /// checks of the constant-index accesses in unrolled code.
        /// </summary>
        private void TouchLast(SourceWriter w, string span, int[]? widths, int rows, int columns)
        {
            if (widths != null)
            {
                w.Line(Invariant($"_ = {span}[{(widths[rows] * widths[columns]) - 1}];"));
            }
        }
    }
}
