using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.WorkingGroups;

/// G4, G5: an initiative proposed by a working group needs the group active on the as-of date — formed (validly) by then,
/// not dissolved, and at quorum. Otherwise the initiative is rejected and cannot be runnable.
[Name("WorkingGroups.InitiatingGroupInactive")]
[Description("An initiative initiated by a working group that is not yet formed, was not validly formed, is dissolved or is below quorum at the as-of date is rejected.")]
[Tag("G4")]
[Tag("G5")]
[Priority(RulePriorities.Findings)]
internal sealed class InitiatingGroupInactiveRule : Rule
{
    public override void Define()
    {
        GroupInitiativeFact initiative = null!;

        When()
            .Match(() => initiative, i => !i.Group.IsActive);

        Then()
            .Do(ctx => Reject(ctx, initiative));
    }

    private static void Reject(IContext ctx, GroupInitiativeFact fact)
    {
        var group = fact.Group;
        var name = "The initiating " + WorkingGroupText.Group(group.Group);
        var asOf = Text.Date(group.AsOf);
        var reasons = new List<Reason>();
        if (!group.IsFormed)
        {
            reasons.Add(new("G4.group-not-yet-formed", $"{name} is formed on {Text.Date(group.Group.FormedOn)}, after the as-of date {asOf}."));
        }

        if (!group.FormationValid)
        {
            reasons.Add(new(
                "G4.group-formation-invalid",
                Text.Inv($"{name} was not validly formed: {Text.Count(group.ActiveFounderCount, "organisation was an active member", "organisations were active members")} ")
                + $"on its formation date {Text.Date(group.Group.FormedOn)}; {WorkingGroupText.FormationMinimum(group)}."));
        }

        if (group.Dissolution is { } dissolution)
        {
            reasons.Add(new(
                "G5.group-dissolved",
                $"{name} is dissolved from {Text.Date(dissolution.EffectiveFrom)} ({WorkingGroupText.Proposal(dissolution)})."));
        }

        if (!group.AtQuorum)
        {
            var lapsed = group.Members.Where(s => !s.IsActive).Select(s => $"{s.Organization.Id}, which {s.Describe()}");
            reasons.Add(new(
                "G4.group-below-quorum",
                Text.Inv($"{name} has {Text.Count(group.ActiveMemberCount, "active member organisation", "active member organisations")} on {asOf}, ")
                + $"below the minimum: {WorkingGroupText.Minimum(group)} (lapsed: {string.Join("; ", lapsed)})."));
        }

        ctx.Decide(fact.Initiative.Subject, DecisionOutcome.Rejected, reasons);
        InitiativeFinding.Stop(ctx, fact.Initiative);
    }
}
