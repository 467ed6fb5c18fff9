using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Linq;
using Clems.Rules.Utility;

namespace Clems.Rules.Decisions;

/// <summary>One decision of the engine: about what, with which outcome, by which rule, under which clauses, and why.</summary>
/// <remarks>Decisions come from the rule that fired; their reasons are built from the facts that rule matched.</remarks>
public sealed class Decision
{
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
        Reasons = Preconditions.CheckItems(reasons);
        Facts = [.. Preconditions.CheckItems(facts).Distinct().Order()];
        Preconditions.CheckArgument(!Clauses.IsEmpty, nameof(clauses), $"Rule {ruleId} made a decision that cites no clause; tag the rule with its clause id.");
        Preconditions.CheckArgument(!Reasons.IsEmpty, nameof(reasons), $"Rule {ruleId} made a decision without a reason; every decision states why.");
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
        Reasons = reasons;
        Facts = SortedDistinct(facts);
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
    public ImmutableArray<Reason> Reasons { get; }

    /// <summary>The input facts involved, ordered by kind then id.</summary>
    public ImmutableArray<FactReference> Facts { get; }

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
