using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.WorkingGroups;

/// G2, G4, G6 (and G5 for its history): a working group formed by enough active members, in a thematic area, around an
/// objective, is approved; the reasons state the founders, the area, the objective in force on the as-of date (with the
/// transformations that led to it), the portfolio of initiatives, and a dissolution when one is in effect.
[Name("WorkingGroups.ValidFormation")]
[Description("A working group formed by at least the framework's minimum of active members, with a thematic area and an objective, is approved; its objective, history and portfolio are stated.")]
[Tag("G2")]
[Tag("G4")]
[Tag("G5")]
[Tag("G6")]
[Priority(RulePriorities.Conclusions)]
internal sealed class ValidFormationRule : Rule
{
    public override void Define()
    {
        WorkingGroupFact group = null!;

        When()
            .Match(() => group, g => WorkingGroupClauses.SetUpByEnoughMembers(g));

        Then()
            .Do(ctx => Approve(ctx, group));
    }

    private static void Approve(IContext ctx, WorkingGroupFact fact)
    {
        var reasons = new List<Reason> { WorkingGroupsReasons.FoundedByMembers(fact) };
        reasons.AddRange(fact.Founders.Where(s => !s.IsActive).Select(s => WorkingGroupsReasons.FounderNotCounted(s, fact.Group)));
        if (!WorkingGroupClauses.FormedBy(fact))
        {
            reasons.Add(WorkingGroupsReasons.NotYetFormed(fact));
        }

        reasons.Add(WorkingGroupsReasons.ThematicArea(fact.Group));
        reasons.Add(WorkingGroupsReasons.Objective(fact));
        reasons.AddRange(WorkingGroupsReasons.Transformed(fact));
        reasons.AddRange(fact.PendingTransformations.Select(p => WorkingGroupsReasons.TransformationPending(p, fact.AsOf)));
        reasons.Add(WorkingGroupsReasons.Portfolio(fact));
        if (fact.Dissolution is { } dissolution)
        {
            reasons.Add(WorkingGroupsReasons.Dissolved(dissolution));
        }

        var extra = fact.Portfolio.Select(i => new FactReference(FactKind.Initiative, i.Id.Value))
            .Concat(fact.Transformations.Concat(fact.PendingTransformations).Select(p => new FactReference(FactKind.WorkingGroupProposal, p.Id.Value)))
            .Concat(fact.Dissolution is { } d ? [new FactReference(FactKind.WorkingGroupProposal, d.Id.Value)] : []);
        ctx.Decide(fact.Subject, DecisionOutcome.Approved, reasons, extra);
    }
}
