using System.Globalization;
using Dmf.Emission.Lowering;

namespace Dmf.Emission
{
    internal sealed partial class KernelEmitter
    {
        private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
        private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";

        /// <summary>Constant-size product methods by name, in order of first use; emitted once each after the kernels.</summary>
        private readonly List<string> _productMethodOrder = new List<string>();
        private readonly Dictionary<string, string> _productMethods = new Dictionary<string, string>();

        /// <summary>
        /// With fixed widths: a product becomes a call of a constant-size product method (vector code, or scalar statements
        /// when tiny and not vectorizable), shared by every product of the same shape, so kernels of large depth stay small
        /// enough for the JIT to optimize; a tiny copy becomes scalar statements. An <paramref name="addend"/> (T += β·X right
        /// after the product T = α·op(A)·op(B)) is fused into the product's stores. False when the runtime routines should do it.
        /// </summary>
        private bool TryUnroll(SourceWriter w, Instruction instruction, int[] widths, ScaledCopyInstruction? addend)
        {
            switch (instruction)
            {
                case MultiplyInstruction m:
                    var shape = new ProductShape(widths[m.A.Rows], widths[m.B.Columns], widths[m.A.Columns], m.A.Transposed, m.B.Transposed, m.Accumulate, addend != null);
                    bool vectorized = CanVectorize(shape);
                    if (!vectorized && (long)shape.Rows * shape.Columns * shape.Inner > UnrollLimit)
                    {
                        return false;
                    }

                    string method = (vectorized ? "Vector" : "Scalar") + shape.Name;
                    if (!_productMethods.ContainsKey(method))
                    {
                        _productMethodOrder.Add(method);
                        _productMethods[method] = vectorized ? VectorProductMethod(method, shape) : ScalarProductMethod(method, shape);
                    }

                    string call = $"{method}({Name(m.A.Buffer)}, {Name(m.B.Buffer)}, {Name(m.Target)}, {Alpha(m.Alpha)}";
                    w.Line(addend is null ? call + ");" : call + $", {Name(addend.Source)}, {Alpha(addend.Alpha)});");
                    return true;
                case ScaledCopyInstruction c when addend is null:
                    int sourceRows = widths[c.Source.Rows];
                    int sourceColumns = widths[c.Source.Columns];
                    if ((long)sourceRows * sourceColumns > UnrollLimit)
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
                            int index = c.TransposeSource ? (j * sourceColumns) + i : (i * sourceColumns) + j;
                            w.Line(Invariant($"{Name(c.Target)}[{(i * targetColumns) + j}] {(c.Accumulate ? "+=" : "=")} {Scaled(scale, Invariant($"{Name(c.Source)}[{index}]"))};"));
                        }
                    }

                    w.Close();
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The constant-size product methods used by the kernels, each once.</summary>
        private void EmitProductMethods(SourceWriter w)
        {
            foreach (string method in _productMethodOrder)
            {
                w.Line();
                foreach (string line in _productMethods[method].Split('\n'))
                {
                    w.Line(line);
                }
            }
        }

        /// <summary>Largest m·n·k emitted as constant-size vector code (beyond it the runtime GEMM's cache blocking wins).</summary>
        internal const int VectorizeLimit = 32 * 32 * 32;

        /// <summary>Row blocks × inner steps up to this many are emitted without loops (straight vector statements).</summary>
        internal const int VectorUnrollLimit = 16;

        private bool CanVectorize(ProductShape s) =>
            !_p.IsSingle && s.Columns % 4 == 0 && s.Columns <= 48 && (long)s.Rows * s.Columns * s.Inner <= VectorizeLimit;

