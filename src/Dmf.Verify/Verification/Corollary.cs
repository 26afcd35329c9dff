using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>How a claim follows from others (<see cref="Claim.FollowsFrom"/>).</summary>
/// <param name="Claims">The names of the claims it follows from.</param>
/// <param name="Why">The argument, in words.</param>
public sealed record Corollary(IReadOnlyList<string> Claims, string Why);
