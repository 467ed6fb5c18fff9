using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
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
            .Match(() => initiative, i => !(WorkingGroupClauses.FormedBy(i.Group)
                && WorkingGroupClauses.SetUpByEnoughMembers(i.Group)
                && !WorkingGroupClauses.Dissolved(i.Group)
                && WorkingGroupClauses.AtQuorum(i.Group)));

        Then()
            .Do(ctx => Reject(ctx, initiative));
    }

    private static void Reject(IContext ctx, GroupInitiativeFact fact)
    {
        var group = fact.Group;
        var reasons = new List<Reason>();
        if (!WorkingGroupClauses.FormedBy(group))
        {
            reasons.Add(WorkingGroupsReasons.GroupNotYetFormed(group));
        }

        if (!WorkingGroupClauses.SetUpByEnoughMembers(group))
        {
            reasons.Add(WorkingGroupsReasons.GroupFormationInvalid(group));
        }

        if (WorkingGroupClauses.Dissolved(group))
        {
            reasons.Add(WorkingGroupsReasons.GroupDissolved(group, group.Dissolution!));
        }

        if (!WorkingGroupClauses.AtQuorum(group))
        {
            reasons.Add(WorkingGroupsReasons.GroupBelowQuorum(group));
        }

        ctx.Decide(fact.Initiative.Subject, DecisionOutcome.Rejected, reasons);
        InitiativeFinding.Stop(ctx, fact.Initiative);
    }
}