        /// <summary>Starts a product method: its summary, its signature (a, b, c, alpha, and x, beta with an addend) and its body's brace.</summary>
        private void OpenProductMethod(SourceWriter w, string method, ProductShape s, string what)
        {
            w.Line(Invariant($"/// <summary>C ({s.Rows} x {s.Columns}) = {s.Formula}, {what}.</summary>"));
            w.Open($"private static void {method}(global::System.ReadOnlySpan<{_p.Type}> a, global::System.ReadOnlySpan<{_p.Type}> b, global::System.Span<{_p.Type}> c, {_p.Type} alpha" +
                (s.HasAddend ? $", global::System.ReadOnlySpan<{_p.Type}> x, {_p.Type} beta)" : ")"));
        }

        /// <summary>
        /// C = α·op(A)·op(B) (+C, or + β·X) as constant-size vector code over blocks of rows of C, each row held in n/lanes
        /// vector accumulators: for every p, broadcast op(A)(i, p) and FMA it with row p of op(B). A transposed B is first
        /// transposed into a stack buffer (4 × 4 register blocks) so its rows are contiguous. Doubles only.
        /// </summary>
        private string VectorProductMethod(string method, ProductShape s)
        {
            var w = new SourceWriter();
            OpenProductMethod(w, method, s, "constant-size vector code");
            string rowsOfB = "b";
            if (s.TransposeB)
            {
                // op(B) = Bᵀ (inner × columns) from B (columns × inner).
                w.Line(Invariant($"global::System.Span<double> bt = stackalloc double[{s.Inner * s.Columns}];"));
                w.Line(Invariant($"{Kernels}.DenseKernels.Transpose(b, {s.Columns}, {s.Inner}, bt);"));
                rowsOfB = "bt";
            }

            w.Line($"ref double vB = ref {Marshal}.GetReference((global::System.ReadOnlySpan<double>){rowsOfB});");
            w.Line($"ref double vA = ref {Marshal}.GetReference(a);");
            w.Line($"ref double vC = ref {Marshal}.GetReference(c);");
            if (s.HasAddend)
            {
                w.Line($"ref double vS = ref {Marshal}.GetReference(x);");
            }

            if (s.Columns % 8 == 0)
            {
                // AVX-512 where the machine has it (the JIT folds the test): twice the lanes, half the instructions.
                w.Open("if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)");
                EmitRowLoop(w, s, "global::System.Runtime.Intrinsics.Vector512", 8);
                w.Close();
                w.Open("else");
                EmitRowLoop(w, s, "global::System.Runtime.Intrinsics.Vector256", 4);
                w.Close();
            }
            else
            {
                EmitRowLoop(w, s, "global::System.Runtime.Intrinsics.Vector256", 4);
            }

            w.Close();
            return w.ToString().TrimEnd('\n');
        }

        /// <summary>C = α·op(A)·op(B) (+C, or + β·X) as scalar statements with constant indices, sums as balanced trees.</summary>
        private string ScalarProductMethod(string method, ProductShape s)
        {
            var w = new SourceWriter();
            OpenProductMethod(w, method, s, "unrolled");
            int last = (s.Rows * s.Columns) - 1;
            w.Line(Invariant($"_ = a[{(s.Rows * s.Inner) - 1}];"));
            w.Line(Invariant($"_ = b[{(s.Inner * s.Columns) - 1}];"));
            w.Line(Invariant($"_ = c[{last}];"));
            if (s.HasAddend)
            {
                w.Line(Invariant($"_ = x[{last}];"));
            }

            for (int i = 0; i < s.Rows; i++)
            {
                for (int j = 0; j < s.Columns; j++)
                {
                    int index = (i * s.Columns) + j;
                    var terms = Enumerable.Range(0, s.Inner).Select(k =>
                        Invariant($"(a[{(s.TransposeA ? (k * s.Rows) + i : (i * s.Inner) + k)}] * b[{(s.TransposeB ? (j * s.Inner) + k : (k * s.Columns) + j)}])")).ToList();
                    string value = "alpha * " + TreeSum(terms);
                    if (s.HasAddend)
                    {
                        value += Invariant($" + beta * x[{index}]");
                    }

                    w.Line(Invariant($"c[{index}] {(s.Accumulate ? "+=" : "=")} {value};"));
                }
            }

            w.Close();
            return w.ToString().TrimEnd('\n');
        }

