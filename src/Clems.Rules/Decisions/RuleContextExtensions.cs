using System.Collections;
using System.Collections.Generic;
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
    {
        var clauses = context.Rule.Tags.Select(ClauseId.Parse);
        var facts = MatchedReferences(context).Concat(extraFacts ?? []);
        var decision = new Decision(subject, outcome, context.Rule.Name, clauses, reasons, facts);
        ((DecisionSink)context.Resolve(typeof(DecisionSink))).Add(decision);
        return decision;
    }

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
