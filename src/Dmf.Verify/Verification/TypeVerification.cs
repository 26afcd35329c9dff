using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>The exact verification of one type.</summary>
public sealed record TypeVerification(VerificationStatus Status, IReadOnlyList<ClaimResult> Claims);
