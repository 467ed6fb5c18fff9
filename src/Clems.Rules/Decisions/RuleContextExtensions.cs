using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NRules.RuleModel;

namespace Clems.Rules.Decisions;

/// Builds a decision from the firing rule itself: its id and clause tags come from the rule definition and the
/// fact references from the facts it matched, so the explanation is the data that decided.
internal static class RuleContextExtensions
{
    internal static Decision Decide(
        this IContext context,
        DecisionSubject subject,
        DecisionOutcome outcome,
        IEnumerable<Reason> reasons,
        IEnumerable<FactReference>? extraFacts = null)
        => Record(context, subject, outcome, reasons, MatchedReferences(context).Concat(extraFacts ?? []));

    /// For a rule that fires once per group and decides about each member of the group: the decision names only the
    /// facts of its own subject, not every fact the group matched.
    internal static Decision DecideEach(
        this IContext context,
        DecisionSubject subject,
        DecisionOutcome outcome,
        IEnumerable<Reason> reasons,
        IEnumerable<FactReference> subjectFacts)
        => Record(context, subject, outcome, reasons, subjectFacts);

    /// <see cref="DecideEach(IContext, DecisionSubject, DecisionOutcome, IEnumerable{Reason}, IEnumerable{FactReference})"/>
    /// for a fact array built for this decision alone (it is sorted in place and kept).
    internal static Decision DecideEach(
        this IContext context,
        DecisionSubject subject,
        DecisionOutcome outcome,
        ImmutableArray<Reason> reasons,
        FactReference[] subjectFacts)
    {
        var rule = context.Rule;
        var decision = new Decision(subject, outcome, rule.Name, ClausesOf(rule), reasons, subjectFacts);
        ((DecisionSink)context.Resolve(typeof(DecisionSink))).Add(decision);
        return decision;
    }

    /// A decision about one member of a group whose reasons and fact references are built when first read
    /// (<see cref="DecisionDetail"/>): what the rule decides — subject, outcome, rule, clauses — is fixed now.
    internal static Decision DecideLater(this IContext context, DecisionSubject subject, DecisionOutcome outcome, DecisionDetail detail)
    {
        var rule = context.Rule;
        var decision = new Decision(subject, outcome, rule.Name, ClausesOf(rule), detail);
        ((DecisionSink)context.Resolve(typeof(DecisionSink))).Add(decision);
        return decision;
    }

    // The clauses of each rule, parsed once: tags are fixed when the rules are compiled (RuleCompiler checks them).
    private static readonly ConcurrentDictionary<string, ImmutableArray<ClauseId>> s_clauses = new(StringComparer.Ordinal);

    private static Decision Record(IContext context, DecisionSubject subject, DecisionOutcome outcome, IEnumerable<Reason> reasons, IEnumerable<FactReference> facts)
    {
        var rule = context.Rule;
        var decision = new Decision(subject, outcome, rule.Name, ClausesOf(rule), [.. reasons], [.. facts]);
        ((DecisionSink)context.Resolve(typeof(DecisionSink))).Add(decision);
        return decision;
    }

    private static ImmutableArray<ClauseId> ClausesOf(IRuleDefinition rule)
        => s_clauses.GetOrAdd(rule.Name, static (_, tags) => [.. tags.Select(ClauseId.Parse).Distinct().Order()], rule.Tags);

    private static IEnumerable<FactReference> MatchedReferences(IContext context)
    {
        foreach (var match in context.Match.Facts)
        {
            switch (match.Value)
            {
                case IFactSource source:
                    foreach (var reference in source.References)
                    {
                        yield return reference;
                    }

                    break;
                case IEnumerable items:
                    foreach (var item in items.OfType<IFactSource>())
                    {
                        foreach (var reference in item.References)
                        {
                            yield return reference;
                        }
                    }

                    break;
            }
        }
    }
}
