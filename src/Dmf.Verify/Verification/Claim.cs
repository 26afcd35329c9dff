using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// One claim about a critical-point type: a Bool <see cref="Statement"/> over declared reals, under a
/// <see cref="Context"/> that pins them (√λ as s with s &gt; 0 ∧ s² = λ, each σ by its defining polynomial and
/// isolating interval). It is proved when Context ∧ ¬Statement is unsatisfiable and the context itself is satisfiable
/// (otherwise the claim is vacuous: it says nothing).
/// </summary>
/// <param name="Name">Short identifier, e.g. "root[1]" or "witness".</param>
/// <param name="Description">The claim in words.</param>
/// <param name="Constants">The reals it declares.</param>
/// <param name="Context">Assertions that pin the constants.</param>
/// <param name="Statement">What is claimed.</param>
/// <param name="ExactCheck">Our own exact evaluation of the claim where it is a sign at one algebraic point (null otherwise).</param>
internal sealed record Claim(string Name, string Description, IReadOnlyList<SmtConstant> Constants, IReadOnlyList<SmtTerm> Context, SmtTerm Statement, Func<bool>? ExactCheck)
{
    /// <summary>The query whose unsatisfiability proves the claim, with a header naming instance, type and claim.</summary>
    public SmtScript Negation(IEnumerable<string> header) =>
        new(header.Append($"claim {Name}: {Description}").Concat(Reduction is null ? Array.Empty<string>() : new[] { "encoding: " + Reduction }).Append("expected: unsat (the negated claim has no solution)").ToList(), "QF_NRA", Constants, Context.Append(Terms.Not(Statement)).ToList());

    /// <summary>The query whose satisfiability shows the claim is not vacuous: the context alone.</summary>
    public SmtScript ContextQuery(IEnumerable<string> header) =>
        new(header.Append($"context of claim {Name}: {Description}").Append("expected: sat (the context has a solution, so the claim says something)").ToList(), "QF_NRA", Constants, Context);

    /// <summary>
    /// One pin per constant when the context is exactly the constants' pins (claims about a type), so that our own exact
    /// arithmetic decides the context; null when the context relates several variables (the lemmas' premises).
    /// </summary>
    internal IReadOnlyList<Pin>? Pins { get; init; }

    /// <summary>
    /// How the claim as stated follows from the query the solver is given, when they differ (e.g. √λ eliminated at a
    /// root, docs/verification.md); shown in the saved query's header. Null when the query is the claim itself.
    /// </summary>
    public string? Reduction { get; init; }

    /// <summary>
    /// The claims of the same type this one takes as hypotheses (its context names their quantities, e.g. the slot
    /// gains); it is proved only when they are. Empty for a claim that stands alone.
    /// </summary>
    public IReadOnlyList<string> Premises { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Other claims of the same audit from which this one follows by a short argument (e.g. b1 from e1 and e2): when the
    /// solver leaves it unknown and each of them is proved, it counts as proved, "from" them. Null when there are none.
    /// </summary>
    public Corollary? FollowsFrom { get; init; }

    /// <summary>
    /// Why the claim could not be put into a query (e.g. a Hessian block without a structure the exact conditions cover);
    /// such a claim is reported unknown with this reason and no solver is asked. Null for an encoded claim.
    /// </summary>
    public string? NotEncoded { get; init; }
}
