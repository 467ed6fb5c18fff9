using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
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
            .Match(() => group, g => g.FormationValid);

        Then()
            .Do(ctx => Approve(ctx, group));
    }

    private static void Approve(IContext ctx, WorkingGroupFact fact)
    {
        var group = fact.Group;
        var asOf = Text.Date(fact.AsOf);
        var founders = fact.Founders.Where(s => s.IsActive).ToList();
        var foundedBy = Text.Inv($"{WorkingGroupText.GroupSubject(group)} was formed on {Text.Date(group.FormedOn)} by {Text.Count(founders.Count, "organisation", "organisations")} ")
            + (founders.Count == 1 ? "that was an active member" : "that were active members")
            + $" on that date ({WorkingGroupText.Organizations(founders)}); "
            + WorkingGroupText.FormationMinimum(fact) + ".";
        var reasons = new List<Reason> { new("G4.founded-by-members", foundedBy) };
        reasons.AddRange(fact.Founders
            .Where(s => !s.IsActive)
            .Select(s => new Reason(
                "G4.founder-not-counted",
                $"{WorkingGroupText.Organization(s.Organization)} {s.Describe()} (on the formation date {Text.Date(group.FormedOn)}), so it does not count towards founding the group.")));
        if (!fact.IsFormed)
        {
            reasons.Add(new("G4.not-yet-formed", $"The formation date {Text.Date(group.FormedOn)} is after the as-of date {asOf}: the group cannot act yet."));
        }

        reasons.Add(new("G6.thematic-area", $"Its thematic area is {WorkingGroupText.Area(group)}."));
        reasons.Add(new("G2.objective", $"Its objective on {asOf} is \"{fact.Objective}\"" + (fact.Objective.EndsWith('.') ? string.Empty : ".")));
        var previous = group.Objective;
        foreach (var transformation in fact.Transformations)
        {
            reasons.Add(new(
                "G5.transformed",
                $"From {Text.Date(transformation.EffectiveFrom)} the objective \"{transformation.NewObjective}\" replaced \"{previous}\" "
                + $"({WorkingGroupText.Proposal(transformation)}); the group's history is kept."));
            previous = transformation.NewObjective!;
        }

        foreach (var pending in fact.PendingTransformations)
        {
            reasons.Add(new(
                "G5.transformation-pending",
                $"The new objective \"{pending.NewObjective}\" takes effect on {Text.Date(pending.EffectiveFrom)}, after {asOf} "
                + $"({WorkingGroupText.Proposal(pending)}), so it does not apply yet."));
        }

        reasons.Add(new(
            "G2.portfolio",
            fact.Portfolio.IsEmpty
                ? "Its portfolio has no initiatives yet."
                : $"Its portfolio: {Text.Count(fact.Portfolio.Length, "initiative", "initiatives")}, "
                    + Text.List([.. fact.Portfolio.Select(i => $"{i.Title} ({i.Id})")]) + "."));
        if (fact.Dissolution is { } dissolution)
        {
            reasons.Add(new(
                "G5.dissolved",
                $"The group is dissolved from {Text.Date(dissolution.EffectiveFrom)} ({WorkingGroupText.Proposal(dissolution)})."));
        }

        var extra = fact.Portfolio.Select(i => new FactReference(FactKind.Initiative, i.Id.Value))
            .Concat(fact.Transformations.Concat(fact.PendingTransformations).Select(p => new FactReference(FactKind.WorkingGroupProposal, p.Id.Value)))
            .Concat(fact.Dissolution is { } d ? [new FactReference(FactKind.WorkingGroupProposal, d.Id.Value)] : []);
        ctx.Decide(fact.Subject, DecisionOutcome.Approved, reasons, extra);
    }
}
