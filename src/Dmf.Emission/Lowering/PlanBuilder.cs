using Dmf.Symbolic.Expressions;

namespace Dmf.Emission.Lowering
{
    /// <summary>
    /// Lowers derived (named) expressions to a straight-line plan of matrix operations, memoizing every intermediate
    /// by its structure (the expression, or the word of factors of a product — records compare structurally, with
    /// cached hashes), so each is computed once per kernel call. Association rule for a product: fold outward from the
    /// anchor (the first factor that is not a layer symbol, e.g. E) to the left, so W_{l+1}ᵀ⋯W_Lᵀ·E is shared between
    /// layers; compute the part right of the anchor as its own memoized product (a transposed hit reuses W_{l−1:1}).
    /// For the gradient this gives 3(L − 1) products instead of O(L²). What a symbol is at run time comes from the
    /// <see cref="SymbolTable"/>; printed text is only ever a comment.
    /// </summary>
    internal sealed class PlanBuilder
    {
        private readonly int _depth;
        private readonly int _slotBase;
        private readonly SymbolTable _symbols;
        private readonly Dictionary<MatrixExpression, Operand> _values = new Dictionary<MatrixExpression, Operand>();
        private readonly Dictionary<EquatableArray<MatrixExpression>, Operand> _words = new Dictionary<EquatableArray<MatrixExpression>, Operand>();
        private readonly List<Instruction> _instructions = new List<Instruction>();
        private readonly List<SlotInfo> _slots = new List<SlotInfo>();

        public PlanBuilder(int depth, int slotBase, SymbolTable symbols)
        {
            _depth = depth;
            _slotBase = slotBase;
            _symbols = symbols;
        }

        /// <summary>The plan so far, returning <paramref name="result"/> (null: nothing).</summary>
        public Plan Build(ScalarValue? result) => new Plan(_depth, _slotBase, _instructions, _slots, result);

        /// <summary>An operand holding the value of e, computing it (once) when needed.</summary>
        public Operand Value(MatrixExpression e)
        {
            if (_values.TryGetValue(e, out var known))
            {
                return known;
            }

            Operand result;
            switch (e)
            {
                case MatrixSymbol symbol:
                    result = new Operand(_symbols.Matrix(symbol), false);
                    break;
                case Transpose transpose:
                    result = Value(transpose.Operand).Transpose();
                    break;
                case NamedMatrix named:
                    result = Value(named.Definition);
                    _values[named.Definition] = result;
                    break;
                default:
                    var slot = NewSlot(e.Shape, Describe(e));
                    Into(e, slot, Coefficient.One, accumulate: false);
                    result = new Operand(slot, false);
                    break;
            }

            _values[e] = result;
            return result;
        }

        /// <summary>The lowered value of a scalar made of constants, λ symbols, sums, products, norms and inner products.</summary>
        public ScalarValue Scalar(ScalarExpression e) => e switch
        {
            ScalarConstant c => new ConstantValue(c.Value.ToDouble()),
            ScalarSymbol s when _symbols.Lambda(s) is int l => new LambdaValue(l),
            ScalarSum sum => new SumValue(sum.Terms.Select(Scalar)),
            ScalarProduct product => new ProductValue(product.Factors.Select(Scalar)),
            SquaredNorm norm => Dot(Value(norm.Operand), Value(norm.Operand)),
            InnerProduct inner => Dot(Value(inner.Left), Value(inner.Right)),
            _ => throw new NotSupportedException($"Cannot lower the scalar {e}."),
        };

        /// <summary>Emits target = α·e (or target += α·e).</summary>
        public void Into(MatrixExpression e, Buffer target, Coefficient alpha, bool accumulate)
        {
            switch (e)
            {
                case MatrixSum sum:
                    // Term by term; products shared between terms and kernels through the memo.
                    bool add = accumulate;
                    foreach (var term in sum.Terms)
                    {
                        Into(term, target, alpha, add);
                        add = true;
                    }

                    break;
                case ScalarMultiple multiple:
                    Into(multiple.Operand, target, alpha.Times(CoefficientOf(multiple.Scalar)), accumulate);
                    break;
                case MatrixProduct product:
                    var factors = Expand(product.Factors);
                    ProductInto(factors, target, alpha, accumulate, WordText.Of(factors, _symbols));
                    break;
                case ZeroMatrix:
                    if (!accumulate)
                    {
                        throw new NotSupportedException("A zero matrix as a whole kernel output is not supported.");
                    }

                    break;
                default:
                    var operand = Value(e);
                    Add(new ScaledCopyInstruction(target, alpha, operand.Buffer, operand.Transposed, accumulate, Text(e)));
                    break;
            }
        }

        /// <summary>The scalar coefficient c·Π λ_l of a scalar expression made of constants and λ symbols.</summary>
        public Coefficient CoefficientOf(ScalarExpression scalar) => scalar switch
        {
            ScalarConstant c => new Coefficient(c.Value.ToDouble(), new int[0]),
            ScalarSymbol s when _symbols.Lambda(s) is int l => new Coefficient(1, new[] { l }),
            ScalarProduct p => p.Factors.Select(CoefficientOf).Aggregate(Coefficient.One, (a, b) => a.Times(b)),
            _ => throw new NotSupportedException($"Cannot lower the scalar coefficient {scalar}."),
        };

