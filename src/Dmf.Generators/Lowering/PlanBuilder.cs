using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Generators.Lowering
{
    /// <summary>
    /// Lowers derived (named) expressions to a straight-line plan of matrix operations, memoizing every
    /// intermediate product by its text so it is computed once per kernel call. Association rule for a product:
    /// fold outward from the anchor (the first factor that is not a layer symbol, e.g. E or D_V) to the left, so
    /// W_{l+1}ᵀ⋯W_Lᵀ·E is shared between layers; compute the part right of the anchor as its own memoized product
    /// (a transposed hit reuses W_{l−1:1}). For the gradient this gives O(L) products instead of O(L²).
    /// </summary>
    internal sealed partial class PlanBuilder
    {
        private readonly int _depth;
        private readonly int _slotBase;
        private readonly Dictionary<string, Operand> _memo = new Dictionary<string, Operand>();

        public PlanBuilder(int depth, int slotBase)
        {
            _depth = depth;
            _slotBase = slotBase;
        }

        public List<Instruction> Instructions { get; } = new List<Instruction>();

        public List<SlotInfo> Slots { get; } = new List<SlotInfo>();

        /// <summary>An operand holding the value of e, computing it (once) when needed.</summary>
        public Operand Value(MatrixExpression e)
        {
            string key = Text(e);
            if (TryMemo(key, out var known))
            {
                return known;
            }

            Operand result;
            switch (e)
            {
                case MatrixSymbol symbol:
                    result = new Operand(SymbolBuffer(symbol), false);
                    break;
                case Transpose transpose:
                    result = Value(transpose.Operand).Transpose();
                    break;
                case NamedMatrix named:
                    result = Value(named.Definition);
                    _memo[Text(named.Definition)] = result;
                    break;
                default:
                    var slot = NewSlot(e.Shape, key);
                    Into(e, slot, Coefficient.One, accumulate: false);
                    result = new Operand(slot, false);
                    break;
            }

            _memo[key] = result;
            return result;
        }

        /// <summary>Emits target = α·e (or target += α·e).</summary>
        public void Into(MatrixExpression e, Buffer target, Coefficient alpha, bool accumulate)
        {
            switch (e)
            {
                case MatrixSum sum:
                    SumInto(sum, target, alpha, accumulate);
                    break;
                case ScalarMultiple multiple:
                    Into(multiple.Operand, target, alpha.Times(CoefficientOf(multiple.Scalar)), accumulate);
                    break;
                case MatrixProduct product:
                    ProductInto(Expand(product.Factors), target, alpha, accumulate, Text(e));
                    break;
                case ZeroMatrix:
                    if (!accumulate)
                    {
                        throw new NotSupportedException("A zero matrix as a whole kernel output is not supported.");
                    }

                    break;
                default:
                    var operand = Value(e);
                    Add(new ScaledCopyInstruction(target, alpha, operand.Buffer, operand.Transposed, accumulate), Text(e));
                    break;
            }
        }

        /// <summary>The scalar coefficient c·Π λ_l of a scalar expression made of constants and λ symbols.</summary>
        public static Coefficient CoefficientOf(ScalarExpression scalar) => scalar switch
        {
            ScalarConstant c => new Coefficient(c.Value.ToDouble(), new int[0]),
            ScalarSymbol s when s.Name.Base == "lambda" => new Coefficient(1, new[] { int.Parse(s.Name.Subscript!, CultureInfo.InvariantCulture) }),
            ScalarProduct p => p.Factors.Select(CoefficientOf).Aggregate(Coefficient.One, (a, b) => a.Times(b)),
            _ => throw new NotSupportedException($"Cannot lower the scalar coefficient {scalar}."),
        };

        private void ProductInto(List<MatrixExpression> word, Buffer target, Coefficient alpha, bool accumulate, string comment)
        {
            int n = word.Count;
            int anchor = word.FindIndex(f => !IsLayerAtom(f));
            if (anchor < 0)
            {
                anchor = n - 1;
            }

            // Left of the anchor: fold outward, each partial product memoized (shared between kernels' layers).
            var t = Value(word[anchor]);
            for (int i = anchor - 1; i >= 1; i--)
            {
                int from = i;
                var current = t;
                t = Memoized(word.GetRange(from, anchor - from + 1), () => Multiply(Value(word[from]), current));
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
                    right = Memoized(word.GetRange(anchor + 1, to - anchor), () => Multiply(current, Value(word[to])));
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
                left = Memoized(word.GetRange(0, anchor + 1), () => Multiply(Value(word[0]), inner));
                last = right!.Value;
            }
            else
            {
                left = t;
                last = right!.Value;
            }

            Add(new MultiplyInstruction(target, alpha, left, last, accumulate), comment);
        }

        private Operand Multiply(Operand a, Operand b)
        {
            if (a.Transposed && b.Transposed)
            {
                // Aᵀ·Bᵀ = (B·A)ᵀ: keep every product in the fast non-transposed layout.
                var slot = NewSlot(b.Buffer.Rows, a.Buffer.Columns, "(B*A)^T");
                Add(new MultiplyInstruction(slot, Coefficient.One, b.Transpose(), a.Transpose(), false), "transposed product");
                return new Operand(slot, true);
            }

            var result = NewSlot(a.Rows, b.Columns, "product");
            Add(new MultiplyInstruction(result, Coefficient.One, a, b, false), "product");
            return new Operand(result, false);
        }

        private Operand Memoized(List<MatrixExpression> word, Func<Operand> compute)
        {
            string key = string.Join("*", word.Select(Text));
            if (TryMemo(key, out var known))
            {
                return known;
            }

            string transposedKey = string.Join("*", word.AsEnumerable().Reverse().Select(f => Text(TransposeOf(f))));
            if (TryMemo(transposedKey, out var knownTransposed))
            {
                return knownTransposed.Transpose();
            }

            var value = compute();
            if (value.Buffer.Kind == BufferKind.Slot)
            {
                Slots[value.Buffer.Index - _slotBase] = new SlotInfo(Slots[value.Buffer.Index - _slotBase].Rows, Slots[value.Buffer.Index - _slotBase].Columns, value.Transposed ? "(" + transposedKey + ")^T" : key);
                Instructions[Instructions.Count - 1].Comment = value.Transposed ? transposedKey + " (stored; used transposed)" : key;
            }

            _memo[key] = value;
            return value;
        }

        private bool TryMemo(string key, out Operand operand) => _memo.TryGetValue(key, out operand);

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

        private Buffer SymbolBuffer(MatrixSymbol symbol)
        {
            int rows = WidthIndex(symbol.Shape.Rows);
            int columns = WidthIndex(symbol.Shape.Columns);
            switch (symbol.Role)
            {
                case SymbolRole.Parameter:
                    return new Buffer(BufferKind.Parameter, Layer(symbol), rows, columns);
                case SymbolRole.Data:
                    return new Buffer(BufferKind.Data, 0, rows, columns);
                default:
                    if (symbol.Name.Base == "V")
                    {
                        return new Buffer(BufferKind.Direction, Layer(symbol), rows, columns);
                    }

                    throw new NotSupportedException($"The direction {symbol.Name} has no run-time value in a kernel.");
            }
        }

        private Buffer NewSlot(Shape shape, string meaning) => NewSlot(WidthIndex(shape.Rows), WidthIndex(shape.Columns), meaning);

        private Buffer NewSlot(int rows, int columns, string meaning)
        {
            Slots.Add(new SlotInfo(rows, columns, meaning));
            return new Buffer(BufferKind.Slot, _slotBase + Slots.Count - 1, rows, columns);
        }

        private void Add(Instruction instruction, string comment)
        {
            instruction.Comment = comment;
            Instructions.Add(instruction);
        }

        private static int Layer(MatrixSymbol symbol) => int.Parse(symbol.Name.Subscript!, CultureInfo.InvariantCulture);

        private static int WidthIndex(Dimension dimension) => int.Parse(dimension.Name.Subscript!, CultureInfo.InvariantCulture);

        private static string Text(MatrixExpression e) => ExpressionPrinter.Ascii.Print(e);

        public int Depth => _depth;
    }
}
