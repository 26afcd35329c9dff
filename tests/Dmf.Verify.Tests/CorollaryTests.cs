using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>A lemma declared to follow from others (b1 from e1 and e2) is settled from them, and only from proved ones.</summary>
public class CorollaryTests
{
    private static ClaimResult Result(string name, ClaimStatus status, params string[] provedBy) =>
        new(name, name, status, string.Empty, 1, 1, 1, "Z3", "hash", "query") { ProvedBy = provedBy };

    private static Claim Lemma(string name, Corollary? followsFrom = null) =>
        new(name, name, Array.Empty<SmtConstant>(), Array.Empty<SmtTerm>(), Terms.And(), null) { FollowsFrom = followsFrom };

    [Fact]
    public void An_unknown_corollary_of_proved_lemmas_is_proved_by_their_common_solvers()
    {
        var b1 = Lemma("b1", new Corollary(new[] { "e1", "e2" }, "why"));
        var rows = new List<(Claim, ClaimResult)>
        {
            (b1, Result("b1", ClaimStatus.Unknown)),
            (Lemma("e1"), Result("e1", ClaimStatus.Proved, "Z3", "cvc5")),
            (Lemma("e2"), Result("e2", ClaimStatus.Proved, "Z3")),
        };
        var settled = Corollaries.Apply(rows);
        Assert.Equal(ClaimStatus.Proved, settled[0].Result.Status);
        Assert.Equal("from:e1,e2", settled[0].Result.Detail);
        Assert.Equal(new[] { "Z3" }, settled[0].Result.ProvedBy);

        rows[2] = (rows[2].Item1, Result("e2", ClaimStatus.Unknown));
        Assert.Equal(ClaimStatus.Unknown, Corollaries.Apply(rows)[0].Result.Status);
    }
}
