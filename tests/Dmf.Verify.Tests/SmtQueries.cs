using Dmf.Symbolic.Exact;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Tests;

/// <summary>Small queries with known answers, shared by the solver tests.</summary>
internal static class SmtQueries
{
    /// <summary>s &gt; 0, s² = 2, s &lt; bound: sat for bound 3/2, unsat for bound 7/5.</summary>
    public static SmtScript SquareRootBelow(string bound)
    {
        var s = Terms.Real("s");
        return new SmtScript(
            new[] { "test: sqrt(2) < " + bound },
            "QF_NRA",
            new[] { s },
            new[] { Terms.Greater(s, Terms.Number(0)), Terms.Equal(Terms.Multiply(s, s), Terms.Number(2)), Terms.Less(s, Terms.Number(BigRational.Parse(bound))) });
    }
}
