namespace Dmf.Verify.Verification;

/// <summary>How a claim follows from others (<see cref="Claim.FollowsFrom"/>).</summary>
/// <param name="Claims">The names of the claims it follows from.</param>
/// <param name="Why">The argument, in words.</param>
internal sealed record Corollary(IReadOnlyList<string> Claims, string Why)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(Corollary? other) => other is not null && ValueLists.Equal(Claims, other.Claims) && Why == other.Why;

    /// <summary>A hash consistent with <see cref="Equals(Corollary?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(ValueLists.Hash(Claims), Why);
}
