using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Generators.Lowering
{
    internal sealed partial class PlanBuilder
    {
        /// <summary>
        /// A sum of products. Terms sharing their anchor and right part are emitted as (Σ left·anchor)·right, and terms
        /// sharing left part and anchor as (left·anchor)·(Σ right), each Σ Horner-factored and memoized by the set of its
        /// words: the sum for layer l then contains the one for its neighbour, so sums over the position of a direction
        /// (Hessian-vector products, D_V) cost O(1) new products per layer.
        /// </summary>
        private void SumInto(MatrixSum sum, Buffer target, Coefficient alpha, bool accumulate)
        {
            var products = new List<(Coefficient Coefficient, List<MatrixExpression> Word, int Anchor)>();
            var others = new List<(Coefficient Coefficient, MatrixExpression Body)>();
            foreach (var term in sum.Terms)
            {
                var (coefficient, body) = term is ScalarMultiple m ? (alpha.Times(CoefficientOf(m.Scalar)), m.Operand) : (alpha, term);
                if (body is MatrixProduct product)
                {
                    var word = Expand(product.Factors);
                    products.Add((coefficient, word, AnchorOf(word)));
                }
                else
                {
                    others.Add((coefficient, body));
                }
            }

            bool add = accumulate;
            var singles = new List<(Coefficient Coefficient, List<MatrixExpression> Word, int Anchor)>();
            foreach (var group in products.GroupBy(t => Key(t.Coefficient) + "|" + Text(t.Word[t.Anchor]) + "|" + WordKey(t.Word.Skip(t.Anchor + 1))))
            {
                var members = group.ToList();
                if (members.Count == 1)
                {
                    singles.Add(members[0]);
                    continue;
                }

                var first = members[0];
                var left = SumLeft(members.Select(t => t.Word.Take(t.Anchor + 1).ToList()).ToList());
                var rightPart = first.Word.Skip(first.Anchor + 1).ToList();
                Emit(target, first.Coefficient, left, rightPart.Count == 0 ? (Operand?)null : RightValue(rightPart), add, "sum over " + WordKey(first.Word.Skip(first.Anchor)));
                add = true;
            }

            foreach (var group in singles.GroupBy(t => Key(t.Coefficient) + "|" + WordKey(t.Word.Take(t.Anchor + 1))))
            {
                var members = group.ToList();
                if (members.Count > 1 && members.All(t => t.Anchor + 1 < t.Word.Count))
                {
                    var first = members[0];
                    var left = FoldToAnchor(first.Word.Take(first.Anchor + 1).ToList());
                    var right = SumRight(members.Select(t => t.Word.Skip(t.Anchor + 1).ToList()).ToList());
                    Emit(target, first.Coefficient, left, right, add, WordKey(first.Word.Take(first.Anchor + 1)) + " * sum");
                    add = true;
                    continue;
                }

                foreach (var single in members)
                {
                    ProductInto(single.Word, target, single.Coefficient, add, WordKey(single.Word));
                    add = true;
                }
            }

            foreach (var (coefficient, body) in others)
            {
                Into(body, target, coefficient, add);
                add = true;
            }
        }

        private void Emit(Buffer target, Coefficient alpha, Operand left, Operand? right, bool accumulate, string comment)
        {
            if (right is null)
            {
                Add(new ScaledCopyInstruction(target, alpha, left.Buffer, left.Transposed, accumulate), comment);
            }
            else
            {
                Add(new MultiplyInstruction(target, alpha, left, right.Value, accumulate), comment);
            }
        }

        /// <summary>Σ over words that all end with the same anchor, factored from the left: Σ_f f·(Σ rests).</summary>
        private Operand SumLeft(List<List<MatrixExpression>> words)
        {
            if (words.Count == 1)
            {
                return FoldToAnchor(words[0]);
            }

            string key = "sum<(" + string.Join(" | ", words.Select(WordKey).OrderBy(x => x, StringComparer.Ordinal)) + ")";
            if (TryMemo(key, out var known))
            {
                return known;
            }

            var shape = new Shape(words[0][0].Shape.Rows, words[0][words[0].Count - 1].Shape.Columns);
            var slot = NewSlot(shape, key);
            bool add = false;
            foreach (var group in words.GroupBy(w => w.Count == 1 ? string.Empty : Text(w[0])))
            {
                var members = group.ToList();
                if (group.Key.Length == 0)
                {
                    var anchor = Value(members[0][0]);
                    Add(new ScaledCopyInstruction(slot, new Coefficient(members.Count, new int[0]), anchor.Buffer, anchor.Transposed, add), key);
                }
                else
                {
                    var rest = SumLeft(members.Select(w => w.Skip(1).ToList()).ToList());
                    Add(new MultiplyInstruction(slot, Coefficient.One, Value(members[0][0]), rest, add), key);
                }

                add = true;
            }

            var result = new Operand(slot, false);
            _memo[key] = result;
            return result;
        }

        /// <summary>Σ over nonempty words, factored from the right: Σ_f (Σ rests)·f.</summary>
        private Operand SumRight(List<List<MatrixExpression>> words)
        {
            if (words.Count == 1)
            {
                return RightValue(words[0]);
            }

            string key = "sum>(" + string.Join(" | ", words.Select(WordKey).OrderBy(x => x, StringComparer.Ordinal)) + ")";
            if (TryMemo(key, out var known))
            {
                return known;
            }

            var shape = new Shape(words[0][0].Shape.Rows, words[0][words[0].Count - 1].Shape.Columns);
            var slot = NewSlot(shape, key);
            bool add = false;
            foreach (var group in words.GroupBy(w => Text(w[w.Count - 1]) + (w.Count == 1 ? "#alone" : string.Empty)))
            {
                var members = group.ToList();
                var last = Value(members[0][members[0].Count - 1]);
                if (members[0].Count == 1)
                {
                    Add(new ScaledCopyInstruction(slot, new Coefficient(members.Count, new int[0]), last.Buffer, last.Transposed, add), key);
                }
                else
                {
                    var rest = SumRight(members.Select(w => w.Take(w.Count - 1).ToList()).ToList());
                    Add(new MultiplyInstruction(slot, Coefficient.One, rest, last, add), key);
                }

                add = true;
            }

            var result = new Operand(slot, false);
            _memo[key] = result;
            return result;
        }

        /// <summary>The value of a word that ends with its anchor, folded outward from the anchor with every partial product memoized.</summary>
        private Operand FoldToAnchor(List<MatrixExpression> word)
        {
            int anchor = word.Count - 1;
            var t = Value(word[anchor]);
            for (int i = anchor - 1; i >= 0; i--)
            {
                int from = i;
                var current = t;
                t = Memoized(word.GetRange(from, anchor - from + 1), () => Multiply(Value(word[from]), current));
            }

            return t;
        }

        /// <summary>The value of a word with no anchor of its own, folded from the left with memoized prefixes.</summary>
        private Operand RightValue(List<MatrixExpression> word)
        {
            var right = Value(word[0]);
            for (int j = 1; j < word.Count; j++)
            {
                int to = j;
                var current = right;
                right = Memoized(word.GetRange(0, to + 1), () => Multiply(current, Value(word[to])));
            }

            return right;
        }

        private static int AnchorOf(List<MatrixExpression> word)
        {
            int anchor = word.FindIndex(f => !IsLayerAtom(f));
            return anchor < 0 ? word.Count - 1 : anchor;
        }

        private static string Key(Coefficient c) => c.Constant.ToString("R", CultureInfo.InvariantCulture) + "*" + string.Join("*", c.Lambdas.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        private static string WordKey(IEnumerable<MatrixExpression> word) => string.Join("*", word.Select(Text));
    }
}