        /// <summary>
        /// The rows of C in blocks of R (R·n/lanes ≤ 12 independent FMA chains hide the FMA latency): for every p,
        /// broadcast op(A)(i, p) for the R rows and FMA with the vectors of row p of op(B) (ref vB); then C = α·acc (+C or + β·X).
        /// Small products are written out without loops.
        /// </summary>
        private static void EmitRowLoop(SourceWriter w, ProductShape s, string vector, int lanes)
        {
            int vectors = s.Columns / lanes;
            int block = new[] { 4, 2, 1 }.First(r => s.Rows % r == 0 && r * vectors <= 12);
            w.Line($"var vScale = {vector}.Create(alpha);");
            if (s.HasAddend)
            {
                w.Line($"var vAddScale = {vector}.Create(beta);");
            }

            bool unrolled = (long)(s.Rows / block) * s.Inner <= VectorUnrollLimit;
            var blockStarts = unrolled ? Enumerable.Range(0, s.Rows / block).Select(k => Number(k * block)).ToList() : new List<string> { "vI" };
            foreach (string i in blockStarts)
            {
                if (unrolled)
                {
                    w.OpenBlock();
                }
                else
                {
                    w.Open(Invariant($"for (int vI = 0; vI < {s.Rows}; vI += {block})"));
                }

                for (int r = 0; r < block; r++)
                {
                    for (int v = 0; v < vectors; v++)
                    {
                        w.Line(Invariant($"var vAcc{r}_{v} = {vector}<double>.Zero;"));
                    }
                }

                var steps = unrolled ? Enumerable.Range(0, s.Inner).Select(Number).ToList() : new List<string> { "vP" };
                if (!unrolled)
                {
                    w.Open(Invariant($"for (int vP = 0; vP < {s.Inner}; vP++)"));
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
                        string offset = Invariant($"(nuint)((({i} + {r}) * {s.Columns}) + {lanes * v})");
                        string value = s.Accumulate
                            ? Invariant($"{vector}.FusedMultiplyAdd(vScale, vAcc{r}_{v}, {vector}.LoadUnsafe(ref vC, {offset}))")
                            : s.HasAddend
                                ? Invariant($"{vector}.FusedMultiplyAdd(vScale, vAcc{r}_{v}, vAddScale * {vector}.LoadUnsafe(ref vS, {offset}))")
                                : Invariant($"vScale * vAcc{r}_{v}");
                        w.Line($"{vector}.StoreUnsafe({value}, ref vC, {offset});");
                    }
                }

                w.Close();
            }
        }

        /// <summary>One step p of the inner sum for the row block starting at i: broadcasts, row loads and FMAs.</summary>
        private static void EmitStep(SourceWriter w, ProductShape s, string vector, int lanes, int vectors, int block, string i, string p)
        {
            string suffix = p == "vP" ? string.Empty : "_" + p;
            for (int r = 0; r < block; r++)
            {
                string aIndex = s.TransposeA ? Invariant($"(nuint)(({p} * {s.Rows}) + {i} + {r})") : Invariant($"(nuint)((({i} + {r}) * {s.Inner}) + {p})");
                w.Line(Invariant($"var vX{r}{suffix} = {vector}.Create({Unsafe}.Add(ref vA, {aIndex}));"));
            }

            for (int v = 0; v < vectors; v++)
            {
                w.Line(Invariant($"var vB{v}{suffix} = {vector}.LoadUnsafe(ref vB, (nuint)(({p} * {s.Columns}) + {lanes * v}));"));
                for (int r = 0; r < block; r++)
                {
                    w.Line(Invariant($"vAcc{r}_{v} = {vector}.FusedMultiplyAdd(vX{r}{suffix}, vB{v}{suffix}, vAcc{r}_{v});"));
                }
            }
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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