        private ScalarValue Dot(Operand a, Operand b)
        {
            if (a.Transposed != b.Transposed)
            {
                throw new NotSupportedException("An inner product of a matrix with a transposed one is not lowered.");
            }

            return new DotValue(a, b);
        }

        private void ProductInto(List<MatrixExpression> word, Buffer target, Coefficient alpha, bool accumulate, string comment)
        {
            int n = word.Count;
            int anchor = word.FindIndex(f => !IsLayerAtom(f));
            if (anchor < 0)
            {
                anchor = n - 1;
            }

            // Left of the anchor: fold outward, each partial product memoized (shared between layers).
            var t = Value(word[anchor]);
            for (int i = anchor - 1; i >= 1; i--)
            {
                int from = i;
                var current = t;
                t = Memoized(word.GetRange(from, anchor - from + 1), () => (Value(word[from]), current));
            }

            // Right of the anchor: one memoized product.
            Operand? right = null;
            if (anchor + 1 < n)
            {
                right = Value(word[anchor + 1]);
                for (int j = anchor + 2; j < n; j++)
                {
                    int to = j;
                    var current = right.Value;
                    right = Memoized(word.GetRange(anchor + 1, to - anchor), () => (current, Value(word[to])));
                }
            }

            if (anchor == 0 && right is null)
            {
                Into(word[0], target, alpha, accumulate);
                return;
            }

            Operand left;
            Operand last;
            if (anchor >= 1 && right is null)
            {
                left = Value(word[0]);
                last = t;
            }
            else if (anchor >= 1)
            {
                var inner = t;
                left = Memoized(word.GetRange(0, anchor + 1), () => (Value(word[0]), inner));
                last = right!.Value;
            }
            else
            {
                left = t;
                last = right!.Value;
            }

            Add(new MultiplyInstruction(target, alpha, left, last, accumulate, comment));
        }

        /// <summary>
        /// The product of a word, of the two operands <paramref name="operands"/> gives, unless the word or its transpose is
        /// known; stored in a new slot named by the word (Aᵀ·Bᵀ as (B·A)ᵀ, so every product is computed in the fast
        /// non-transposed layout).
        /// </summary>
        private Operand Memoized(List<MatrixExpression> factors, Func<(Operand Left, Operand Right)> operands)
        {
            var word = factors.ToEquatableArray();
            if (_words.TryGetValue(word, out var known))
            {
                return known;
            }

            var transposedWord = factors.AsEnumerable().Reverse().Select(TransposeOf).ToEquatableArray();
            if (_words.TryGetValue(transposedWord, out var knownTransposed))
            {
                return knownTransposed.Transpose();
            }

            var (a, b) = operands();
            Operand value;
            if (a.Transposed && b.Transposed)
            {
                string meaning = WordText.Of(transposedWord, _symbols);
                var slot = NewSlot(b.Buffer.Rows, a.Buffer.Columns, "(" + meaning + ")^T");
                Add(new MultiplyInstruction(slot, Coefficient.One, b.Transpose(), a.Transpose(), false, meaning + " (stored; used transposed)"));
                value = new Operand(slot, true);
            }
            else
            {
                string meaning = WordText.Of(word, _symbols);
                var slot = NewSlot(a.Rows, b.Columns, meaning);
                Add(new MultiplyInstruction(slot, Coefficient.One, a, b, false, meaning));
                value = new Operand(slot, false);
            }

            _words[word] = value;
            return value;
        }

        /// <summary>Layer products named W_{j:i} (and their transposes) are expanded into their factors.</summary>
        private static List<MatrixExpression> Expand(IEnumerable<MatrixExpression> factors)
        {
            var word = new List<MatrixExpression>();
            foreach (var factor in factors)
            {
                if (factor is NamedMatrix { Definition: MatrixProduct product } && IsLayerProduct(product))
                {
                    word.AddRange(product.Factors);
                }
                else if (factor is Transpose { Operand: NamedMatrix { Definition: MatrixProduct transposed } } && IsLayerProduct(transposed))
                {
                    word.AddRange(transposed.Factors.Reverse().Select(f => (MatrixExpression)new Transpose(f)));
                }
                else
                {
                    word.Add(factor);
                }
            }

            return word;
        }

        private static bool IsLayerProduct(MatrixProduct product) => product.Factors.All(f => f is MatrixSymbol s && s.Role == SymbolRole.Parameter);

        private static bool IsLayerAtom(MatrixExpression f) => (f is Transpose t ? t.Operand : f) is MatrixSymbol;

        private static MatrixExpression TransposeOf(MatrixExpression f) => f is Transpose t ? t.Operand : new Transpose(f);

        private Buffer NewSlot(Shape shape, string meaning) => NewSlot(_symbols.Width(shape.Rows), _symbols.Width(shape.Columns), meaning);

        private Buffer NewSlot(int rows, int columns, string meaning)
        {
            _slots.Add(new SlotInfo(rows, columns, meaning));
            return new Buffer(BufferKind.Slot, _slotBase + _slots.Count - 1, rows, columns);
        }

        private void Add(Instruction instruction) => _instructions.Add(instruction);

        private static string Text(MatrixExpression e) => ExpressionPrinter.Ascii.Print(e);

        /// <summary>What a slot holds, for its comment: a product by its factors (layer runs as W_{j:i}), else as printed.</summary>
        private string Describe(MatrixExpression e) => e is MatrixProduct product ? WordText.Of(Expand(product.Factors), _symbols) : Text(e);
    }
}
