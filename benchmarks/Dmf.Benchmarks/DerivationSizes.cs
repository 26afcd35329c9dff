using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Calculus;

namespace Dmf.Benchmarks;

/// <summary>Prints the size of the simplified derivatives per depth (`-- --sizes`): terms and ASCII characters.</summary>
public static class DerivationSizes
{
    public static void Print()
    {
        Console.WriteLine("| L | gradient terms (all layers) | gradient chars | d2F[D,D] terms | d2F[D,D] chars | H[D,V] chars | HV chars (all layers) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (int depth in new[] { 2, 4, 8, 16, 32, 64 })
        {
            var d = DmfCalculus.Derive(DmfObjective.Create(depth));
            int gradientTerms = d.Gradient.Sum(g => g is MatrixSum s ? s.Terms.Count : 1);
            int hessianTerms = CountPairTerms(d.HessianQuadraticForm);
            Console.WriteLine($"| {depth} | {gradientTerms} | {d.Gradient.Sum(g => g.ToString().Length)} | {hessianTerms} | {d.HessianQuadraticForm.ToString().Length} | " +
                              $"{d.HessianBilinearForm.ToString().Length} | {d.HessianVectorProduct.Sum(h => h.ToString().Length)} |");
        }
    }

    /// <summary>Matrix terms inside the scalar form: the pair sum dominates, L(L−1)/2 words.</summary>
    private static int CountPairTerms(ScalarExpression form) =>
        form is ScalarSum sum ? sum.Terms.Sum(CountPairTerms)
        : form is ScalarProduct product ? product.Factors.Sum(CountPairTerms)
        : form is InnerProduct inner ? Math.Max(Terms(inner.Left), Terms(inner.Right))
        : 1;

    private static int Terms(MatrixExpression m) => m is MatrixSum s ? s.Terms.Count : 1;
}
