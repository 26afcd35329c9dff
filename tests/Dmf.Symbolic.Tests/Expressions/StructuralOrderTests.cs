using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Simplification;

namespace Dmf.Symbolic.Tests.Expressions;

/// <summary>
/// The order of a canonical sum's terms and factors is read from the nodes' structure (StructuralOrder), never from
/// their printed text: it is a total order consistent with structural equality, and it does not depend on the order
/// in which a sum was written.
/// </summary>
public class StructuralOrderTests
{
    private static readonly Shape Square = new(Dimension.Width(1), Dimension.Width(1));

    private static MatrixSymbol W(int l) => Expr.Symbol(SymbolName.Indexed("W", l), Square, SymbolRole.Parameter);

    private static int Compare(MatrixExpression a, MatrixExpression b) => Math.Sign(StructuralOrder.Instance.Compare(a, b));

    [Fact]
    public void Names_compare_by_base_then_subscript_with_numbers_by_value()
    {
        Assert.Equal(-1, Compare(W(9), W(10)));
        Assert.Equal(-1, Compare(W(2), W(12)));
        Assert.Equal(-1, Compare(Expr.Symbol(new SymbolName("E"), Square, SymbolRole.Data), W(1)));
        Assert.Equal(-1, Compare(Expr.Symbol(new SymbolName("W"), Square, SymbolRole.Data), W(1)));
        Assert.Equal(-1, Compare(Expr.Named(SymbolName.Indexed("W", 3, 1), W(3)), Expr.Named(SymbolName.Indexed("W", 10, 1), W(3))));
        Assert.Equal(-1, Compare(W(3), Expr.Named(SymbolName.Indexed("W", 3, 1), W(3))));
    }

    [Fact]
    public void Indices_are_data_and_printing_only_shows_them()
    {
        var product = SymbolName.Indexed("W", 12, 1);
        Assert.Equal(new[] { 12, 1 }, product.Indices);
        Assert.Equal(product, SymbolName.Indexed("W", 12, 1));
        Assert.NotEqual(product, new SymbolName("W", "12:1"));
        Assert.Equal("W_{12:1}", ExpressionPrinter.Ascii.Name(product));
        Assert.Equal("W₁₂", ExpressionPrinter.Unicode.Name(SymbolName.Indexed("W", 12)));
        Assert.Equal("D_V", ExpressionPrinter.Ascii.Name(new SymbolName("D", "V")));
        Assert.Equal(-1, Compare(Expr.Named(new SymbolName("D"), W(1)), Expr.Named(new SymbolName("D", "V"), W(1))));
    }

    [Fact]
    public void A_transposed_atom_follows_its_operand_and_a_differential_comes_last()
    {
        Assert.Equal(-1, Compare(W(1), Expr.Transpose(W(1))));
        Assert.Equal(-1, Compare(Expr.Transpose(W(1)), W(2)));
        Assert.Equal(-1, Compare(Expr.Sum(W(1), W(2)), new MatrixDifferential(W(1))));
        Assert.Equal(-1, Compare(Expr.Product(W(2), W(1)), Expr.Product(W(2), W(1), W(1))));
    }

    [Fact]
    public void It_is_a_total_order_consistent_with_structural_equality()
    {
        var nodes = Nodes(new Random(7), 60);
        foreach (var a in nodes)
        {
            foreach (var b in nodes)
            {
                int ab = Compare(a, b);
                Assert.Equal(-ab, Compare(b, a));
                Assert.Equal(a.Equals(b), ab == 0);
                foreach (var c in nodes)
                {
                    if (ab <= 0 && Compare(b, c) <= 0)
                    {
                        Assert.True(Compare(a, c) <= 0, $"{a} <= {b} <= {c} but not {a} <= {c}");
                    }
                }
            }
        }
    }

    [Fact]
    public void A_canonical_sum_does_not_depend_on_the_order_it_was_written_in()
    {
        var random = new Random(11);
        var lambda = Expr.Scalar(SymbolName.Indexed("lambda", 2));
        for (int trial = 0; trial < 40; trial++)
        {
            var terms = Nodes(random, 6).Select((t, k) => k % 2 == 0 ? Expr.Scale(lambda, t) : Expr.Scale(k, t)).ToList();
            var inner = Expr.Add(terms.Select((t, k) => Expr.Inner(t, terms[(k + 1) % terms.Count])));
            var shuffled = terms.OrderBy(_ => random.Next()).ToList();
            var innerShuffled = Expr.Add(Enumerable.Range(0, terms.Count).Select(k => Expr.Inner(terms[(k + 1) % terms.Count], terms[k])).Reverse());
            Assert.Equal(Simplifier.Simplify(Expr.Sum(terms)).ToString(), Simplifier.Simplify(Expr.Sum(shuffled)).ToString());
            Assert.Equal(Simplifier.Simplify(inner).ToString(), Simplifier.Simplify(innerShuffled).ToString());
        }
    }

    private static List<MatrixExpression> Nodes(Random random, int count)
    {
        MatrixExpression Atom()
        {
            int l = random.Next(1, 12);
            return random.Next(4) switch
            {
                0 => Expr.Transpose(W(l)),
                1 => Expr.Named(SymbolName.Indexed("W", l, 1), W(l)),
                _ => W(l),
            };
        }

        var nodes = new List<MatrixExpression>();
        for (int k = 0; k < count; k++)
        {
            nodes.Add(random.Next(5) switch
            {
                0 => Atom(),
                1 => Expr.Product(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Atom())),
                2 => Expr.Sum(Atom(), Atom()),
                3 => new MatrixDifferential(Atom()),
                _ => Expr.Scale(new BigRational(random.Next(1, 4)), Atom()),
            });
        }

        return nodes;
    }
}
