namespace Dmf.Verify.Verification;

/// <summary>
/// Claims that follow from others of the same audit (<see cref="Claim.FollowsFrom"/>): one the solver left unknown
/// counts as proved when every claim it follows from is proved — by the solvers that proved all of them, with the
/// detail "from:…" naming them.
/// </summary>
internal static class Corollaries
{
    /// <summary>The rows with each such corollary settled; the others unchanged, in the same order.</summary>
    public static IReadOnlyList<(Claim Claim, ClaimResult Result)> Apply(IReadOnlyList<(Claim Claim, ClaimResult Result)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var settled = rows.ToList();
        for (int i = 0; i < settled.Count; i++)
        {
            if (settled[i].Claim.FollowsFrom is not { } corollary || settled[i].Result.Status != ClaimStatus.Unknown)
            {
                continue;
            }

            var premises = corollary.Claims.Select(name => rows.FirstOrDefault(p => p.Claim.Name == name).Result).ToList();
            if (premises.Count > 0 && premises.All(r => r is not null && r.Status == ClaimStatus.Proved))
            {
                var provedBy = premises.Skip(1).Aggregate((IEnumerable<string>)premises[0]!.ProvedBy, (all, r) => all.Intersect(r!.ProvedBy)).ToList();
                settled[i] = (settled[i].Claim, settled[i].Result with { Status = ClaimStatus.Proved, Detail = "from:" + string.Join(",", corollary.Claims), ProvedBy = provedBy });
            }
        }

        return settled;
    }
}
