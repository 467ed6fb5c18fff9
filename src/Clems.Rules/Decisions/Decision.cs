using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Clems.Rules.Utility;

namespace Clems.Rules.Decisions;

/// <summary>One decision of the engine: about what, with which outcome, by which rule, under which clauses, and why.</summary>
/// <remarks>Decisions come from the rule that fired; their reasons are built from the facts that rule matched.</remarks>
public sealed class Decision
{
    private readonly DecisionDetail? _detail;
    private ImmutableArray<Reason> _reasons;
    private ImmutableArray<FactReference> _facts;

    /// <summary>Creates a decision.</summary>
    /// <param name="subject">What the decision is about.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="ruleId">The stable id of the rule that decided.</param>
    /// <param name="clauses">The clauses the rule enforces; at least one.</param>
    /// <param name="reasons">Every reason; at least one.</param>
    /// <param name="facts">The input facts involved.</param>
    /// <exception cref="System.ArgumentException">No clause or no reason is given, or the rule id is blank.</exception>
    public Decision(
        DecisionSubject subject,
        DecisionOutcome outcome,
        string ruleId,
        IEnumerable<ClauseId> clauses,
        IEnumerable<Reason> reasons,
        IEnumerable<FactReference> facts)
    {
        Subject = subject;
        Outcome = outcome;
        RuleId = Preconditions.CheckNotBlank(ruleId);
        Clauses = [.. Preconditions.CheckItems(clauses).Distinct().Order()];
        _reasons = Preconditions.CheckItems(reasons);
        _facts = [.. Preconditions.CheckItems(facts).Distinct().Order()];
        Preconditions.CheckArgument(!Clauses.IsEmpty, nameof(clauses), $"Rule {ruleId} made a decision that cites no clause; tag the rule with its clause id.");
        Preconditions.CheckArgument(!_reasons.IsEmpty, nameof(reasons), $"Rule {ruleId} made a decision without a reason; every decision states why.");
    }

    /// The rules' fast path: clauses already sorted and distinct (cached per rule), facts sorted and distinct here,
    /// no defensive copies — a rule that decides about a million interests pays for what it says, not for LINQ.
    internal Decision(DecisionSubject subject, DecisionOutcome outcome, string ruleId, ImmutableArray<ClauseId> clauses, ImmutableArray<Reason> reasons, FactReference[] facts)
    {
        Preconditions.CheckArgument(!reasons.IsEmpty, nameof(reasons), $"Rule {ruleId} made a decision without a reason; every decision states why.");
        Subject = subject;
        Outcome = outcome;
        RuleId = ruleId;
        Clauses = clauses;
        _reasons = reasons;
        _facts = SortedDistinct(facts);
    }

    /// A decision whose reasons and fact references <paramref name="detail"/> builds when they are first read: the
    /// allocation decides about a million interests, and the outcome, rule and clauses are what most readers need first.
    /// The detail reads only immutable facts, so what it builds does not depend on when or on which thread it is read.
    internal Decision(DecisionSubject subject, DecisionOutcome outcome, string ruleId, ImmutableArray<ClauseId> clauses, DecisionDetail detail)
    {
        Subject = subject;
        Outcome = outcome;
        RuleId = ruleId;
        Clauses = clauses;
        _detail = detail;
    }

    /// <summary>What the decision is about.</summary>
    public DecisionSubject Subject { get; }

    /// <summary>The outcome.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>The stable id of the rule that decided (e.g. <c>Initiatives.MembersOnly</c>).</summary>
    public string RuleId { get; }

    /// <summary>The clauses enforced, in catalogue order.</summary>
    public ImmutableArray<ClauseId> Clauses { get; }

    /// <summary>Every reason, in the order the rule gives them.</summary>
    public ImmutableArray<Reason> Reasons => _reasons.IsDefault ? (_reasons = Built(_detail!.Reasons())) : _reasons;

    /// <summary>The input facts involved, ordered by kind then id.</summary>
    public ImmutableArray<FactReference> Facts => _facts.IsDefault ? (_facts = SortedDistinct(_detail!.Facts())) : _facts;

    private ImmutableArray<Reason> Built(ImmutableArray<Reason> reasons)
    {
        Preconditions.CheckArgument(!reasons.IsEmpty, nameof(reasons), $"Rule {RuleId} made a decision without a reason; every decision states why.");
        return reasons;
    }

    private static ImmutableArray<FactReference> SortedDistinct(FactReference[] facts)
    {
        System.Array.Sort(facts);
        var count = 0;
        for (var i = 0; i < facts.Length; i++)
        {
            if (count == 0 || facts[i] != facts[count - 1])
            {
                facts[count++] = facts[i];
            }
        }

        // Kept, not copied, when nothing repeated (the usual case): the array was built for this decision alone.
        return count == facts.Length ? ImmutableCollectionsMarshal.AsImmutableArray(facts) : ImmutableArray.Create(facts, 0, count);
    }
}

/// What a deferred decision says when first read (see the internal constructor of <see cref="Decision"/>).
internal abstract class DecisionDetail
{
    /// Every reason; at least one.
    internal abstract ImmutableArray<Reason> Reasons();

    /// The facts involved, in a new array (the decision sorts it in place and keeps it).
    internal abstract FactReference[] Facts();
}
