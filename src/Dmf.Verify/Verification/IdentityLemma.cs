namespace Dmf.Verify.Verification;

/// <summary>
/// A lemma that is a polynomial identity, checked in our own exact algebra (no solver): <see cref="Check"/> returns null
/// when it holds, otherwise what fails. "Modulo the root relation" means membership in the ideal of s² − λ and
/// f/x = x^{2L−2} − s·y·x^{L−2} + λ, decided by the normal form (a Gröbner basis: the leading terms s² and x^{2L−2} are
/// coprime), so the identity holds at every positive root of f, for every λ &gt; 0 and y.
/// </summary>
/// <param name="Name">Short identifier (the audit table's row).</param>
/// <param name="Description">The identity in words.</param>
/// <param name="Check">Computes the identity; null when it holds.</param>
internal sealed record IdentityLemma(string Name, string Description, Func<string?> Check);
