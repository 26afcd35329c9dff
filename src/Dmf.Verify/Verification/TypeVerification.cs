namespace Dmf.Verify.Verification;

/// <summary>The exact verification of one type.</summary>
public sealed record TypeVerification(VerificationStatus Status, IReadOnlyList<ClaimResult> Claims)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(TypeVerification? other) => other is not null && Status == other.Status && ValueLists.Equal(Claims, other.Claims);

    /// <summary>A hash consistent with <see cref="Equals(TypeVerification?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Status, ValueLists.Hash(Claims));
}
