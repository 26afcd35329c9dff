using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Smt;

namespace Dmf.Verify.Verification;

/// <summary>
/// Proves a type's claims with Z3 and trusts nothing unchecked. First the claim's context must be satisfiable — each
/// pin nonempty in our own exact arithmetic (a Sturm count of 1 in the isolating interval, λ &gt; 0) and the context alone
/// sat for the solver — otherwise the claim is vacuous, never proved. Then an unsat is corroborated by a second run with
/// seed + 1 (and by our own exact evaluation where the claim is a sign at one algebraic point); a sat model is read
/// exactly, checked exactly against the context and the claim re-evaluated in our arithmetic before it counts as
/// refuted; anything else is unknown.
/// </summary>
public sealed class ExactVerifier
{
    private readonly ISmtSolver _solver;
    private readonly SmtBudget _budget;
    private readonly ISmtSolver? _independent;
    private readonly SmtBudget _independentBudget;
    private readonly ConcurrentDictionary<QueryKey, Lazy<SmtOutcome>> _contexts = new();
    private readonly ConcurrentDictionary<QueryKey, Lazy<ClaimResult>> _decided = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CriticalPointTypes, ClaimContext> _claimContexts = new();

    /// <summary>
    /// A verifier on <paramref name="solver"/> (Z3) with <paramref name="budget"/> per query; <paramref name="independent"/>
    /// (e.g. <see cref="ProcessCvc5"/>), when given, is asked every decided query with <paramref name="independentBudget"/>
    /// (default: the same budget), and a contradiction is a <see cref="ClaimStatus.Disagreement"/>.
    /// </summary>
    public ExactVerifier(ISmtSolver solver, SmtBudget budget, ISmtSolver? independent = null, SmtBudget? independentBudget = null)
    {
        _solver = solver ?? throw new ArgumentNullException(nameof(solver));
        _budget = budget ?? throw new ArgumentNullException(nameof(budget));
        _independent = independent;
        _independentBudget = independentBudget ?? budget;
    }

    /// <summary>
    /// Verifies every claim of <paramref name="type"/>; given a <paramref name="step"/> and the minimizer's
    /// <paramref name="stability"/> for it, also the sharpness claims (<see cref="SharpnessClaims.ForStep"/>); given the
    /// minimizer's <paramref name="sharpness"/>, also λ_max's bracket and defining polynomial (<see cref="SharpnessClaims.ForLargest"/>).
    /// </summary>
    public TypeVerification Verify(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, Classification classification, BigRational? step = null, Numerics.LinearStability? stability = null, Numerics.HessianSharpness? sharpness = null)
    {
        var header = new[]
        {
            $"dmf exact verification; Z3 {_solver.Version}",
            Invariant($"instance: L = {instance.Depth}, widths {string.Join(",", instance.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture)))}, lambda {string.Join(",", instance.Lambdas.Select(l => l.ToExactString()))}, y {string.Join(",", instance.SingularValueTexts())}"),
            $"type {type}: {classification.Class} ({classification.Rule}): {classification.Reason}",
        };
        var results = new List<ClaimResult>();
        var byName = new Dictionary<string, ClaimResult>(StringComparer.Ordinal);
        var context = ContextFor(instance, space);
        foreach (var claim in TypeClaims.For(context, type, classification).Concat(SharpnessClaims.ForStep(context, type, classification, step, stability)).Concat(SharpnessClaims.ForLargest(context, type, classification, sharpness)))
        {
            var result = Check(claim, header);
            var missing = claim.Premises.FirstOrDefault(p => !byName.TryGetValue(p, out var premise) || premise.Status != ClaimStatus.Proved);
            if (missing is not null && result.Status == ClaimStatus.Proved)
            {
                // A proof from hypotheses proves nothing until they are proved.
                string why = byName.TryGetValue(missing, out var premise) ? premise.Status.ToString().ToLowerInvariant() : "missing";
                result = result with { Status = ClaimStatus.Unknown, Detail = $"follows from its premises, but premise {missing} is {why}", ProvedBy = Array.Empty<string>() };
            }

            results.Add(result);
            byName[claim.Name] = result;
        }

        var status = results.Any(r => r.Status == ClaimStatus.Refuted) ? VerificationStatus.Refuted
            : results.Any(r => r.Status == ClaimStatus.Disagreement) ? VerificationStatus.Disagreement
            : results.Any(r => r.Status == ClaimStatus.Vacuous) ? VerificationStatus.Vacuous
            : results.All(r => r.Status == ClaimStatus.Proved) ? VerificationStatus.Verified
            : VerificationStatus.Unknown;
        return new TypeVerification(status, results);
    }

    /// <summary>The claim context of this run for <paramref name="space"/>: its eliminations and blocks are shared by the types.</summary>
    private ClaimContext ContextFor(DmfInstance instance, CriticalPointTypes space)
    {
        var context = _claimContexts.GetValue(space, s => new ClaimContext(instance, s));
        return ReferenceEquals(context.Instance, instance) ? context : new ClaimContext(instance, space);
    }

    /// <summary>Proves, refutes or gives up on one claim; the independent solver, if any, corroborates or contradicts a decided one.</summary>
    internal ClaimResult Check(Claim claim, IEnumerable<string> header)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var script = claim.Negation(header);

        // The same formula under the same options was decided before (e.g. the same root's claims in another type):
        // the answer is the same, so it is reused, with this claim's name and query, and no time spent.
        string text = script.ToText(_budget);
        var key = new QueryKey(claim.NotEncoded, claim.Premises, script.Logic, script.Constants, script.Assertions);
        var decided = _decided.GetOrAdd(key, _ => new Lazy<ClaimResult>(() => Decide(claim, script, header)));
        bool reused = decided.IsValueCreated;
        var result = decided.Value;
        if (reused || result.Claim != claim.Name || result.Description != claim.Description)
        {
            string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
            result = result with { Claim = claim.Name, Description = claim.Description, Query = text, QueryHash = hash, Milliseconds = reused ? 0 : result.Milliseconds };
        }

        return result;
    }

    private ClaimResult Decide(Claim claim, SmtScript script, IEnumerable<string> header)
    {
        var result = CheckWithZ3(claim, script, header);
        if (result.Status == ClaimStatus.Proved)
        {
            result = result with { ProvedBy = new[] { _solver.Version } };
        }

        if (_independent is null || result.Status is not (ClaimStatus.Proved or ClaimStatus.Refuted))
        {
            return result;
        }

        var second = _independent.Check(script, _independentBudget);
        string answer = $"{_independent.Version}: {SmtTranscript.Word(second.Status)}" + (second.ReasonUnknown is { } why ? $" ({why})" : string.Empty);
        result = result with { IndependentAnswer = answer, Milliseconds = result.Milliseconds + second.Milliseconds };
        return (result.Status, second.Status) switch
        {
            (ClaimStatus.Proved, SmtStatus.Unsat) => result with { ProvedBy = new[] { _solver.Version, _independent.Version } },
            (ClaimStatus.Proved, SmtStatus.Sat) => result with { Status = ClaimStatus.Disagreement, Detail = $"Z3 proved it (unsat with two seeds), but {_independent.Version} answers sat", ProvedBy = Array.Empty<string>() },
            (ClaimStatus.Refuted, SmtStatus.Unsat) => result with { Status = ClaimStatus.Disagreement, Detail = $"{result.Detail}; but {_independent.Version} answers unsat" },
            _ => result,
        };
    }

    private ClaimResult CheckWithZ3(Claim claim, SmtScript script, IEnumerable<string> header)
    {
        string query = script.ToText(_budget);
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..16].ToLowerInvariant();
        ClaimResult Result(ClaimStatus status, string detail, long millis) =>
            new(claim.Name, claim.Description, status, detail, millis, _budget.Seed, _budget.ResourceLimit, _solver.Version, hash, query);

        if (claim.NotEncoded is { } why)
        {
            return Result(ClaimStatus.Unknown, "not encoded: " + why, 0);
        }

        if (claim.Pins?.Select(p => p.Emptiness()).FirstOrDefault(reason => reason is not null) is { } empty)
        {
            return Result(ClaimStatus.Vacuous, "vacuous: " + empty, 0);
        }

        var context = ContextSatisfiability(claim, header);
        switch (context.Status)
        {
            case SmtStatus.Unsat:
                return Result(ClaimStatus.Vacuous, "vacuous: the solver finds the context unsatisfiable", context.Milliseconds);
            case SmtStatus.Unknown:
                return Result(ClaimStatus.Unknown, $"the context's satisfiability is unknown: {context.ReasonUnknown}", context.Milliseconds);
        }

        var first = _solver.Check(script, _budget);

        switch (first.Status)
        {
            case SmtStatus.Unsat:
                {
                    var second = _solver.Check(script, _budget with { Seed = _budget.Seed + 1 });
                    long millis = first.Milliseconds + second.Milliseconds;
                    if (second.Status != SmtStatus.Unsat)
                    {
                        return Result(ClaimStatus.Unknown, Invariant($"unsat with seed {_budget.Seed} but {second.Status.ToString().ToLowerInvariant()} with seed {_budget.Seed + 1}"), millis);
                    }

                    if (claim.ExactCheck is { } exact && !exact())
                    {
                        return Result(ClaimStatus.Unknown, "Z3 proved it, but our exact evaluation disagrees", millis);
                    }

                    return Result(ClaimStatus.Proved, string.Empty, millis);
                }

            case SmtStatus.Sat:
                {
                    IReadOnlyDictionary<string, Dmf.Symbolic.Exact.AlgebraicNumber> model;
                    try
                    {
                        model = SmtModel.Parse(first.Model ?? string.Empty);
                    }
                    catch (FormatException exception)
                    {
                        return Result(ClaimStatus.Unknown, $"Z3 found a model that could not be read exactly: {exception.Message}", first.Milliseconds);
                    }

                    bool? inContext = claim.Pins is { } pins
                        ? pins.All(p => p is FreePin || (model.TryGetValue(p.Name, out var v) && p.Admits(v)))
                        : IntervalTruth.Evaluate(Terms.And(claim.Context.ToArray()), model);
                    bool? holds = IntervalTruth.Evaluate(claim.Statement, model);
                    if (inContext != true)
                    {
                        return Result(ClaimStatus.Unknown, "Z3 found a model that our exact check does not place in the claim's context", first.Milliseconds);
                    }

                    if (holds == false)
                    {
                        string values = string.Join(", ", model.Select(p => Invariant($"{p.Key} = {p.Value.ToDouble():G10}")));
                        return Result(ClaimStatus.Refuted, $"counterexample (checked exactly): {values}", first.Milliseconds);
                    }

                    return Result(ClaimStatus.Unknown, "Z3 found a model, but our exact re-evaluation does not confirm it as a counterexample", first.Milliseconds);
                }

            default:
                return Result(ClaimStatus.Unknown, $"unknown: {first.ReasonUnknown}", first.Milliseconds);
        }
    }

    /// <summary>The solver's answer on the context alone, asked once per distinct context.</summary>
    private SmtOutcome ContextSatisfiability(Claim claim, IEnumerable<string> header)
    {
        var key = new QueryKey(null, Array.Empty<string>(), string.Empty, claim.Constants, claim.Context);
        return _contexts.GetOrAdd(key, _ => new Lazy<SmtOutcome>(() => _solver.Check(claim.ContextQuery(header), _budget))).Value;
    }

    /// <summary>
    /// What makes two queries the same question, compared by value: the same declarations and assertions (terms are
    /// records with structural equality), logic, premises and "not encoded" note — never the printed script.
    /// </summary>
    private sealed record QueryKey(string? NotEncoded, IReadOnlyList<string> Premises, string Logic, IReadOnlyList<SmtConstant> Constants, IReadOnlyList<SmtTerm> Assertions)
    {
        public bool Equals(QueryKey? other) =>
            other is not null && NotEncoded == other.NotEncoded && Logic == other.Logic
            && ValueLists.Equal(Premises, other.Premises) && ValueLists.Equal(Constants, other.Constants) && ValueLists.Equal(Assertions, other.Assertions);

        public override int GetHashCode() =>
            HashCode.Combine(NotEncoded, Logic, ValueLists.Hash(Premises), ValueLists.Hash(Constants), ValueLists.Hash(Assertions));
    }
}
